import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert, Card, PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { managedMemberships, useCurrentUser, type JoinedState } from '../features/auth';
import { MyLearning } from '../features/courses';
import { MyOrganisations } from '../features/people';

export function HomePage() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const joined = (useLocation().state as JoinedState | null)?.joinedOrganisation;
  const managed = managedMemberships(user);
  useDocumentTitle(t('home.title'));
  return (
    <>
      <PageHeader title={t('home.welcome', { name: user.name })} description={t('home.intro')} />
      <div className="ui-stack">
        {joined && <Alert tone="success">{t('home.joined', { organisation: joined })}</Alert>}
        <MyLearning />
        <MyOrganisations />
        <Card title={t('home.shortcuts')}>
          <ul>
            <li>
              <Link to="/profile">{t('home.profileLink')}</Link>
            </li>
            {managed.map((m) => (
              <li key={m.organisationId}>
                <Link to={`/orgs/${m.organisationId}/people`}>
                  {t('home.peopleLink', { organisation: m.organisationName })}
                </Link>
              </li>
            ))}
            {user.isPlatformAdmin && (
              <li>
                <Link to="/admin">{t('home.adminLink')}</Link>
              </li>
            )}
          </ul>
        </Card>
      </div>
    </>
  );
}
