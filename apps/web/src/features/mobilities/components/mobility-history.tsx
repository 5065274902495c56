import { useTranslation } from 'react-i18next';
import type { MobilityStatusChangeView } from '@campus/contracts';
import { Card, Table, type Column } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useMobilityHistory } from '../hooks/use-mobilities';

/** Every status the record went through: who changed it, when, and their note. */
export function MobilityHistory({ orgId, mobilityId }: { orgId: string; mobilityId: string }) {
  const { t } = useTranslation('mobilities');
  const fmt = useDateFormat();
  const history = useMobilityHistory(orgId, mobilityId);
  const columns: Column<MobilityStatusChangeView>[] = [
    { key: 'when', header: t('history.when'), cell: (h) => fmt.dateTime(h.at) },
    {
      key: 'change',
      header: t('history.change'),
      cell: (h) =>
        h.from === null
          ? t('history.created', { status: t(`status.${h.to}`) })
          : t('history.changed', { from: t(`status.${h.from}`), to: t(`status.${h.to}`) }),
    },
    {
      key: 'by',
      header: t('history.by'),
      // No person: Campus made the change itself (the learning agreement was agreed); the note says why.
      cell: (h) => h.by?.name ?? t('history.automatic'),
    },
    {
      key: 'note',
      header: t('history.note'),
      cell: (h) => (h.note ? <span className="ui-prewrap">{h.note}</span> : null),
    },
  ];
  return (
    <Card title={t('history.title')}>
      <QueryState query={history} loadingLabel={t('history.loading')}>
        {(rows) => (
          <Table
            caption={t('history.caption')}
            hideCaption
            columns={columns}
            rows={rows}
            rowKey={(h) => h.id}
          />
        )}
      </QueryState>
    </Card>
  );
}
