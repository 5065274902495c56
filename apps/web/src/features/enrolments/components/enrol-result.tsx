import { useTranslation } from 'react-i18next';
import type { ManagerEnrolResult } from '@campus/contracts';
import { Alert, Badge, Table, type Column } from '@campus/web-ui';

type ResultRow = ManagerEnrolResult['rows'][number];

/** What happened to each person (or CSV row) of an enrolment. `names` maps user ids to names. */
export function EnrolResult({
  result,
  names,
}: {
  result: ManagerEnrolResult;
  names?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('enrolments');
  const hasLines = result.rows.some((r) => r.line !== undefined);
  const who = (r: ResultRow) => r.email ?? (r.userId && names?.get(r.userId)) ?? '—';
  const columns: Column<ResultRow>[] = [
    ...(hasLines ? [{ key: 'line', header: t('result.line'), cell: (r: ResultRow) => r.line ?? '' }] : []),
    { key: 'person', header: t('result.person'), cell: (r) => <span className="ui-mono">{who(r)}</span> },
    {
      key: 'status',
      header: t('result.status'),
      cell: (r) =>
        r.status === 'enrolled' ? (
          <Badge tone="success">{t('result.enrolled')}</Badge>
        ) : r.status === 'already_enrolled' ? (
          <Badge tone="info">{t('result.alreadyEnrolled')}</Badge>
        ) : (
          <Badge tone="danger">{t('result.failed')}</Badge>
        ),
    },
    { key: 'reason', header: t('result.reason'), cell: (r) => r.reason ?? '' },
  ];
  return (
    <div className="ui-stack">
      <Alert
        tone={result.failed ? 'warning' : 'success'}
        title={t('result.summary', {
          enrolled: result.enrolled,
          alreadyEnrolled: result.alreadyEnrolled,
          failed: result.failed,
        })}
      />
      {result.rows.length > 0 && (
        <Table
          caption={t('result.caption')}
          columns={columns}
          rows={result.rows}
          rowKey={(r) => `${r.line ?? ''}:${r.userId ?? ''}:${r.email ?? ''}`}
          rowHeader={false}
        />
      )}
    </div>
  );
}
