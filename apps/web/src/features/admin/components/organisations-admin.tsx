import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationView } from '@campus/contracts';
import { Alert, Button, EmptyState, PageHeader, Table, type Column } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { countryName } from '../../../format/countries';
import { useAdminOrganisations } from '../hooks/use-admin';
import { OrganisationDialog } from './organisation-dialog';

type Editing = { mode: 'create' } | { mode: 'edit'; organisation: OrganisationView } | null;

export function OrganisationsAdmin() {
  const { t, i18n } = useTranslation('admin');
  useDocumentTitle(t('organisations.title'));
  const organisations = useAdminOrganisations();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fmt = useDateFormat();
  const lang = i18n.resolvedLanguage ?? 'en';

  const columns: Column<OrganisationView>[] = [
    { key: 'name', header: t('organisations.name'), cell: (o) => o.name },
    { key: 'country', header: t('organisations.country'), cell: (o) => countryName(o.country, lang) },
    { key: 'city', header: t('organisations.city'), cell: (o) => o.city },
    {
      key: 'kind',
      header: t('organisations.kind'),
      cell: (o) => t(`organisations.kinds.${o.kind}`, { defaultValue: o.kind }),
    },
    { key: 'members', header: t('organisations.members'), cell: (o) => o.memberCount ?? '—' },
    { key: 'created', header: t('organisations.created'), cell: (o) => fmt.date(o.createdAt) },
    {
      key: 'actions',
      header: t('organisations.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (o) => (
        <span className="ui-row" style={{ justifyContent: 'flex-end' }}>
          <Link to={`/orgs/${o.id}/people`} aria-label={t('organisations.peopleLabel', { name: o.name })}>
            {t('organisations.people')}
          </Link>
          <Button
            variant="ghost"
            size="small"
            onClick={() => setEditing({ mode: 'edit', organisation: o })}
            aria-label={t('organisations.editLabel', { name: o.name })}
          >
            {t('organisations.edit')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.description')}
        actions={<Button onClick={() => setEditing({ mode: 'create' })}>{t('organisations.new')}</Button>}
      />
      <div className="ui-stack">
        {saved && <Alert tone="success">{t('organisations.saved', { name: saved })}</Alert>}
        <QueryState
          query={organisations}
          loadingLabel={t('organisations.loading')}
          isEmpty={(rows) => rows.length === 0}
          empty={
            <EmptyState title={t('organisations.emptyTitle')}>{t('organisations.emptyBody')}</EmptyState>
          }
        >
          {(rows) => (
            <Table
              caption={t('organisations.caption', { count: rows.length })}
              columns={columns}
              rows={rows}
              rowKey={(o) => o.id}
            />
          )}
        </QueryState>
      </div>
      <OrganisationDialog
        open={editing !== null}
        organisation={editing?.mode === 'edit' ? editing.organisation : undefined}
        onClose={() => setEditing(null)}
        onSaved={(org) => {
          setEditing(null);
          setSaved(org.name);
        }}
      />
    </>
  );
}
