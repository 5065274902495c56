import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthPanel, ResetPasswordForm } from '../features/auth';

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  return (
    <AuthPanel title={t('reset.title')} intro={t('reset.intro')}>
      <ResetPasswordForm token={params.get('token')} />
    </AuthPanel>
  );
}
