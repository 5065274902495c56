import { useParams } from 'react-router';
import { CapturedEmailDetail } from '../features/admin';

export {
  AdminLayout,
  AuditLog as AdminAuditPage,
  CapturedEmails as AdminCapturedEmailsPage,
  EmailsAdmin as AdminEmailsPage,
  OrganisationsAdmin as AdminOrganisationsPage,
  QueuesAdmin as AdminQueuesPage,
  SettingsAdmin as AdminSettingsPage,
  UsersAdmin as AdminUsersPage,
} from '../features/admin';
export { AdminFrameworksPage, AdminFrameworkPage } from './admin-frameworks.page';
export { AdminResourceReviewsPage } from './admin-resource-reviews.page';

export function AdminCapturedEmailPage() {
  const { id = '' } = useParams();
  return <CapturedEmailDetail id={id} />;
}
