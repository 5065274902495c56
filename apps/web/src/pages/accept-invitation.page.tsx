import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AcceptInvitation, AuthPanel } from '../features/auth';

export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  return (
    <AuthPanel title={t('invitation.title')}>
      <AcceptInvitation token={params.get('token')} />
    </AuthPanel>
  );
}
