import { useId, type ReactNode } from 'react';
import { cx } from './class-names';

export interface Column<T> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Hides the header text visually (e.g. an actions column); it stays for screen readers. */
  hideHeader?: boolean;
  className?: string;
}

export interface TableProps<T> {
  /** Names the table (and its scroll region) for assistive technology. */
  caption: ReactNode;
  hideCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column holds row headers (e.g. a person's name). */
  rowHeader?: boolean;
}

/** A data table that scrolls sideways on narrow screens; the scroll region is keyboard focusable. */
export function Table<T>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  rowHeader = true,
}: TableProps<T>) {
  const captionId = useId();
  return (
    <div className="ui-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ui-table">
        <caption id={captionId} className={hideCaption ? 'ui-visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.hideHeader ? <span className="ui-visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                rowHeader && i === 0 ? (
                  <th key={c.key} scope="row" className={cx(c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
