import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkSummaryView } from '@campus/contracts';
import { Badge, Button, EmptyState, PageHeader, Table } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { useAdminFrameworks } from '../hooks/use-frameworks';
import { CreateFrameworkDialog } from './create-framework-dialog';

/** The admin's list of self-assessment frameworks: which version is published, which has a draft. */
export function FrameworksAdmin() {
  const { t } = useTranslation('frameworks');
  useDocumentTitle(t('list.title'));
  const frameworks = useAdminFrameworks();
  const [creating, setCreating] = useState(false);
  const fmt = useDateFormat();

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      />
      <QueryState
        query={frameworks}
        loadingLabel={t('list.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>}
      >
        {(rows) => (
          <Table<FrameworkSummaryView>
            caption={t('list.caption', { count: rows.length })}
            rowHeader
            rows={rows}
            rowKey={(f) => f.id}
            columns={[
              {
                key: 'title',
                header: t('list.name'),
                cell: (f) => (
                  <Link to={`/admin/frameworks/${f.id}`} lang={f.sourceLocale}>
                    {f.title}
                  </Link>
                ),
              },
              { key: 'slug', header: t('list.slug'), cell: (f) => <span className="ui-mono">{f.slug}</span> },
              {
                key: 'published',
                header: t('list.published'),
                cell: (f) =>
                  f.published ? (
                    t('list.publishedOn', {
                      number: f.published.version,
                      date: fmt.date(f.published.publishedAt),
                    })
                  ) : (
                    <Badge tone="warning">{t('page.unpublished')}</Badge>
                  ),
              },
              {
                key: 'draft',
                header: t('list.draft'),
                cell: (f) =>
                  f.draft ? (
                    <Badge tone="info">{t('page.draftVersion', { number: f.draft.version })}</Badge>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <CreateFrameworkDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
