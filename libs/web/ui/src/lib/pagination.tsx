import { Button } from './button';

export interface PaginationLabels {
  /** The landmark's name, e.g. "Pages of users". */
  navigation: string;
  previous: string;
  next: string;
  /** e.g. "Page 2 of 5 · 112 in all". */
  status: (page: number, pageCount: number, total: number) => string;
}

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  labels: PaginationLabels;
}

export function Pagination({ page, pageSize, total, onPageChange, labels }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="ui-pagination" aria-label={labels.navigation}>
      <span className="ui-pagination__status" aria-live="polite">
        {labels.status(page, pageCount, total)}
      </span>
      <span className="ui-row">
        <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {labels.previous}
        </Button>
        <Button
          variant="secondary"
          size="small"
          disabled={page >= pageCount}
          onClick={() => onPageChange(page + 1)}
        >
          {labels.next}
        </Button>
      </span>
    </nav>
  );
}
