import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { RoadmapSummaryView } from '@campus/contracts';
import { Badge, Button, EmptyState, Pagination, Table } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { ManagerGate } from '../../enrolments';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import { useRoadmaps } from '../hooks/use-roadmaps';
import { NewRoadmapForm } from './new-roadmap-form';

/** The school's roadmaps and the "New roadmap" form (opened at once by `?fromRound=<roundId>`). */
export function RoadmapsView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('roadmaps');
  return (
    <ManagerGate orgId={orgId} title={t('list.title')} description={t('list.description')}>
      <RoadmapsContent orgId={orgId} />
    </ManagerGate>
  );
}

function RoadmapsContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('roadmaps');
  const [params] = useSearchParams();
  const fromRound = params.get('fromRound');
  const [creating, setCreating] = useState(fromRound !== null);
  const [page, setPage] = useState(1);
  const roadmaps = useRoadmaps(orgId, page);
  const labels = usePaginationLabels(t('list.pagination'));
  return (
    <div className="ui-stack">
      {creating ? (
        <NewRoadmapForm orgId={orgId} fromRound={fromRound} />
      ) : (
        <div>
          <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>
        </div>
      )}
      <QueryState
        query={roadmaps}
        loadingLabel={t('list.loading')}
        isEmpty={(p) => p.total === 0}
        empty={<EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>}
      >
        {(data) => (
          <>
            <RoadmapsTable orgId={orgId} rows={data.items} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPageChange={setPage}
              labels={labels}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

function RoadmapsTable({ orgId, rows }: { orgId: string; rows: RoadmapSummaryView[] }) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  return (
    <Table
      caption={t('list.caption')}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'title',
          header: t('list.columns.title'),
          cell: (r) => <Link to={`/orgs/${orgId}/roadmaps/${r.id}`}>{r.title}</Link>,
        },
        {
          key: 'period',
          header: t('list.columns.period'),
          cell: (r) => (r.startsOn || r.endsOn ? `${fmt.date(r.startsOn)} – ${fmt.date(r.endsOn)}` : '–'),
        },
        { key: 'objectives', header: t('list.columns.objectives'), cell: (r) => r.objectives },
        { key: 'actions', header: t('list.columns.actions'), cell: (r) => r.actions },
        {
          key: 'overdue',
          header: t('list.columns.overdue'),
          cell: (r) =>
            r.overdueActions > 0 ? <Badge tone="danger">{r.overdueActions}</Badge> : r.overdueActions,
        },
      ]}
    />
  );
}
