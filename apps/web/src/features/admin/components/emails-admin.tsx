import { useTranslation } from 'react-i18next';
import { EMAIL_STATUSES, type EmailMessageView } from '@campus/contracts';
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  PageHeader,
  Pagination,
  Select,
  Table,
  type BadgeTone,
  type Column,
} from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { PAGE_SIZE, type EmailStatus } from '../api/admin.api';
import { useAdminEmails, useRetryEmail } from '../hooks/use-admin';
import { useSearchState } from '../../../hooks/use-search-state';

const TONE: Record<EmailStatus, BadgeTone> = {
  queued: 'neutral',
  sending: 'info',
  retrying: 'warning',
  sent: 'success',
  failed: 'danger',
};
const ALL = 'all';

function isStatus(v: string): v is EmailStatus {
  return (EMAIL_STATUSES as readonly string[]).includes(v);
}

/** The outbox of e-mail messages; failed ones by default, as those need someone. */
export function EmailsAdmin() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('emails.title'));
  const { values, page, setFilter, setPage } = useSearchState(['status'] as const);
  const status: EmailStatus | undefined =
    values.status === ALL ? undefined : isStatus(values.status) ? values.status : 'failed';
  const emails = useAdminEmails({ status, page });
  const retry = useRetryEmail();
  const fmt = useDateFormat();
  const paginationLabels = usePaginationLabels(t('emails.pages'));
  const statusLabel = (s: EmailStatus) => t(`emails.statuses.${s}`);

  const columns: Column<EmailMessageView>[] = [
    { key: 'subject', header: t('emails.subject'), cell: (m) => m.subject },
    { key: 'to', header: t('emails.to'), cell: (m) => <span className="ui-mono">{m.to}</span> },
    { key: 'template', header: t('emails.template'), cell: (m) => <code>{m.template}</code> },
    {
      key: 'status',
      header: t('emails.status'),
      cell: (m) => <Badge tone={TONE[m.status]}>{statusLabel(m.status)}</Badge>,
    },
    { key: 'attempts', header: t('emails.attempts'), cell: (m) => m.attempts },
    {
      key: 'error',
      header: t('emails.lastError'),
      cell: (m) => (m.lastError ? <span className="ui-mono">{m.lastError}</span> : ''),
    },
    { key: 'created', header: t('emails.created'), cell: (m) => fmt.dateTime(m.createdAt) },
    {
      key: 'actions',
      header: t('emails.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (m) =>
        m.status === 'failed' && (
          <Button
            variant="secondary"
            size="small"
            loading={retry.isPending && retry.variables === m.id}
            onClick={() => retry.mutate(m.id)}
            aria-label={t('emails.retryLabel', { to: m.to, subject: m.subject })}
          >
            {t('emails.retry')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('emails.title')} description={t('emails.description')} />
      <div className="ui-stack">
        <Select
          label={t('emails.filter')}
          options={[
            { value: ALL, label: t('emails.allStatuses') },
            ...EMAIL_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
          value={status ?? ALL}
          onChange={(e) => setFilter('status', e.target.value)}
          style={{ maxWidth: '16rem' }}
        />
        {retry.isSuccess && <Alert tone="success">{t('emails.retried')}</Alert>}
        {retry.error && <ProblemAlert error={retry.error} />}
        <QueryState
          query={emails}
          loadingLabel={t('emails.loading')}
          isEmpty={(p) => p.items.length === 0}
          empty={
            <EmptyState
              title={
                status ? t('emails.emptyWithStatus', { status: statusLabel(status) }) : t('emails.emptyTitle')
              }
            />
          }
        >
          {(p) => (
            <>
              <Table
                caption={t('emails.caption')}
                hideCaption
                columns={columns}
                rows={p.items}
                rowKey={(m) => m.id}
              />
              <Pagination
                page={p.page}
                pageSize={p.pageSize || PAGE_SIZE}
                total={p.total}
                onPageChange={setPage}
                labels={paginationLabels}
              />
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
