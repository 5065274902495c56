import type { DataSource } from 'typeorm';
import type { FrameworkContent, RoundResultsView } from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { writeRoundSummary } from '@campus/server-self-assessment';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/**
 * A review of the toolkit's server side as an attacker would read it: tenancy across schools,
 * the anonymity of respondents, links under concurrent use, and client input that must never
 * reach the database as a 500.
 */

/** This file's own framework: two areas of two statements. */
const CONTENT: FrameworkContent = {
  sourceLocale: 'en',
  title: { en: 'Review test framework' },
  description: {},
  areas: [
    {
      key: 'rv-strategy',
      title: { en: 'Strategy' },
      description: {},
      topic: 'review test strategy',
      statements: [
        { key: 'rv-strategy-1', text: { en: 'Strategy one.' } },
        { key: 'rv-strategy-2', text: { en: 'Strategy two.' } },
      ],
    },
    {
      key: 'rv-mobility',
      title: { en: 'Mobility' },
      description: {},
      topic: 'review test mobility',
      statements: [
        { key: 'rv-mobility-1', text: { en: 'Mobility one.' } },
        { key: 'rv-mobility-2', text: { en: 'Mobility two.' } },
      ],
    },
  ],
};

const answersOf = (score: number) => ({
  'rv-strategy-1': score,
  'rv-strategy-2': score,
  'rv-mobility-1': score,
  'rv-mobility-2': score,
});

/** A round of the school written straight to the database, with one response per (group, score). */
async function roundWith(
  ds: DataSource,
  orgId: string,
  versionId: string,
  groups: string[],
  responses: [string, number][],
  customQuestions: { key: string; text: string }[] = [],
): Promise<string> {
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups,
                                    custom_questions)
     VALUES ($1, $2, 'Review round', 'en', $3, $4) RETURNING id`,
    [orgId, versionId, groups, JSON.stringify(customQuestions)],
  );
  for (const [group, score] of responses) {
    await ds.query(
      `INSERT INTO assessment_responses (round_id, respondent_group, answers, custom_answers)
       VALUES ($1, $2, $3, $4)`,
      [
        id,
        group,
        JSON.stringify(answersOf(score)),
        JSON.stringify(Object.fromEntries(customQuestions.map((q) => [q.key, score]))),
      ],
    );
  }
  return id;
}

describe('toolkit review: tenancy, anonymity, links and client input', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let otherManager: string;
  let trainer: string;
  let otherTrainer: string;
  let admin: string;
  let otherAdmin: string;
  let versionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, {
      name: 'Scuola Revisione (toolkit review)',
      country: 'IT',
    });
    otherSchool = await OrganisationFactory.create(t.ds, {
      name: 'Koulu Tarkastus (toolkit review)',
      country: 'FI',
    });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    otherTrainer = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'trainer')).email)).token;
    admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    otherAdmin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    const [framework] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO assessment_frameworks (slug) VALUES ('toolkit-review-framework') RETURNING id`,
    );
    [{ id: versionId }] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content, published_at)
       VALUES ($1, 1, 'published', $2, now()) RETURNING id`,
      [framework.id, JSON.stringify(CONTENT)],
    );
  });
  afterAll(() => t.close());

  const results = async (roundId: string): Promise<RoundResultsView> =>
    (
      await t
        .http()
        .get(`/api/orgs/${school.id}/assessment-rounds/${roundId}/results`)
        .set(bearer(manager))
        .expect(200)
    ).body;

  const close = (roundId: string) =>
    t
      .http()
      .post(`/api/orgs/${school.id}/assessment-rounds/${roundId}/close`)
      .set(bearer(manager))
      .expect(200);

  describe('results cannot be differenced over time', () => {
    it('an open round shows counts but no results: each reading would give away the answers since the last', async () => {
      const roundId = await roundWith(
        t.ds,
        school.id,
        versionId,
        ['leaders'],
        [
          ['leaders', 4],
          ['leaders', 4],
          ['leaders', 4],
        ],
      );
      const base = `/api/orgs/${school.id}/assessment-rounds/${roundId}`;
      for (const path of ['/results', '/results.pdf', '/results.csv']) {
        const res = await t.http().get(`${base}${path}`).set(bearer(manager));
        expectProblem(res, 409, 'CONFLICT');
        expect(res.body.detail).toMatch(/once the round is closed/);
      }
      const focus = await t
        .http()
        .get(`/api/orgs/${school.id}/roadmaps/focus-areas?roundId=${roundId}`)
        .set(bearer(manager));
      expectProblem(focus, 409, 'CONFLICT');
      // The counts stay visible while the round runs.
      const round = await t.http().get(base).set(bearer(manager)).expect(200);
      expect(round.body.respondents.total).toBe(3);
      await close(roundId);
      expect((await results(roundId)).areas[0].byGroup).toEqual({ leaders: 4 });
    });
  });

  describe('results cannot be differenced into a hidden group', () => {
    it('one small hidden group is left out of the overall score', async () => {
      const roundId = await roundWith(
        t.ds,
        school.id,
        versionId,
        ['teachers', 'leaders'],
        [
          ['teachers', 4],
          ['teachers', 4],
          ['teachers', 4],
          ['leaders', 1],
        ],
      );
      await close(roundId);
      const view = await results(roundId);
      expect(view.areas[0].byGroup).toEqual({ teachers: 4, leaders: null });
      // Pooling the leader would give 3.25, and 4·3 subtracted from it the leader's own 1.
      expect(view.areas[0].score).toBe(4);
      expect(view.areas[0].statements[0].score).toBe(4);
    });
  });

  describe('the peer median never stands for a round below the minimum size', () => {
    it('leaves out a school whose latest round had fewer respondents than its minimum', async () => {
      const [framework] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO assessment_frameworks (slug) VALUES ('toolkit-review-peers') RETURNING id`,
      );
      const [{ id: peersVersion }] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO assessment_framework_versions (framework_id, version, status, content, published_at)
         VALUES ($1, 1, 'published', $2, now()) RETURNING id`,
        [framework.id, JSON.stringify(CONTENT)],
      );
      const closed = async (org: Organisation, score: number, respondents: number) => {
        const id = await roundWith(
          t.ds,
          org.id,
          peersVersion,
          ['teachers'],
          Array.from({ length: respondents }, () => ['teachers', score] as [string, number]),
        );
        await t.ds.transaction(async (m) => {
          await m.query(`UPDATE assessment_rounds SET status = 'closed', closed_at = now() WHERE id = $1`, [
            id,
          ]);
          await writeRoundSummary(m, id);
        });
        return id;
      };
      const peer = (n: number) =>
        OrganisationFactory.create(t.ds, { name: `Peer ${n} (toolkit review)`, country: 'SE' });
      // Four schools with three respondents each (ours among them): strategy 2, 2, 4, 4.
      const ours = await closed(school, 2, 3);
      for (const [n, score] of [2, 4, 4].entries()) await closed(await peer(n), score, 3);
      // A fifth school where one person answered: counted, the median would be their 3.
      await closed(await peer(9), 3, 1);
      const view = await results(ours);
      expect(view.peers).toEqual({ schools: 4, shown: false });
      expect(view.areas.map((a) => a.peerMedian)).toEqual([null, null]);
    });
  });

  describe('client input', () => {
    it('library search takes any text, far pages and refuses a long query naming q', async () => {
      for (const q of ['a & | !(', "':* <-> \\", '!!!', 'ü:*|&', '(((', 'a'.repeat(200)]) {
        const res = await t.http().get('/api/resources').query({ q });
        expect(res.status).toBe(200);
      }
      const far = await t.http().get('/api/resources').query({ page: 100000 }).expect(200);
      expect(far.body.items).toEqual([]);
      const long = await t
        .http()
        .get('/api/resources')
        .query({ q: 'a'.repeat(201) });
      expectProblem(long, 400, 'VALIDATION_FAILED');
      expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['q']);
      for (const query of [{ page: 0 }, { page: 'x' }, { pageSize: 100000 }, { kind: 'virus' }]) {
        expectProblem(await t.http().get('/api/resources').query(query), 400, 'VALIDATION_FAILED');
      }
    });

    it('respondent answers of wrong shapes are 400, never 500', async () => {
      const [{ id: roundId }] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups)
         VALUES ($1, $2, 'Shapes', 'en', '{teachers}') RETURNING id`,
        [school.id, versionId],
      );
      const link = await t
        .http()
        .post(`/api/orgs/${school.id}/assessment-rounds/${roundId}/links`)
        .set(bearer(manager))
        .send({ respondentGroup: 'teachers' })
        .expect(201);
      const token = new URL(link.body.url).hash.replace('#token=', '');
      const bodies: unknown[] = [
        { answers: [], customAnswers: {} },
        { answers: 'x', customAnswers: {} },
        { answers: { 'rv-strategy-1': '3' }, customAnswers: {} },
        {
          answers: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 3])),
          customAnswers: {},
        },
        JSON.parse(`{"answers": {"__proto__": 3, "rv-strategy-1": 3}, "customAnswers": {}}`),
        { answers: { ...answersOf(3), constructor: 3 }, customAnswers: {} },
        { answers: { ...answersOf(3), toString: 3 }, customAnswers: {} },
        { answers: answersOf(3), customAnswers: { q1: null } },
        [],
        'text',
      ];
      for (const body of bodies) {
        const res = await t
          .http()
          .post('/api/respond')
          .set('X-Respondent-Token', token)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        const shown = JSON.stringify(body).slice(-80);
        expect([res.status, shown]).toEqual([400, shown]);
      }
    });

    it('roadmap and round bodies with wrong ids and shapes are 400', async () => {
      const roadmaps = `/api/orgs/${school.id}/roadmaps`;
      const bad: Record<string, unknown>[] = [
        { title: 'x', locale: 'en', fromRound: { roundId: 'nope', focusAreaKeys: ['a'] } },
        { title: 'x', locale: 'en', startsOn: '2026-02-30' },
        { title: 'x', locale: 'xx' },
        { title: ['x'], locale: 'en' },
      ];
      for (const body of bad) {
        const res = await t.http().post(roadmaps).set(bearer(manager)).send(body);
        expect([res.status, body]).toEqual([400, body]);
      }
      const rounds = `/api/orgs/${school.id}/assessment-rounds`;
      for (const query of [{ status: 'weird' }, { page: -1 }, { pageSize: 'all' }]) {
        const res = await t.http().get(rounds).query(query).set(bearer(manager));
        expect([res.status, query]).toEqual([400, query]);
      }
      const res = await t
        .http()
        .post(rounds)
        .set(bearer(manager))
        .send({ frameworkVersionId: 'x', title: 't', locale: 'en', respondentGroups: ['teachers'] });
      expect(res.status).toBe(400);
    });
  });

  describe('tenancy', () => {
    it('another school cannot see or touch a draft resource; a trainer not its author cannot edit it', async () => {
      const created = await t.http().post('/api/resources').set(bearer(trainer)).send({
        organisationId: school.id,
        kind: 'tutorial',
        title: 'Review draft tutorial',
        locale: 'en',
        licence: 'CC-BY-4.0',
        body: 'Draft text',
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      for (const token of [otherManager, otherTrainer]) {
        expectProblem(await t.http().get(`/api/resources/${id}`).set(bearer(token)), 404, 'NOT_FOUND');
        expectProblem(
          await t.http().post(`/api/resources/${id}/submit`).set(bearer(token)),
          404,
          'NOT_FOUND',
        );
      }
      expectProblem(await t.http().get(`/api/resources/${id}`), 404, 'NOT_FOUND');
    });
  });

  describe('resource review', () => {
    it("an admin reviews a trainer's submission but cannot rewrite it (and then publish it unreviewed)", async () => {
      const fields = {
        title: 'Review submitted tutorial',
        locale: 'en',
        licence: 'CC-BY-4.0',
        body: 'Written by a trainer',
      };
      const created = await t
        .http()
        .post('/api/resources')
        .set(bearer(trainer))
        .send({ organisationId: school.id, kind: 'tutorial', ...fields })
        .expect(201);
      const id = created.body.id as string;
      await t.http().post(`/api/resources/${id}/submit`).set(bearer(trainer)).expect(200);
      const seen = await t.http().get(`/api/resources/${id}`).set(bearer(admin)).expect(200);
      expect(seen.body).toMatchObject({ canEdit: false, pending: { status: 'submitted' } });
      expectProblem(
        await t.http().post(`/api/resources/${id}/withdraw-submission`).set(bearer(admin)),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await t
          .http()
          .put(`/api/resources/${id}/draft`)
          .set(bearer(admin))
          .send({ ...fields, body: 'Rewritten by an admin' }),
        403,
        'FORBIDDEN',
      );
      const after = await t.http().get(`/api/resources/${id}`).set(bearer(trainer)).expect(200);
      expect(after.body).toMatchObject({
        canEdit: true,
        pending: { status: 'submitted', body: 'Written by a trainer' },
      });
    });

    it('an admin who wrote a resource leaves its publication to another admin', async () => {
      const created = await t
        .http()
        .post('/api/resources')
        .set(bearer(admin))
        .send({
          organisationId: school.id,
          kind: 'tutorial',
          title: 'Review self-published tutorial',
          locale: 'en',
          licence: 'CC-BY-4.0',
          body: 'Written by an admin',
        })
        .expect(201);
      await t.http().post(`/api/resources/${created.body.id}/submit`).set(bearer(admin)).expect(200);
      const versionId = created.body.pending.id as string;
      const own = await t.http().post(`/api/admin/resource-reviews/${versionId}/publish`).set(bearer(admin));
      expectProblem(own, 403, 'FORBIDDEN');
      expect(
        (await t.http().get(`/api/resources/${created.body.id}`).set(bearer(admin)).expect(200)).body.current,
      ).toBeNull();
      await t
        .http()
        .post(`/api/admin/resource-reviews/${versionId}/publish`)
        .set(bearer(otherAdmin))
        .expect(200);
      expect(
        (await t.http().get(`/api/resources/${created.body.id}`).expect(200)).body.current,
      ).toMatchObject({
        version: 1,
        status: 'published',
      });
    });
  });
});
