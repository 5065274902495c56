import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, waitFor } from '@campus/server-testing';
import { LIBRARY_SEARCH_WINDOW } from '@campus/contracts';
import { ResourceChangeFeed } from '@campus/server-resources';
import { feedIs } from './support/change-feeds';
import { createTestApp, type TestApp } from './support/test-app';

/** A word no other file's resources contain, so searches here see this file's rows only. */
const WORD = `zw${Math.random().toString(36).slice(2, 8)}`;

/**
 * Library search at scale: a word found in more resources than the window is ranked among its
 * newest matches and says so; a title match ranks before a body-only match; the per-process cache
 * never serves a search that a commit has changed.
 */
describe('library search: window, ranking, cache', () => {
  let t: TestApp;
  let school: Organisation;

  const search = (query: Record<string, string>) => t.http().get('/api/resources').query(query).expect(200);

  /** Published resources written straight to the tables (the review flow is tested elsewhere). */
  async function insertPublished(
    rows: { title: string; summary?: string; body?: string; daysAgo: number }[],
  ) {
    await t.ds.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(title text, summary text, body text, "daysAgo" int)
       ), made AS (
         INSERT INTO resources (organisation_id, kind)
         SELECT $1, 'document' FROM input RETURNING id
       ), paired AS (
         SELECT m.id, i.* FROM (SELECT id, row_number() OVER () AS n FROM made) m
           JOIN (SELECT *, row_number() OVER () AS n FROM input) i USING (n)
       )
       INSERT INTO resource_versions (resource_id, version, status, title, summary, body, locale, licence, published_at)
       SELECT id, 1, 'published', title, coalesce(summary, ''), coalesce(body, ''), 'en', 'CC-BY-4.0',
              now() - make_interval(days => "daysAgo")
         FROM paired`,
      [school.id, JSON.stringify(rows)],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: `Search school ${WORD}`, country: 'IT' });
  });
  afterAll(() => t.close());

  it('ranks a title match before newer body-only matches, and caps a broad search at the window', async () => {
    await insertPublished([
      { title: `Partnership agreement ${WORD}`, daysAgo: 30 },
      { title: 'Newer note', body: `mentions ${WORD} in passing`, daysAgo: 1 },
    ]);
    const few = await search({ q: WORD });
    expect(few.body).toMatchObject({ total: 2, totalCapped: false });
    expect(few.body.items.map((r: { title: string }) => r.title)).toEqual([
      `Partnership agreement ${WORD}`,
      'Newer note',
    ]);

    await insertPublished(
      Array.from({ length: LIBRARY_SEARCH_WINDOW + 5 }, (_, i) => ({
        title: `Bulk ${i}`,
        summary: `${WORD} bulk`,
        daysAgo: 2,
      })),
    );
    const many = await search({ q: WORD, pageSize: '100' });
    expect(many.body).toMatchObject({ total: LIBRARY_SEARCH_WINDOW, totalCapped: true });
    expect(many.body.items).toHaveLength(100);
    // The window holds the newest matches: the 30-day-old title match is outside it now.
    const last = await search({ q: WORD, pageSize: '100', page: '2' });
    expect(last.body.items).toHaveLength(LIBRARY_SEARCH_WINDOW - 100);
    const titles = [...many.body.items, ...last.body.items].map((r: { title: string }) => r.title);
    expect(new Set(titles).size).toBe(LIBRARY_SEARCH_WINDOW);
    expect(titles).not.toContain(`Partnership agreement ${WORD}`);
    expect((await search({ q: WORD, pageSize: '100', page: '3' })).body.items).toEqual([]);
  });

  it('serves a search from the cache until a commit touches the library', async () => {
    const unique = `${WORD}cache`;
    const total = async () => (await search({ q: unique })).body.total as number;
    await insertPublished([{ title: `Cache test ${unique}`, daysAgo: 0 }]);
    expect(await total()).toBe(1);
    // The feed connects on the first search; once it is live, searches are kept.
    const feed = t.app.get(ResourceChangeFeed);
    await feedIs(feed, true);
    expect(await total()).toBe(1);
    // A change that notifies nobody (triggers off) is not seen: the answer comes from the cache.
    await t.ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `UPDATE resources SET withdrawn_at = now() WHERE id IN
                       (SELECT resource_id FROM resource_versions WHERE title = $1)`,
        [`Cache test ${unique}`],
      );
    });
    expect(await total()).toBe(1);
    // A real change notifies every replica at commit, and the cache is dropped.
    await insertPublished([{ title: `Another ${unique}`, daysAgo: 0 }]);
    const titles = async () =>
      (await search({ q: unique })).body.items.map((r: { title: string }) => r.title) as string[];
    await waitFor(titles, (list) => list.length === 1 && list[0] === `Another ${unique}`);
  });
});
