import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { Alert } from '@campus/web-ui';
import { AuthPanel, FullPageSpinner, safeNextPath, SignInForm, useSession } from '../features/auth';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const { status, signedOutByUser } = useSession();
  const next = safeNextPath(params.get('next'));
  if (status === 'unknown') return <FullPageSpinner label={t('signIn.checking')} />;
  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <AuthPanel title={t('signIn.title')} intro={t('signIn.intro')}>
      {signedOutByUser && <Alert tone="info">{t('signIn.signedOut')}</Alert>}
      {params.get('next') && !signedOutByUser && <Alert tone="info">{t('signIn.signInToContinue')}</Alert>}
      <SignInForm defaultEmail={params.get('email') ?? ''} />
    </AuthPanel>
  );
}
