import type { EntityManager } from 'typeorm';
import {
  LIBRARY_SEARCH_WINDOW,
  type ResourceSearchPage,
  type ResourceSearchQuery,
  type ResourceSummaryView,
} from '@campus/contracts';
import { prefixQuery } from './resource-rules';

type Db = Pick<EntityManager, 'query'>;

/**
 * One library search in one query. The matches are taken newest first up to the window
 * (LIBRARY_SEARCH_WINDOW + 1: a common word walks the newest-published index and stops there, a
 * rare one comes from the GIN index), then ranked by how well the words match the title and summary
 * (a body-only match ranks after them), newest first among equals. Ranking the window, not every
 * match, keeps a word found in 20,000 resources as cheap as one found in twenty.
 */
export async function searchLibrary(db: Db, q: ResourceSearchQuery): Promise<ResourceSearchPage> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Withdrawn resources are few: an anti-join on their index keeps the resources table out of it.
  const where = [
    `v.status = 'published'`,
    `NOT EXISTS (SELECT 1 FROM resources w WHERE w.id = v.resource_id AND w.withdrawn_at IS NOT NULL)`,
  ];
  const text = prefixQuery(q.q);
  const tsquery = text ? `to_tsquery('simple', ${param(text)})` : null;
  if (tsquery) where.push(`v.search @@ ${tsquery}`);
  if (q.locale) where.push(`v.locale = ${param(q.locale)}`);
  if (q.topic) where.push(`v.topics @> ARRAY[${param(q.topic)}]::text[]`);
  if (q.audience) where.push(`v.audiences @> ARRAY[${param(q.audience)}]::text[]`);
  if (q.kind) where.push(`v.resource_id IN (SELECT k.id FROM resources k WHERE k.kind = ${param(q.kind)})`);
  const rank = tsquery
    ? `ts_rank(setweight(to_tsvector('simple', h.title), 'A') || setweight(to_tsvector('simple', h.summary), 'B'), ${tsquery})`
    : '0';
  const [row] = await db.query<{ matches: number; items: (ResourceSummaryView & { rank: number })[] }[]>(
    `WITH hits AS MATERIALIZED (
       SELECT v.id, v.title, v.summary, v.published_at,
              row_number() OVER (ORDER BY v.published_at DESC, v.id) AS n
         FROM resource_versions v
        WHERE ${where.join(' AND ')}
        ORDER BY v.published_at DESC, v.id
        LIMIT ${param(LIBRARY_SEARCH_WINDOW + 1)}
     ), page AS (
       SELECT h.id, h.published_at, ${rank} AS rank
         FROM hits h
        WHERE h.n <= ${LIBRARY_SEARCH_WINDOW}
        ORDER BY rank DESC, h.published_at DESC, h.id
        LIMIT ${param(q.pageSize)} OFFSET ${param((q.page - 1) * q.pageSize)}
     )
     SELECT (SELECT count(*) FROM hits)::int AS matches,
            coalesce((
              SELECT json_agg(x ORDER BY x.rank DESC, x."publishedAt" DESC, x.id)
                FROM (SELECT r.id, r.kind, v.version, v.title, v.summary, v.locale, v.topics, v.audiences,
                             v.licence, v.published_at AS "publishedAt", page.rank,
                             json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation
                        FROM page
                        JOIN resource_versions v ON v.id = page.id
                        JOIN resources r ON r.id = v.resource_id
                        JOIN organisations o ON o.id = r.organisation_id) x
            ), '[]') AS items`,
    params,
  );
  return {
    items: row.items.map(({ rank: _rank, ...item }) => ({
      ...item,
      publishedAt: new Date(item.publishedAt).toISOString(),
    })),
    total: Math.min(row.matches, LIBRARY_SEARCH_WINDOW),
    totalCapped: row.matches > LIBRARY_SEARCH_WINDOW,
    page: q.page,
    pageSize: q.pageSize,
  };
}
