import { useTranslation } from 'react-i18next';
import type { QueueView } from '@campus/contracts';
import { Alert, Button, Card, EmptyState, PageHeader, Table, type Column } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { useQueues, useRetryJob } from '../hooks/use-admin';

type FailedJob = QueueView['failedJobs'][number];
const COUNTS = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused'] as const;

export function QueuesAdmin() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('queues.title'));
  const queues = useQueues();
  const retry = useRetryJob();

  return (
    <>
      <PageHeader title={t('queues.title')} description={t('queues.description')} />
      <div className="ui-stack">
        {retry.isSuccess && <Alert tone="success">{t('queues.retried')}</Alert>}
        {retry.error && <ProblemAlert error={retry.error} />}
        <QueryState
          query={queues}
          loadingLabel={t('queues.loading')}
          isEmpty={(rows) => rows.length === 0}
          empty={<EmptyState title={t('queues.emptyTitle')} />}
        >
          {(rows) => (
            <>
              {rows.map((q) => (
                <QueueCard
                  key={q.name}
                  queue={q}
                  onRetry={(jobId) => retry.mutate({ queue: q.name, jobId })}
                  retrying={retry.isPending ? retry.variables?.jobId : undefined}
                />
              ))}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}

function QueueCard({
  queue,
  onRetry,
  retrying,
}: {
  queue: QueueView;
  onRetry: (jobId: string) => void;
  retrying?: string;
}) {
  const { t } = useTranslation('admin');
  const fmt = useDateFormat();
  const columns: Column<FailedJob>[] = [
    { key: 'id', header: t('queues.job'), cell: (j) => <span className="ui-mono">{j.id}</span> },
    { key: 'name', header: t('queues.jobName'), cell: (j) => <code>{j.name}</code> },
    {
      key: 'reason',
      header: t('queues.reason'),
      cell: (j) => <span className="ui-mono">{j.failedReason}</span>,
    },
    { key: 'attempts', header: t('queues.attempts'), cell: (j) => j.attemptsMade },
    { key: 'at', header: t('queues.at'), cell: (j) => fmt.dateTime(j.timestamp) },
    {
      key: 'actions',
      header: t('queues.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (j) => (
        <Button
          variant="secondary"
          size="small"
          loading={retrying === j.id}
          onClick={() => onRetry(j.id)}
          aria-label={t('queues.retryLabel', { id: j.id })}
        >
          {t('queues.retry')}
        </Button>
      ),
    },
  ];
  return (
    <Card title={t('queues.queue', { name: queue.name })}>
      <dl
        className="ui-grid"
        style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(7rem, 1fr))', margin: '0 0 1rem' }}
      >
        {COUNTS.map((c) => (
          <div key={c} className="ui-card" style={{ padding: '0.75rem', boxShadow: 'none' }}>
            <dt className="ui-muted">{t(`queues.counts.${c}`)}</dt>
            <dd style={{ margin: 0, fontSize: '1.5rem', fontWeight: 700 }}>{queue.counts[c]}</dd>
          </div>
        ))}
      </dl>
      {queue.failedJobs.length ? (
        <Table
          caption={t('queues.failedCaption', { name: queue.name })}
          columns={columns}
          rows={queue.failedJobs}
          rowKey={(j) => j.id}
        />
      ) : (
        <p className="ui-muted">{t('queues.noFailed')}</p>
      )}
    </Card>
  );
}
