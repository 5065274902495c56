import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityReportRow } from '@campus/contracts';
import { Table, type Column } from '@campus/web-ui';
import { useNumberFormat } from '../hooks/use-number-format';

/** One breakdown of the report: a row per year, project, country, type or status, with its figures. */
export function BreakdownTable({
  caption,
  hideCaption = false,
  keyHeader,
  rows,
  label = (key) => key,
}: {
  caption: ReactNode;
  /** When a heading beside the table already names it. */
  hideCaption?: boolean;
  keyHeader: string;
  rows: readonly MobilityReportRow[];
  label?: (key: string) => ReactNode;
}) {
  const { t } = useTranslation('mobility-reports');
  const num = useNumberFormat();
  const figure = (key: 'mobilities' | 'days' | 'hours'): Column<MobilityReportRow> => ({
    key,
    header: t(`breakdown.${key}`),
    cell: (r) => num(r[key]),
  });
  return (
    <Table
      caption={caption}
      hideCaption={hideCaption}
      columns={[
        { key: 'key', header: keyHeader, cell: (r) => label(r.key) },
        figure('mobilities'),
        figure('days'),
        figure('hours'),
      ]}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}
