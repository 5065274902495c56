import { useParams } from 'react-router';
import { FrameworkAdmin, FrameworksAdmin } from '../features/assessment-frameworks';

/** Part of the admin chunk (re-exported by admin.page): only platform admins load it. */
export function AdminFrameworksPage() {
  return <FrameworksAdmin />;
}

export function AdminFrameworkPage() {
  const { id = '' } = useParams();
  // Keyed: another framework starts a fresh editor.
  return <FrameworkAdmin key={id} id={id} />;
}
