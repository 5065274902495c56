import { useTranslation } from 'react-i18next';
import type { CsvInviteReport, CsvInviteRowResult } from '@campus/contracts';
import { Alert, Badge, Table, type Column } from '@campus/web-ui';

/** What happened to each row of an uploaded CSV. */
export function CsvReport({ report }: { report: CsvInviteReport }) {
  const { t } = useTranslation('people');
  const columns: Column<CsvInviteRowResult>[] = [
    { key: 'line', header: t('csv.line'), cell: (r) => r.line },
    { key: 'email', header: t('csv.email'), cell: (r) => <span className="ui-mono">{r.email || '—'}</span> },
    {
      key: 'status',
      header: t('csv.status'),
      cell: (r) =>
        r.status === 'invited' ? (
          <Badge tone="success">{t('csv.invited')}</Badge>
        ) : (
          <Badge tone="danger">{t('csv.failed')}</Badge>
        ),
    },
    { key: 'reason', header: t('csv.reason'), cell: (r) => r.reason ?? '' },
  ];
  return (
    <div className="ui-stack">
      <Alert
        tone={report.failed ? 'warning' : 'success'}
        title={t('csv.summary', { invited: report.invited, failed: report.failed })}
      />
      {report.rows.length > 0 && (
        <Table
          caption={t('csv.reportCaption')}
          columns={columns}
          rows={report.rows}
          rowKey={(r) => `${r.line}:${r.email}`}
          rowHeader={false}
        />
      )}
    </div>
  );
}
