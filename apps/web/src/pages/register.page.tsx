import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AuthPanel, RegisterView, useSession } from '../features/auth';

export function RegisterPage() {
  const { t } = useTranslation('auth');
  const { status } = useSession();
  if (status === 'signed-in') return <Navigate to="/" replace />;
  return (
    <AuthPanel title={t('register.title')} intro={t('register.intro')}>
      <RegisterView />
    </AuthPanel>
  );
}
