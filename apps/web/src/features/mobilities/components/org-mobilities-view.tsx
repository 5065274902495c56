import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MobilityView } from '@campus/contracts';
import { buttonClassName, EmptyState, type Column } from '@campus/web-ui';
import { PagedTable } from '../../../components/paged-table';
import { useSearchState } from '../../../hooks/use-search-state';
import { ManagerGate } from '../../enrolments';
import { useMembers } from '../../people';
import { MOBILITIES_PAGE_SIZE } from '../api/mobilities.api';
import { useOrgMobilities } from '../hooks/use-mobilities';
import { useMobilityFormat } from '../hooks/use-mobility-format';
import { MOBILITY_FILTERS, toListFilter } from '../lib/list-filter';
import { MobilityFilters } from './mobility-filters';
import { MobilityStatusBadge } from './mobility-status-badge';

/** An organisation's mobility records, filtered and paged through the URL. */
export function OrgMobilitiesView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobilities');
  return (
    <ManagerGate orgId={orgId} title={t('list.title')} description={t('list.description')}>
      <OrgMobilitiesContent orgId={orgId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in. */
function OrgMobilitiesContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobilities');
  const fmt = useMobilityFormat();
  const { values, page, setFilter, setPage } = useSearchState(MOBILITY_FILTERS);
  const mobilities = useOrgMobilities(orgId, { ...toListFilter(values), page });
  const members = useMembers(orgId);
  const filtered = MOBILITY_FILTERS.some((k) => values[k]);
  const base = `/orgs/${orgId}/mobilities`;

  const columns: Column<MobilityView>[] = [
    {
      key: 'participant',
      header: t('list.participant'),
      cell: (m) => <Link to={`${base}/${m.id}`}>{m.participant.name}</Link>,
    },
    { key: 'activity', header: t('list.activity'), cell: (m) => fmt.activity(m.activityType) },
    {
      key: 'host',
      header: t('list.host'),
      cell: (m) => (
        <>
          {m.host.name}
          <br />
          <span className="ui-muted">
            {t('list.place', { city: m.host.city, country: fmt.country(m.host.country) })}
          </span>
        </>
      ),
    },
    { key: 'dates', header: t('list.dates'), cell: (m) => fmt.period(m.startDate, m.endDate) },
    { key: 'duration', header: t('list.duration'), cell: (m) => fmt.days(m.durationDays) },
    { key: 'status', header: t('list.status'), cell: (m) => <MobilityStatusBadge status={m.status} /> },
  ];

  return (
    <div className="ui-stack">
      <div
        className="ui-row"
        style={{ alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <MobilityFilters values={values} members={members.data ?? []} onChange={setFilter} />
        <div className="ui-row" style={{ flexWrap: 'wrap' }}>
          <Link to={`/orgs/${orgId}/mobility-reports`} className={buttonClassName({ variant: 'secondary' })}>
            {t('list.reports')}
          </Link>
          <Link to={`${base}/new`} className={buttonClassName()}>
            {t('list.new')}
          </Link>
        </div>
      </div>
      <PagedTable
        query={mobilities}
        loadingLabel={t('list.loading')}
        empty={
          <EmptyState title={filtered ? t('list.noMatch') : t('list.emptyTitle')}>
            {filtered ? t('list.noMatchHint') : t('list.emptyBody')}
          </EmptyState>
        }
        caption={(total) => t('list.caption', { count: total })}
        columns={columns}
        rowKey={(m) => m.id}
        pageSize={MOBILITIES_PAGE_SIZE}
        onPageChange={setPage}
        navigationLabel={t('list.pages')}
      />
    </div>
  );
}
