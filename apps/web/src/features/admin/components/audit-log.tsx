import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '@campus/contracts';
import { Button, EmptyState, PageHeader, Pagination, Table, TextField, type Column } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { PAGE_SIZE } from '../api/admin.api';
import { useAuditLog } from '../hooks/use-admin';
import { useSearchState } from '../../../hooks/use-search-state';

function detailsText(details: Record<string, unknown>): string {
  const entries = Object.entries(details ?? {});
  return entries.length
    ? entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')
    : '';
}

export function AuditLog() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('audit.title'));
  const { values, page, setFilter, setPage } = useSearchState(['action'] as const);
  const [action, setAction] = useState(values.action);
  useEffect(() => setAction(values.action), [values.action]);
  const events = useAuditLog({ action: values.action || undefined, page });
  const fmt = useDateFormat();
  const paginationLabels = usePaginationLabels(t('audit.pages'));

  const columns: Column<AuditEventView>[] = [
    { key: 'at', header: t('audit.at'), cell: (e) => fmt.dateTime(e.at) },
    { key: 'action', header: t('audit.action'), cell: (e) => <code>{e.action}</code> },
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (e) => <span className="ui-mono">{e.actorEmail ?? e.actorId ?? t('audit.system')}</span>,
    },
    {
      key: 'target',
      header: t('audit.target'),
      cell: (e) =>
        e.targetType ? <span className="ui-mono">{`${e.targetType} ${e.targetId ?? ''}`}</span> : '',
    },
    { key: 'ip', header: t('audit.ip'), cell: (e) => <span className="ui-mono">{e.ip ?? ''}</span> },
    {
      key: 'details',
      header: t('audit.details'),
      cell: (e) => <span className="ui-mono">{detailsText(e.details)}</span>,
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <div className="ui-stack">
        <form
          role="search"
          className="ui-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter('action', action.trim());
          }}
        >
          <TextField
            label={t('audit.filter')}
            hint={t('audit.filterHint')}
            value={action}
            onChange={(e) => setAction(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('audit.filterSubmit')}
          </Button>
        </form>
        <QueryState
          query={events}
          loadingLabel={t('audit.loading')}
          isEmpty={(p) => p.items.length === 0}
          empty={
            <EmptyState
              title={values.action ? t('audit.noMatch', { action: values.action }) : t('audit.emptyTitle')}
            />
          }
        >
          {(p) => (
            <>
              <Table
                caption={t('audit.caption')}
                hideCaption
                columns={columns}
                rows={p.items}
                rowKey={(e) => e.id}
                rowHeader={false}
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
