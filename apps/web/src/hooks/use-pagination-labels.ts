import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaginationLabels } from '@campus/web-ui';

export function usePaginationLabels(navigation: string): PaginationLabels {
  const { t } = useTranslation('common');
  return useMemo(
    () => ({
      navigation,
      previous: t('pagination.previous'),
      next: t('pagination.next'),
      status: (page, pageCount, total) => t('pagination.status', { page, pageCount, count: total }),
    }),
    [navigation, t],
  );
}
