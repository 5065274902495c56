import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserView } from '@campus/contracts';
import {
  Alert,
  Badge,
  Button,
  ConfirmDialog,
  EmptyState,
  PageHeader,
  Pagination,
  Table,
  TextField,
  type Column,
} from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { useCurrentUser } from '../../auth';
import { PAGE_SIZE } from '../api/admin.api';
import { useAdminUsers, useSetUserActive } from '../hooks/use-admin';
import { useSearchState } from '../../../hooks/use-search-state';

export function UsersAdmin() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('users.title'));
  const me = useCurrentUser();
  const { values, page, setFilter, setPage } = useSearchState(['q'] as const);
  const [search, setSearch] = useState(values.q);
  useEffect(() => setSearch(values.q), [values.q]);
  const users = useAdminUsers({ q: values.q || undefined, page });
  const setActive = useSetUserActive();
  const [toDeactivate, setToDeactivate] = useState<AdminUserView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fmt = useDateFormat();
  const paginationLabels = usePaginationLabels(t('users.pages'));

  const change = (u: AdminUserView, active: boolean) =>
    setActive.mutate(
      { id: u.id, active },
      {
        onSuccess: () =>
          setDone(
            active ? t('users.reactivated', { name: u.name }) : t('users.deactivated', { name: u.name }),
          ),
        onSettled: () => setToDeactivate(null),
      },
    );

  const columns: Column<AdminUserView>[] = [
    { key: 'name', header: t('users.name'), cell: (u) => u.name },
    { key: 'email', header: t('users.email'), cell: (u) => <span className="ui-mono">{u.email}</span> },
    {
      key: 'status',
      header: t('users.status'),
      cell: (u) => (
        <span className="ui-row" style={{ gap: '0.25rem' }}>
          {u.active ? (
            <Badge tone="success">{t('users.active')}</Badge>
          ) : (
            <Badge tone="danger">{t('users.inactive')}</Badge>
          )}
          {!u.emailVerified && <Badge tone="warning">{t('users.unverified')}</Badge>}
          {u.isPlatformAdmin && <Badge tone="info">{t('users.admin')}</Badge>}
        </span>
      ),
    },
    {
      key: 'memberships',
      header: t('users.memberships'),
      cell: (u) =>
        u.memberships.length ? (
          <ul style={{ margin: 0, paddingLeft: '1rem' }}>
            {u.memberships.map((m) => (
              <li key={m.organisationId}>
                {m.organisationName} · {tc(`roles.${m.role as 'learner'}`, { defaultValue: m.role })}
              </li>
            ))}
          </ul>
        ) : (
          <span className="ui-muted">{t('users.noMemberships')}</span>
        ),
    },
    { key: 'created', header: t('users.created'), cell: (u) => fmt.date(u.createdAt) },
    {
      key: 'actions',
      header: t('users.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (u) =>
        u.id === me.id ? null : u.active ? (
          <Button
            variant="ghost"
            size="small"
            onClick={() => setToDeactivate(u)}
            aria-label={t('users.deactivateLabel', { name: u.name })}
          >
            {t('users.deactivate')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            size="small"
            loading={setActive.isPending && setActive.variables?.id === u.id}
            onClick={() => change(u, true)}
            aria-label={t('users.reactivateLabel', { name: u.name })}
          >
            {t('users.reactivate')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <div className="ui-stack">
        <form
          role="search"
          className="ui-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter('q', search.trim());
          }}
        >
          <TextField
            label={t('users.search')}
            hint={t('users.searchHint')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('users.searchSubmit')}
          </Button>
        </form>
        {done && <Alert tone="success">{done}</Alert>}
        {setActive.error && <ProblemAlert error={setActive.error} />}
        <QueryState
          query={users}
          loadingLabel={t('users.loading')}
          isEmpty={(p) => p.items.length === 0}
          empty={
            <EmptyState title={values.q ? t('users.noMatch', { q: values.q }) : t('users.emptyTitle')} />
          }
        >
          {(p) => (
            <>
              <Table
                caption={t('users.caption')}
                hideCaption
                columns={columns}
                rows={p.items}
                rowKey={(u) => u.id}
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
      <ConfirmDialog
        open={toDeactivate !== null}
        title={t('users.confirmTitle')}
        confirmLabel={t('users.deactivate')}
        cancelLabel={tc('actions.cancel')}
        busy={setActive.isPending}
        onCancel={() => setToDeactivate(null)}
        onConfirm={() => toDeactivate && change(toDeactivate, false)}
      >
        <p>
          {toDeactivate && t('users.confirmBody', { name: toDeactivate.name, email: toDeactivate.email })}
        </p>
      </ConfirmDialog>
    </>
  );
}
