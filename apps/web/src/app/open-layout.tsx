import { useTranslation } from 'react-i18next';
import { FullPageSpinner, useSession } from '../features/auth';
import { AppShell } from './app-shell';
import { PublicLayout } from './public-layout';

/** Pages anyone may read (the catalogue, course pages): in the app's frame when signed in. */
export function OpenLayout() {
  const { t } = useTranslation('common');
  const { status } = useSession();
  if (status === 'unknown') return <FullPageSpinner label={t('state.restoringSession')} />;
  return status === 'signed-in' ? <AppShell /> : <PublicLayout wide />;
}
