import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LOCALES, RESOURCE_AUDIENCES, RESOURCE_KINDS, type ResourceSummaryView } from '@campus/contracts';
import {
  Button,
  EmptyState,
  PageHeader,
  Pagination,
  Select,
  TextField,
  buttonClassName,
} from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { useSearchState } from '../../../hooks/use-search-state';
import { languageAutonym } from '../../profile';
import { useSession } from '../../auth';
import { LIBRARY_PAGE_SIZE } from '../api/resources.api';
import { useResourceSearch } from '../hooks/use-resources';
import { LIBRARY_FILTERS, toSearchQuery } from '../lib/library-filters';
import { ResourceBadges } from './resource-badges';

/** `/library`: public search of published resources with language, topic, audience and type filters. */
export function LibrarySearch() {
  const { t } = useTranslation('library');
  useDocumentTitle(t('search.title'));
  const { user } = useSession();
  const { values, page, setFilter, setPage } = useSearchState(LIBRARY_FILTERS);
  const [, setParams] = useSearchParams();
  const [text, setText] = useState(values.q);
  const [topic, setTopic] = useState(values.topic);
  useEffect(() => setText(values.q), [values.q]);
  useEffect(() => setTopic(values.topic), [values.topic]);
  const results = useResourceSearch(toSearchQuery(values, page));
  const paginationLabels = usePaginationLabels(t('pagination.label'));
  const filtered = LIBRARY_FILTERS.some((k) => values[k]);
  const canContribute =
    !!user && (user.isPlatformAdmin || user.memberships.some((m) => m.role !== 'learner'));

  return (
    <>
      <PageHeader
        title={t('search.title')}
        description={t('search.description')}
        actions={
          user && (
            <div className="ui-row">
              {canContribute && (
                <Link to="/library/contribute" className={buttonClassName({ variant: 'primary' })}>
                  {t('search.contribute')}
                </Link>
              )}
              <Link to="/library/mine" className={buttonClassName({ variant: 'secondary' })}>
                {t('search.mine')}
              </Link>
            </div>
          )
        }
      />
      <div className="ui-stack">
        <form
          role="search"
          aria-label={t('search.searchLabel')}
          className="ui-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            // both fields at once: two setFilter calls would each start from the same URL
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              const set = (k: string, v: string) => (v ? next.set(k, v) : next.delete(k));
              set('q', text.trim());
              set('topic', topic.trim().toLowerCase());
              next.delete('page');
              return next;
            });
          }}
        >
          <TextField
            label={t('search.searchLabel')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <TextField
            label={t('search.topic')}
            hint={t('search.topicHint')}
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('search.submit')}
          </Button>
        </form>
        <div className="ui-row" style={{ alignItems: 'flex-end' }}>
          <Select
            label={t('search.language')}
            placeholder={t('search.anyLanguage')}
            options={LOCALES.map((l) => ({ value: l, label: languageAutonym(l) }))}
            value={values.locale}
            onChange={(e) => setFilter('locale', e.target.value)}
          />
          <Select
            label={t('search.audience')}
            placeholder={t('search.anyAudience')}
            options={RESOURCE_AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
            value={values.audience}
            onChange={(e) => setFilter('audience', e.target.value)}
          />
          <Select
            label={t('search.kind')}
            placeholder={t('search.anyKind')}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={values.kind}
            onChange={(e) => setFilter('kind', e.target.value)}
          />
          {filtered && (
            <Button variant="ghost" onClick={() => setParams(new URLSearchParams())}>
              {t('search.clear')}
            </Button>
          )}
        </div>
        <QueryState
          query={results}
          loadingLabel={t('search.loading')}
          isEmpty={(p) => p.items.length === 0}
          empty={<EmptyState title={t('search.noMatch')}>{filtered && t('search.noMatchHint')}</EmptyState>}
        >
          {(p) => (
            <>
              <p className="ui-muted" role="status" style={{ margin: 0 }}>
                {p.totalCapped
                  ? t('search.resultsCapped', { count: p.total })
                  : t('search.results', { count: p.total })}
              </p>
              <ul className="ui-grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {p.items.map((r) => (
                  <li key={r.id} className="ui-card">
                    <ResourceCard resource={r} />
                  </li>
                ))}
              </ul>
              <Pagination
                page={p.page}
                pageSize={p.pageSize || LIBRARY_PAGE_SIZE}
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

function ResourceCard({ resource }: { resource: ResourceSummaryView }) {
  const { t } = useTranslation('library');
  return (
    <article className="ui-stack" style={{ gap: '0.5rem' }}>
      <h2 style={{ fontSize: '1.15rem', margin: 0 }} lang={resource.locale}>
        <Link to={`/library/${resource.id}`}>{resource.title}</Link>
      </h2>
      {resource.summary && (
        <p style={{ margin: 0 }} lang={resource.locale}>
          {resource.summary}
        </p>
      )}
      <ResourceBadges kind={resource.kind} licence={resource.licence} locale={resource.locale} />
      <p className="ui-muted" style={{ margin: 0 }}>
        {t('search.by', { organisation: resource.organisation.name })}
      </p>
    </article>
  );
}
