import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapturedEmailView } from '@campus/contracts';
import {
  Alert,
  Card,
  DescriptionList,
  EmptyState,
  PageHeader,
  Pagination,
  Table,
  type Column,
} from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { PAGE_SIZE } from '../api/admin.api';
import { useCapturedEmail, useCapturedEmails } from '../hooks/use-admin';
import { useSearchState } from '../../../hooks/use-search-state';
import { LinkifiedText } from './linkified-text';

export function CapturedEmails() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('captured.title'));
  const { page, setPage } = useSearchState([] as const);
  const mails = useCapturedEmails(page);
  const fmt = useDateFormat();
  const paginationLabels = usePaginationLabels(t('captured.pages'));

  const columns: Column<CapturedEmailView>[] = [
    {
      key: 'subject',
      header: t('captured.subject'),
      cell: (m) => <Link to={`/admin/captured-emails/${m.id}`}>{m.subject || t('captured.noSubject')}</Link>,
    },
    { key: 'to', header: t('captured.to'), cell: (m) => <span className="ui-mono">{m.to.join(', ')}</span> },
    { key: 'received', header: t('captured.received'), cell: (m) => fmt.dateTime(m.receivedAt) },
  ];

  return (
    <>
      <PageHeader title={t('captured.title')} description={t('captured.description')} />
      <QueryState
        query={mails}
        loadingLabel={t('captured.loading')}
        isEmpty={(p) => p.items.length === 0}
        empty={<EmptyState title={t('captured.emptyTitle')}>{t('captured.emptyBody')}</EmptyState>}
      >
        {(p) => (
          <>
            <Table
              caption={t('captured.caption')}
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
    </>
  );
}

export function CapturedEmailDetail({ id }: { id: string }) {
  const { t } = useTranslation('admin');
  const mail = useCapturedEmail(id);
  const fmt = useDateFormat();
  useDocumentTitle(mail.data?.subject ?? t('captured.title'));
  return (
    <>
      <p>
        <Link to="/admin/captured-emails">{t('captured.back')}</Link>
      </p>
      {!mail.isSuccess && <PageHeader title={t('captured.title')} />}
      <QueryState query={mail} loadingLabel={t('captured.loadingOne')}>
        {(m) => (
          <>
            <PageHeader title={m.subject || t('captured.noSubject')} />
            <div className="ui-stack">
              <Card title={t('captured.headers')}>
                <DescriptionList
                  items={[
                    { key: 'from', term: t('captured.from'), description: m.from },
                    { key: 'to', term: t('captured.to'), description: m.to.join(', ') },
                    {
                      key: 'received',
                      term: t('captured.received'),
                      description: fmt.dateTime(m.receivedAt),
                    },
                  ]}
                />
              </Card>
              <Card title={t('captured.body')}>
                {m.text ? <LinkifiedText text={m.text} /> : <Alert tone="info">{t('captured.noText')}</Alert>}
              </Card>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
