import type { RoundResultsView } from '@campus/contracts';
import type { ChangeFeed, Organisation } from '@campus/server-db';
import { AssessmentChangeFeed, writeRoundSummary } from '@campus/server-self-assessment';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { feedIs, noticesDelivered, silently } from './support/change-feeds';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

const CHANNEL = 'assessment_changed';
const CONTENT = {
  sourceLocale: 'en',
  title: { en: 'Cache test framework' },
  description: {},
  areas: [
    {
      key: 'vision',
      title: { en: 'Vision', it: 'Visione' },
      description: {},
      topic: 'internationalisation strategy',
      statements: [{ key: 'vision-plan', text: { en: 'We have a plan.' } }],
    },
  ],
};

describe('round results kept per process, dropped by the assessment change feed', () => {
  let t: TestApp;
  let feed: ChangeFeed;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let otherManager: string;
  let versionId: string;
  let round: string;

  /** A round of the school with `respondents` teachers answering `score`; closed (with its summary) when `closedAt` is given. */
  async function roundOf(
    org: Organisation,
    attrs: { title: string; score: number; closedAt?: string; closesAt?: string },
    respondents = 3,
  ): Promise<string> {
    const [{ id }] = await t.ds.query(
      `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups,
                                      custom_questions, closes_at, created_at)
       VALUES ($1, $2, $3, 'en', '{teachers}', '[]', $4, now() - interval '60 days') RETURNING id`,
      [org.id, versionId, attrs.title, attrs.closesAt ?? null],
    );
    for (let i = 0; i < respondents; i++)
      await t.ds.query(
        `INSERT INTO assessment_responses (round_id, respondent_group, answers, custom_answers)
         VALUES ($1, 'teachers', $2, '{}')`,
        [id, JSON.stringify({ 'vision-plan': attrs.score })],
      );
    if (attrs.closedAt)
      await t.ds.transaction(async (m) => {
        await m.query(`UPDATE assessment_rounds SET status = 'closed', closed_at = $2 WHERE id = $1`, [
          id,
          attrs.closedAt,
        ]);
        await writeRoundSummary(m, id);
      });
    return id;
  }

  const results = async (roundId: string, query = ''): Promise<RoundResultsView> =>
    (
      await t
        .http()
        .get(`/api/orgs/${school.id}/assessment-rounds/${roundId}/results${query}`)
        .set(bearer(manager))
        .expect(200)
    ).body as RoundResultsView;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'Cache Test Istituto Galilei', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, { name: 'Cache Test Yrkesskola', country: 'SE' });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'en' })).email))
      .token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    const [framework] = await t.ds.query(
      `INSERT INTO assessment_frameworks (slug) VALUES ('results-cache-test') RETURNING id`,
    );
    [{ id: versionId }] = await t.ds.query(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content)
       VALUES ($1, 1, 'published', $2) RETURNING id`,
      [framework.id, JSON.stringify(CONTENT)],
    );
    round = await roundOf(school, { title: 'Spring 2026', score: 4, closedAt: '2026-03-01T00:00:00Z' });
    // The first read subscribes to the feed; until it listens, results are read through.
    await results(round);
    feed = t.app.get(AssessmentChangeFeed);
    await feedIs(feed, true, 5000);
  });
  afterAll(() => t.close());

  it('serves a repeated read from what it kept until a change is notified', async () => {
    expect((await results(round)).organisationName).toBe('Cache Test Istituto Galilei');
    await silently(t, `UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, 'Cache Test Silent']);
    // Kept: the rename told no one.
    expect((await results(round)).organisationName).toBe('Cache Test Istituto Galilei');
    // Kept per language: Italian is built on its own, and shows the database as it is.
    expect((await results(round, '?locale=it')).areas[0].title).toBe('Visione');
    expect((await results(round, '?locale=it')).organisationName).toBe('Cache Test Silent');

    await t.ds.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [
      school.id,
      'Cache Test Liceo Fermi',
    ]);
    await noticesDelivered(t, feed, CHANNEL);
    expect((await results(round)).organisationName).toBe('Cache Test Liceo Fermi');
    expect((await results(round, '?locale=it')).organisationName).toBe('Cache Test Liceo Fermi');
  });

  it('never answers another school from what it kept', async () => {
    await results(round);
    const asOther = (orgId: string) =>
      t.http().get(`/api/orgs/${orgId}/assessment-rounds/${round}/results`).set(bearer(otherManager));
    expectProblem(await asOther(otherSchool.id), 404, 'NOT_FOUND');
    expectProblem(await asOther(school.id), 404, 'NOT_FOUND');
  });

  it('shows a round closed since, anywhere, among the earlier rounds and the peers', async () => {
    const before = await results(round);
    expect(before.areas[0].earlier).toEqual([]);
    expect(before.peers.schools).toBe(1);
    const earlier = await roundOf(school, {
      title: 'Autumn 2025',
      score: 2,
      closedAt: '2025-11-01T00:00:00Z',
    });
    await roundOf(otherSchool, { title: 'Peer round', score: 5, closedAt: '2026-02-01T00:00:00Z' });
    await noticesDelivered(t, feed, CHANNEL);
    const after = await results(round);
    expect(after.areas[0].earlier.map((e) => [e.roundId, e.score])).toEqual([[earlier, 2]]);
    expect(after.peers.schools).toBe(2);
  });

  it("closes the school's round that reached its closing date at the next read, kept results or not", async () => {
    const closesAt = new Date(Date.now() + 2500);
    const due = await roundOf(school, { title: 'Closes soon', score: 3, closesAt: closesAt.toISOString() });
    await noticesDelivered(t, feed, CHANNEL);
    await results(round);
    await results(round);
    await new Promise((r) => setTimeout(r, closesAt.getTime() - Date.now() + 50));
    await results(round);
    const [row] = await t.ds.query(
      `SELECT status, (SELECT count(*)::int FROM assessment_round_area_scores WHERE round_id = $1) AS summary
         FROM assessment_rounds WHERE id = $1`,
      [due],
    );
    expect(row).toEqual({ status: 'closed', summary: 1 });
  });

  it('reads a closed round from the tallies its closing stored, or sums its answers when none were', async () => {
    const stored = await roundOf(school, { title: 'Stored', score: 4, closedAt: '2026-01-15T00:00:00Z' }, 3);
    const score = async () => (await results(stored, '?locale=de')).areas[0].score;
    expect(await score()).toBe(4);
    // The stored tallies are what counts: halve their sums (as if the answers had been 2s).
    await t.ds.query(
      `UPDATE assessment_round_tallies
          SET tallies = (SELECT jsonb_agg(jsonb_set(e, '{sum}', to_jsonb((e->>'sum')::int / 2))) FROM jsonb_array_elements(tallies) e)
        WHERE round_id = $1`,
      [stored],
    );
    await t.ds.query(`SELECT pg_notify($1, '*')`, [CHANNEL]);
    await noticesDelivered(t, feed, CHANNEL);
    expect(await score()).toBe(2);
    // A round closed before the table existed has no row: its answers are summed.
    await t.ds.query(`DELETE FROM assessment_round_tallies WHERE round_id = $1`, [stored]);
    await t.ds.query(`SELECT pg_notify($1, '*')`, [CHANNEL]);
    await noticesDelivered(t, feed, CHANNEL);
    expect(await score()).toBe(4);
  });

  it('reads through to the database while the change feed is down', async () => {
    await results(round);
    await t.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN ${CHANNEL}'`,
    );
    await feedIs(feed, false, 5000);
    await silently(t, `UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, 'Cache Test Unheard']);
    expect((await results(round)).organisationName).toBe('Cache Test Unheard');
    // Back, it starts afresh: what changed while it was down is read again.
    await feedIs(feed, true, 5000);
    await silently(t, `UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, 'Cache Test Again']);
    expect((await results(round)).organisationName).toBe('Cache Test Again');
  });
});
