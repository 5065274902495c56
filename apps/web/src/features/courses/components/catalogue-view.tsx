import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LOCALES, type CatalogueQuery, type CourseSummaryView } from '@campus/contracts';
import { Button, EmptyState, PageHeader, Pagination, Select, TextField } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { usePaginationLabels } from '../../../hooks/use-pagination-labels';
import { useSearchState } from '../../../hooks/use-search-state';
import { languageAutonym } from '../../profile';
import { CATALOGUE_PAGE_SIZE } from '../api/courses.api';
import { useCatalogue } from '../hooks/use-courses';
import { CourseFacts } from './course-facts';

const FILTERS = ['q', 'language', 'topic', 'eqfLevel', 'maxHours'] as const;
const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8];
const MAX_HOURS = [2, 5, 10, 20, 40];

/** Turns the URL's filter values into the API's query, dropping what is malformed. */
function toQuery(values: Record<(typeof FILTERS)[number], string>, page: number): Partial<CatalogueQuery> {
  const int = (v: string) => (/^\d+$/.test(v) ? Number(v) : undefined);
  const language = (LOCALES as readonly string[]).includes(values.language)
    ? (values.language as CatalogueQuery['language'])
    : undefined;
  return {
    q: values.q || undefined,
    language,
    topic: values.topic || undefined,
    eqfLevel: int(values.eqfLevel),
    maxHours: int(values.maxHours),
    page,
  };
}

export function CatalogueView() {
  const { t } = useTranslation('courses');
  useDocumentTitle(t('catalogue.title'));
  const { values, page, setFilter, setPage } = useSearchState(FILTERS);
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(values.q);
  const [topic, setTopic] = useState(values.topic);
  useEffect(() => setSearch(values.q), [values.q]);
  useEffect(() => setTopic(values.topic), [values.topic]);
  const courses = useCatalogue(toQuery(values, page));
  const paginationLabels = usePaginationLabels(t('catalogue.pages'));
  const filtered = FILTERS.some((k) => values[k]);

  return (
    <>
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      <div className="ui-stack">
        <form
          role="search"
          aria-label={t('catalogue.searchLabel')}
          className="ui-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            // both fields at once: two setFilter calls would each start from the same URL
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              const set = (k: string, v: string) => (v ? next.set(k, v) : next.delete(k));
              set('q', search.trim());
              set('topic', topic.trim().toLowerCase());
              next.delete('page');
              return next;
            });
          }}
        >
          <TextField
            label={t('catalogue.search')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <TextField label={t('catalogue.topic')} value={topic} onChange={(e) => setTopic(e.target.value)} />
          <Button type="submit" variant="secondary">
            {t('catalogue.searchSubmit')}
          </Button>
        </form>
        <div className="ui-row" style={{ alignItems: 'flex-end' }}>
          <Select
            label={t('catalogue.language')}
            placeholder={t('catalogue.anyLanguage')}
            options={LOCALES.map((l) => ({ value: l, label: languageAutonym(l) }))}
            value={values.language}
            onChange={(e) => setFilter('language', e.target.value)}
          />
          <Select
            label={t('catalogue.eqfLevel')}
            placeholder={t('catalogue.anyLevel')}
            options={EQF_LEVELS.map((l) => ({ value: String(l), label: t('facts.eqf', { level: l }) }))}
            value={values.eqfLevel}
            onChange={(e) => setFilter('eqfLevel', e.target.value)}
          />
          <Select
            label={t('catalogue.maxHours')}
            placeholder={t('catalogue.anyWorkload')}
            options={MAX_HOURS.map((h) => ({
              value: String(h),
              label: t('catalogue.upToHours', { count: h }),
            }))}
            value={values.maxHours}
            onChange={(e) => setFilter('maxHours', e.target.value)}
          />
        </div>
        <QueryState
          query={courses}
          loadingLabel={t('catalogue.loading')}
          isEmpty={(p) => p.items.length === 0}
          empty={
            <EmptyState title={filtered ? t('catalogue.noMatch') : t('catalogue.empty')}>
              {filtered && t('catalogue.noMatchHint')}
            </EmptyState>
          }
        >
          {(p) => (
            <>
              <ul className="ui-grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {p.items.map((c) => (
                  <li key={c.id} className="ui-card">
                    <CourseCard course={c} />
                  </li>
                ))}
              </ul>
              <Pagination
                page={p.page}
                pageSize={p.pageSize || CATALOGUE_PAGE_SIZE}
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

function CourseCard({ course }: { course: CourseSummaryView }) {
  const { t } = useTranslation('courses');
  return (
    <article className="ui-stack" style={{ gap: '0.5rem' }}>
      {/* decorative: the title next to it says what the course is */}
      {course.cover && <img className="ui-cover" src={course.cover.url} alt="" loading="lazy" />}
      <h2 style={{ fontSize: '1.15rem', margin: 0 }} lang={course.language}>
        <Link to={`/courses/${course.slug}`}>{course.title}</Link>
      </h2>
      {course.summary && (
        <p style={{ margin: 0 }} lang={course.language}>
          {course.summary}
        </p>
      )}
      <CourseFacts course={course} />
      <p className="ui-muted" style={{ margin: 0 }}>
        {t('facts.by', { organisation: course.organisation.name })}
      </p>
    </article>
  );
}
