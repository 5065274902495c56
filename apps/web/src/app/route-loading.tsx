import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '../features/auth';

export function RouteLoading() {
  const { t } = useTranslation('common');
  return <FullPageSpinner label={t('state.loadingPage')} />;
}
