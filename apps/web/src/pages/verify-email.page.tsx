import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthPanel, VerifyEmail } from '../features/auth';

export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  return (
    <AuthPanel title={t('verify.title')}>
      <VerifyEmail token={params.get('token')} />
    </AuthPanel>
  );
}
