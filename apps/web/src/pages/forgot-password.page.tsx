import { useTranslation } from 'react-i18next';
import { AuthPanel, ForgotPasswordForm } from '../features/auth';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  return (
    <AuthPanel title={t('forgot.title')} intro={t('forgot.intro')}>
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
