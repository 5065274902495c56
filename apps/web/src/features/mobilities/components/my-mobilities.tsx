import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MobilityView } from '@campus/contracts';
import { EmptyState, Table, type Column } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useMyMobilities } from '../hooks/use-mobilities';
import { useMobilityFormat } from '../hooks/use-mobility-format';
import { MobilityStatusBadge } from './mobility-status-badge';

/** The signed-in person's own mobilities, each linking to its record. */
export function MyMobilities() {
  const { t } = useTranslation('mobilities');
  const fmt = useMobilityFormat();
  const mobilities = useMyMobilities();
  const columns: Column<MobilityView>[] = [
    {
      key: 'host',
      header: t('list.host'),
      cell: (m) => (
        <>
          <Link to={`/my-mobilities/${m.id}`}>{m.host.name}</Link>
          <br />
          <span className="ui-muted">
            {t('list.place', { city: m.host.city, country: fmt.country(m.host.country) })}
          </span>
        </>
      ),
    },
    { key: 'activity', header: t('list.activity'), cell: (m) => fmt.activity(m.activityType) },
    { key: 'dates', header: t('list.dates'), cell: (m) => fmt.period(m.startDate, m.endDate) },
    { key: 'status', header: t('list.status'), cell: (m) => <MobilityStatusBadge status={m.status} /> },
  ];
  return (
    <QueryState
      query={mobilities}
      loadingLabel={t('mine.loading')}
      isEmpty={(list) => list.length === 0}
      empty={<EmptyState title={t('mine.emptyTitle')}>{t('mine.emptyBody')}</EmptyState>}
    >
      {(list) => (
        <Table
          caption={t('mine.caption', { count: list.length })}
          columns={columns}
          rows={list}
          rowKey={(m) => m.id}
        />
      )}
    </QueryState>
  );
}
