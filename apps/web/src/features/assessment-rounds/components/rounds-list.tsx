import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundView } from '@campus/contracts';
import { Button, EmptyState, PageHeader, type Column } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { PagedTable } from '../../../components/paged-table';
import { useDateFormat } from '../../../format/use-date-format';
import { useRounds } from '../hooks/use-rounds';
import { OpenRoundForm } from './open-round-form';
import { RoundStatusBadge } from './round-status-badge';

/** The school's rounds, newest first, and the form that opens a new one. */
export function RoundsList({ orgId }: { orgId: string }) {
  const { t } = useTranslation('rounds');
  const { date } = useDateFormat();
  const [page, setPage] = useState(1);
  const [opening, setOpening] = useState(false);
  const rounds = useRounds(orgId, page);
  useDocumentTitle(t('list.title'));

  const columns: Column<RoundView>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      cell: (r) => <Link to={`/orgs/${orgId}/self-assessment/rounds/${r.id}`}>{r.title}</Link>,
    },
    { key: 'framework', header: t('list.columns.framework'), cell: (r) => r.framework.title },
    { key: 'status', header: t('list.columns.status'), cell: (r) => <RoundStatusBadge status={r.status} /> },
    { key: 'respondents', header: t('list.columns.respondents'), cell: (r) => r.respondents.total },
    {
      key: 'closes',
      header: t('list.columns.closes'),
      cell: (r) => (r.closedAt ? date(r.closedAt) : r.closesAt ? date(r.closesAt) : t('list.noClosingDate')),
    },
    { key: 'created', header: t('list.columns.created'), cell: (r) => date(r.createdAt) },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          !opening && (
            <Button type="button" onClick={() => setOpening(true)}>
              {t('list.openRound')}
            </Button>
          )
        }
      />
      <div className="ui-stack">
        {opening && <OpenRoundForm orgId={orgId} onCancel={() => setOpening(false)} />}
        <PagedTable
          query={rounds}
          loadingLabel={t('list.loading')}
          empty={<EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>}
          caption={(count) => t('list.caption', { count })}
          columns={columns}
          rowKey={(r) => r.id}
          pageSize={25}
          onPageChange={setPage}
          navigationLabel={t('list.pages')}
        />
      </div>
    </>
  );
}
