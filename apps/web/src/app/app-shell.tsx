import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout, DisclosureMenu } from '@campus/web-ui';
import { NavItem } from '../components/nav-item';
import { authoringMemberships, managedMemberships, useCurrentUser, useSignOut } from '../features/auth';
import { useRouteFocus } from './use-route-focus';

/** The signed-in frame: navigation by role, the user menu, skip link. */
export function AppShell() {
  const { t } = useTranslation('common');
  const { t: tCourses } = useTranslation('courses');
  const { t: tLibrary } = useTranslation('library');
  const { t: tEnrolments } = useTranslation('enrolments');
  const { t: tAuthoring } = useTranslation('authoring');
  const { t: tCertificates } = useTranslation('certificates');
  const { t: tMobilities } = useTranslation('mobilities');
  const { t: tRoadmaps } = useTranslation('roadmaps');
  const { t: tRounds } = useTranslation('rounds');
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  useRouteFocus();
  const managed = managedMemberships(user);
  const authoring = authoringMemberships(user);

  return (
    <AppLayout
      brand={
        <Link to="/" className="ui-shell__brand">
          {t('appName')}
        </Link>
      }
      navLabel={t('nav.label')}
      menuLabel={t('nav.menu')}
      skipLinkLabel={t('skipLink')}
      locationKey={location.pathname}
      navItems={
        <>
          <NavItem to="/" end>
            {t('nav.home')}
          </NavItem>
          <NavItem to="/my-learning">{tCourses('nav.myLearning')}</NavItem>
          <NavItem to="/my-certificates">{tCertificates('nav.myCertificates')}</NavItem>
          <NavItem to="/my-mobilities">{tMobilities('nav.myMobilities')}</NavItem>
          <NavItem to="/catalogue">{tCourses('nav.catalogue')}</NavItem>
          <NavItem to="/library">{tLibrary('nav.library')}</NavItem>
          {authoring.length > 0 && (
            <NavItem to={`/orgs/${authoring[0].organisationId}/courses`}>{tAuthoring('nav.courses')}</NavItem>
          )}
          {managed.length > 0 && (
            <>
              <NavItem to={`/orgs/${managed[0].organisationId}/people`}>{t('nav.people')}</NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/progress`}>
                {tEnrolments('nav.progress')}
              </NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/certificates`}>
                {tCertificates('nav.orgCertificates')}
              </NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/mobilities`}>
                {tMobilities('nav.mobilities')}
              </NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/roadmaps`}>
                {tRoadmaps('nav.roadmaps')}
              </NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/enrol`}>{tEnrolments('nav.enrol')}</NavItem>
              <NavItem to={`/orgs/${managed[0].organisationId}/self-assessment`}>
                {tRounds('nav.selfAssessment')}
              </NavItem>
            </>
          )}
          {user.isPlatformAdmin && <NavItem to="/admin">{t('nav.admin')}</NavItem>}
        </>
      }
      userMenu={
        <DisclosureMenu label={<span>{user.name}</span>} meta={user.email}>
          <li>
            <Link to="/profile">{t('nav.profile')}</Link>
          </li>
          <li>
            <Link to="/my-actions">{tRoadmaps('nav.myActions')}</Link>
          </li>
          <li>
            <button
              type="button"
              onClick={() =>
                signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })
              }
            >
              {t('nav.signOut')}
            </button>
          </li>
        </DisclosureMenu>
      }
      footer={<span>{t('tagline')}</span>}
    >
      <Outlet />
    </AppLayout>
  );
}
