import type { Pool } from 'pg';
import type { CatalogueQuery, CourseSummaryView, FileRef, Page } from '@campus/contracts';

type CatalogueRow = Omit<
  CourseSummaryView,
  'enrolmentOpensAt' | 'enrolmentClosesAt' | 'startsAt' | 'endsAt' | 'cover' | 'updatedAt'
> & {
  updatedAt: Date;
  cover: { id: string; originalName: string; contentType: string; sizeBytes: number } | null;
  enrolmentOpensAt: Date | null;
  enrolmentClosesAt: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  total: number;
};

type SignCover = (f: NonNullable<CatalogueRow['cover']>) => FileRef;

/** The filters a query uses, as the letters that name its prepared statement (one per shape). */
function where(orgIds: string[], q: CatalogueQuery) {
  const values: unknown[] = [];
  const p = (v: unknown) => `$${values.push(v)}`;
  const clauses = [`c.status = 'published'`];
  let shape = '';
  const add = (letter: string, clause: string) => {
    clauses.push(clause);
    shape += letter;
  };
  if (orgIds.length) add('o', `(c.visibility = 'public' OR c.organisation_id = ANY(${p(orgIds)}::uuid[]))`);
  else clauses.push(`c.visibility = 'public'`);
  if (q.q) {
    const like = p(`%${q.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    add('q', `(c.title ILIKE ${like} OR c.summary ILIKE ${like} OR c.learning_outcomes::text ILIKE ${like})`);
  }
  if (q.language) add('l', `c.language = ${p(q.language)}`);
  if (q.topic) add('t', `${p(q.topic)} = ANY(c.topics)`);
  if (q.eqfLevel) add('e', `c.eqf_level = ${p(q.eqfLevel)}`);
  if (q.maxHours !== undefined) add('h', `c.workload_hours <= ${p(q.maxHours)}`);
  return { sql: clauses.join(' AND '), values, p, shape };
}

/**
 * One catalogue page: published courses the given organisations' members may see (public ones
 * only for an empty list), newest published first. One round trip (rows plus the total through a
 * window count), as a statement prepared once per connection for each combination of filters.
 */
export async function catalogueList(
  pool: Pool,
  orgIds: string[],
  q: CatalogueQuery,
  signCover: SignCover,
): Promise<Page<CourseSummaryView>> {
  const w = where(orgIds, q);
  const { rows } = await pool.query<CatalogueRow>({
    name: `catalogue-list-${w.shape}`,
    text: `SELECT c.id, c.slug, c.title, c.summary, c.language, c.eqf_level AS "eqfLevel", c.workload_hours AS "workloadHours",
              c.topics, c.visibility, c.status, c.enrolment_opens_at AS "enrolmentOpensAt",
              c.enrolment_closes_at AS "enrolmentClosesAt", c.starts_at AS "startsAt", c.ends_at AS "endsAt", c.updated_at AS "updatedAt",
              json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation,
              CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('id', f.id, 'originalName', f.original_name,
                'contentType', f.content_type, 'sizeBytes', f.size_bytes) END AS cover,
              count(*) OVER ()::int AS total
         FROM courses c JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN stored_files f ON f.id = c.cover_file_id
        WHERE ${w.sql}
        ORDER BY c.published_at DESC, c.id
        LIMIT ${w.p(q.pageSize)} OFFSET ${w.p((q.page - 1) * q.pageSize)}`,
    values: w.values,
  });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const items = rows.map(({ total: _total, ...r }) => ({
    ...r,
    cover: r.cover && signCover(r.cover),
    enrolmentOpensAt: iso(r.enrolmentOpensAt),
    enrolmentClosesAt: iso(r.enrolmentClosesAt),
    startsAt: iso(r.startsAt),
    endsAt: iso(r.endsAt),
    updatedAt: r.updatedAt.toISOString(),
  }));
  const total = rows[0]?.total ?? (q.page > 1 ? await countOnly(pool, orgIds, q) : 0);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Only for a page past the end, where the window count has no row to ride on. */
async function countOnly(pool: Pool, orgIds: string[], q: CatalogueQuery): Promise<number> {
  const w = where(orgIds, q);
  const { rows } = await pool.query<{ n: number }>({
    name: `catalogue-count-${w.shape}`,
    text: `SELECT count(*)::int AS n FROM courses c WHERE ${w.sql}`,
    values: w.values,
  });
  return rows[0].n;
}

/**
 * Organisations that own a published organisation-only course: the only memberships that change
 * what a signed-in person's catalogue shows, so the only ones a cached page is keyed on.
 */
export async function organisationsWithPrivateCourses(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ id: string }>({
    name: 'catalogue-private-organisations',
    text: `SELECT DISTINCT organisation_id AS id FROM courses WHERE status = 'published' AND visibility = 'organisation'`,
  });
  return new Set(rows.map((r) => r.id));
}
