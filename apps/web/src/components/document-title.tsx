import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · Campus" so that screen readers announce where a navigation went. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = title ? t('documentTitle', { page: title }) : t('appName');
  }, [title, t]);
}
