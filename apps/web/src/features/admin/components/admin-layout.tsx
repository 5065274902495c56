import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { EmptyState, SubNav } from '@campus/web-ui';
import { NavItem } from '../../../components/nav-item';
import { useDocumentTitle } from '../../../components/document-title';
import { useCurrentUser } from '../../auth';

/** The admin area: only platform admins get past this; others see a "not allowed" page. */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const { t: tf } = useTranslation('frameworks');
  const { t: tl } = useTranslation('library');
  const user = useCurrentUser();
  if (!user.isPlatformAdmin) return <NotAllowed />;
  return (
    <>
      <SubNav label={t('nav.label')}>
        <NavItem to="/admin/organisations">{t('nav.organisations')}</NavItem>
        <NavItem to="/admin/users">{t('nav.users')}</NavItem>
        <NavItem to="/admin/captured-emails">{t('nav.capturedEmails')}</NavItem>
        <NavItem to="/admin/emails">{t('nav.emails')}</NavItem>
        <NavItem to="/admin/queues">{t('nav.queues')}</NavItem>
        <NavItem to="/admin/audit">{t('nav.audit')}</NavItem>
        <NavItem to="/admin/settings">{t('nav.settings')}</NavItem>
        <NavItem to="/admin/frameworks">{tf('nav')}</NavItem>
        <NavItem to="/admin/resource-reviews">{tl('nav.reviews')}</NavItem>
      </SubNav>
      <Outlet />
    </>
  );
}

function NotAllowed() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('notAllowed.title'));
  return (
    <>
      <h1>{t('notAllowed.title')}</h1>
      <EmptyState title={t('notAllowed.heading')}>{t('notAllowed.body')}</EmptyState>
    </>
  );
}
