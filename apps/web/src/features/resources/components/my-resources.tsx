import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyResourceView } from '@campus/contracts';
import { Badge, Button, EmptyState, PageHeader, Table, buttonClassName } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useMyResources, useSubmitResource, useWithdrawSubmission } from '../hooks/use-resources';

const STATUS_TONE = {
  draft: 'neutral',
  submitted: 'info',
  published: 'success',
  rejected: 'warning',
  superseded: 'neutral',
} as const;

/** `/library/mine`: the caller's contributions with their status, review notes and next step. */
export function MyResources() {
  const { t } = useTranslation('library');
  useDocumentTitle(t('mine.title'));
  const mine = useMyResources();
  const submit = useSubmitResource();
  const withdraw = useWithdrawSubmission();
  const error = submit.error ?? withdraw.error;
  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description')}
        actions={
          <Link to="/library/contribute" className={buttonClassName({ variant: 'primary' })}>
            {t('search.contribute')}
          </Link>
        }
      />
      {error != null && <ProblemAlert error={error} />}
      <QueryState
        query={mine}
        loadingLabel={t('search.loading')}
        isEmpty={(p) => p.items.length === 0}
        empty={<EmptyState title={t('mine.empty')} />}
      >
        {(p) => (
          <Table
            caption={t('mine.title')}
            hideCaption
            rows={p.items}
            rowKey={(r) => r.id}
            rowHeader
            columns={[
              {
                key: 'resource',
                header: t('mine.resource'),
                cell: (r) => (
                  <>
                    <Link to={`/library/${r.id}`}>{r.latest.title}</Link>{' '}
                    <Badge>{t(`kinds.${r.kind}`)}</Badge>
                  </>
                ),
              },
              {
                key: 'status',
                header: t('mine.status'),
                cell: (r) => (
                  <div className="ui-stack" style={{ gap: '0.25rem' }}>
                    <span>
                      <Badge tone={STATUS_TONE[r.latest.status]}>{t(`statuses.${r.latest.status}`)}</Badge> v
                      {r.latest.version}
                      {r.withdrawnAt && (
                        <>
                          {' '}
                          <Badge tone="danger">{t('mine.withdrawn')}</Badge>
                        </>
                      )}
                    </span>
                    {r.latest.status === 'rejected' && r.latest.reviewNote && (
                      <span>{t('mine.reviewNote', { note: r.latest.reviewNote })}</span>
                    )}
                  </div>
                ),
              },
              {
                key: 'published',
                header: t('mine.published'),
                cell: (r) => (r.published ? `v${r.published.version}` : t('mine.none')),
              },
              {
                key: 'actions',
                header: t('mine.actions'),
                hideHeader: true,
                cell: (r) => <Actions resource={r} onSubmit={submit.mutate} onWithdraw={withdraw.mutate} />,
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}

function Actions({
  resource: r,
  onSubmit,
  onWithdraw,
}: {
  resource: MyResourceView;
  onSubmit: (id: string) => void;
  onWithdraw: (id: string) => void;
}) {
  const { t } = useTranslation('library');
  if (r.withdrawnAt) return null;
  const hidden = <span className="ui-visually-hidden"> {r.latest.title}</span>;
  switch (r.latest.status) {
    case 'draft':
      return (
        <div className="ui-row">
          <Link
            to={`/library/${r.id}/edit`}
            className={buttonClassName({ size: 'small', variant: 'secondary' })}
          >
            {t('mine.edit')}
            {hidden}
          </Link>
          <Button size="small" variant="primary" onClick={() => onSubmit(r.id)}>
            {t('mine.submit')}
            {hidden}
          </Button>
        </div>
      );
    case 'submitted':
      return (
        <Button size="small" variant="secondary" onClick={() => onWithdraw(r.id)}>
          {t('mine.withdrawSubmission')}
          {hidden}
        </Button>
      );
    case 'published':
    case 'rejected':
    case 'superseded':
      return (
        <Link
          to={`/library/${r.id}/edit`}
          className={buttonClassName({ size: 'small', variant: 'secondary' })}
        >
          {t('mine.newVersion')}
          {hidden}
        </Link>
      );
  }
}
