import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '@campus/contracts';
import { Pagination, Table, type Column } from '@campus/web-ui';
import { usePaginationLabels } from '../hooks/use-pagination-labels';
import { QueryState } from './query-state';

export interface PagedTableProps<T> {
  query: UseQueryResult<Page<T>>;
  loadingLabel: string;
  /** Shown when the page has no rows. */
  empty: ReactNode;
  caption: (total: number) => string;
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Used when the answer does not say. */
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The pagination landmark's name, e.g. "Progress pages". */
  navigationLabel: string;
}

/** A server-paged table with its loading, error and empty states. */
export function PagedTable<T>({
  query,
  loadingLabel,
  empty,
  caption,
  columns,
  rowKey,
  pageSize,
  onPageChange,
  navigationLabel,
}: PagedTableProps<T>) {
  const labels = usePaginationLabels(navigationLabel);
  return (
    <QueryState query={query} loadingLabel={loadingLabel} isEmpty={(p) => p.items.length === 0} empty={empty}>
      {(p) => (
        <>
          <Table caption={caption(p.total)} columns={columns} rows={p.items} rowKey={rowKey} />
          <Pagination
            page={p.page}
            pageSize={p.pageSize || pageSize}
            total={p.total}
            onPageChange={onPageChange}
            labels={labels}
          />
        </>
      )}
    </QueryState>
  );
}
