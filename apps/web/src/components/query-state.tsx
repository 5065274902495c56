import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, Spinner } from '@campus/web-ui';
import { problemDetail, problemMessage, toApiError } from './problem-alert';

/** Asking again helps after network trouble, rate limits and server errors; not after a 4xx answer. */
function isRetriable(error: unknown): boolean {
  const { status } = toApiError(error);
  return status === 0 || status === 429 || status >= 500;
}

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** Announced while loading, e.g. "Loading members…". */
  loadingLabel: string;
  isEmpty?: (data: T) => boolean;
  /** Rendered when isEmpty says so. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** The loading, error (with retry) and empty states every data view needs, in one place. */
export function QueryState<T>({ query, loadingLabel, isEmpty, empty, children }: QueryStateProps<T>) {
  const { t } = useTranslation('common');
  if (query.isPending) return <Spinner label={loadingLabel} block size="large" />;
  if (query.isError) {
    const detail = problemDetail(query.error);
    return (
      <ErrorState
        title={problemMessage(query.error, t)}
        message={detail}
        onRetry={isRetriable(query.error) ? () => void query.refetch() : undefined}
        retryLabel={t('actions.retry')}
        retrying={query.isFetching}
      />
    );
  }
  if (isEmpty?.(query.data) && empty) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
