import { useTranslation } from 'react-i18next';
import { Card, PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { useCurrentUser } from '../features/auth';
import { ChangePasswordSection, ProfileDetailsForm } from '../features/profile';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  const user = useCurrentUser();
  useDocumentTitle(t('title'));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="ui-stack" style={{ maxWidth: '44rem' }}>
        <Card title={t('details.title')}>
          <ProfileDetailsForm user={user} />
        </Card>
        <Card title={t('password.title')}>
          <ChangePasswordSection />
        </Card>
      </div>
    </>
  );
}
