import { hash } from '@node-rs/argon2';
import {
  LOCALES,
  type MyRoadmapActionView,
  type Page,
  type ResourceDetailView,
  type ResourceSummaryView,
  type RoadmapSummaryView,
  type RoadmapView,
  type RoundResultsView,
  type RoundView,
} from '@campus/contracts';
import { DEMO_PASSWORD, seedDemoData } from '@campus/server-demo';
import { createPrivateTestDatabase, dropDatabase } from '@campus/server-testing';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';

/** The demo seed's toolkit data and library, as `npm start` seeds them, on a database of its own. */
describe('demo data: self-assessment, roadmap and library', () => {
  let databaseUrl: string;
  let t: TestApp;
  let demoOrgId: string;
  let manager: string;

  const seed = () =>
    seedDemoData(t.ds, (p) => hash(p, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 }));
  const tokenOf = async (email: string) => (await signIn(t, email, DEMO_PASSWORD)).token;
  const orgIdOf = async (name: string) =>
    (await t.ds.query<{ id: string }[]>(`SELECT id FROM organisations WHERE name = $1`, [name]))[0].id;

  async function rounds(orgId: string, token: string): Promise<RoundView[]> {
    const res = await t.http().get(`/api/orgs/${orgId}/assessment-rounds`).set(bearer(token)).expect(200);
    return (res.body as Page<RoundView>).items;
  }

  async function results(orgId: string, roundId: string, token: string, locale = 'en') {
    const res = await t
      .http()
      .get(`/api/orgs/${orgId}/assessment-rounds/${roundId}/results?locale=${locale}`)
      .set(bearer(token))
      .expect(200);
    return res.body as RoundResultsView;
  }

  beforeAll(async () => {
    databaseUrl = await createPrivateTestDatabase();
    t = await createTestApp({ DATABASE_URL: databaseUrl });
    await seed();
    demoOrgId = await orgIdOf('Demo VET School');
    manager = await tokenOf('manager@demo.campus');
  });

  afterAll(async () => {
    await t?.close();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('shows the demo manager a closed autumn round and an open spring round on the shipped framework', async () => {
    const mine = await rounds(demoOrgId, manager);
    const byTitle = Object.fromEntries(mine.map((r) => [r.title, r]));
    expect(byTitle['Self-assessment autumn 2026']).toMatchObject({
      status: 'closed',
      framework: { slug: 'vet-internationalisation', version: 1 },
      respondentGroups: ['leaders', 'teachers', 'administrative_staff', 'learners'],
      respondents: { total: 25 },
    });
    expect(byTitle['Self-assessment spring 2027']).toMatchObject({
      status: 'open',
      respondents: { total: 7 },
    });
    expect(new Date(byTitle['Self-assessment spring 2027'].closesAt!).getTime()).toBeGreaterThan(Date.now());
  });

  it('has results where recognition and inclusion are clearly the weakest areas, every group shown', async () => {
    const autumn = (await rounds(demoOrgId, manager)).find((r) => r.title === 'Self-assessment autumn 2026')!;
    const view = await results(demoOrgId, autumn.id, manager);
    expect(view.areas).toHaveLength(9);
    const weakestFirst = [...view.areas].sort((a, b) => a.score! - b.score!);
    expect(
      weakestFirst
        .slice(0, 2)
        .map((a) => a.key)
        .sort(),
    ).toEqual(['inclusion', 'recognition']);
    expect(weakestFirst[8].score! - weakestFirst[0].score!).toBeGreaterThan(1);
    expect(view.respondents.byGroup.every((g) => g.shown)).toBe(true);
    expect(view.customQuestions).toHaveLength(1);

    const inFinnish = await results(demoOrgId, autumn.id, manager, 'fi');
    expect(inFinnish.areas.find((a) => a.key === 'recognition')!.title).toBe('Osaamisen tunnustaminen');
  });

  it("has the Erasmus Plan built from the closed round's two weakest areas, with owned actions", async () => {
    const list = (await t.http().get(`/api/orgs/${demoOrgId}/roadmaps`).set(bearer(manager)).expect(200))
      .body as Page<RoadmapSummaryView>;
    const summary = list.items.find((r) => r.title === 'Erasmus Plan 2027-2029')!;
    expect(summary).toMatchObject({ objectives: 2, actions: 4, overdueActions: 1 });
    expect([...summary.focusAreaKeys].sort()).toEqual(['inclusion', 'recognition']);

    const roadmap = (
      await t.http().get(`/api/orgs/${demoOrgId}/roadmaps/${summary.id}`).set(bearer(manager)).expect(200)
    ).body as RoadmapView;
    const autumn = (await rounds(demoOrgId, manager)).find((r) => r.title === 'Self-assessment autumn 2026')!;
    expect(roadmap.sourceRound?.id).toBe(autumn.id);
    const scores = Object.fromEntries(
      (await results(demoOrgId, autumn.id, manager)).areas.map((a) => [a.key, a.score]),
    );
    for (const objective of roadmap.objectives) {
      expect(objective.indicatorKind).toBe('area_score');
      expect(objective.baseline).toBeCloseTo(scores[objective.areaKey!]!, 2);
      expect(objective.target!).toBeGreaterThan(objective.baseline!);
    }
    const actions = roadmap.objectives.flatMap((o) => o.actions);
    expect(actions.map((a) => a.status).sort()).toEqual(['done', 'in_progress', 'planned', 'planned']);
    expect(actions.filter((a) => a.overdue)).toHaveLength(1);
    expect(new Set(actions.map((a) => a.owner?.name))).toEqual(new Set(['Marco Rossi', 'Giulia Romano']));

    const trainer = await tokenOf('trainer@demo.campus');
    const owned = (await t.http().get('/api/me/roadmap-actions').set(bearer(trainer)).expect(200))
      .body as MyRoadmapActionView[];
    expect(owned.length).toBeGreaterThanOrEqual(1);
  });

  it('gives the Partner VET School a closed round of its own, which the demo manager cannot read', async () => {
    const partnerOrgId = await orgIdOf('Partner VET School');
    const partnerManager = await tokenOf('manager@partner.campus');
    const theirs = await rounds(partnerOrgId, partnerManager);
    expect(theirs.map((r) => [r.title, r.status])).toEqual([['Itsearviointi syksy 2026', 'closed']]);
    await t
      .http()
      .get(`/api/orgs/${partnerOrgId}/assessment-rounds/${theirs[0].id}/results`)
      .set(bearer(manager))
      .expect((res) => expect([403, 404]).toContain(res.status));
  });

  it('has a library of at least 12 published resources in all eight languages, some with history', async () => {
    const all = (await t.http().get('/api/resources?pageSize=100').expect(200))
      .body as Page<ResourceSummaryView>;
    expect(all.total).toBeGreaterThanOrEqual(12);
    expect(new Set(all.items.map((r) => r.locale))).toEqual(new Set(LOCALES));
    expect(new Set(all.items.map((r) => r.kind))).toEqual(
      new Set(['document', 'template', 'tutorial', 'link']),
    );
    for (const locale of LOCALES) {
      const page = (await t.http().get(`/api/resources?locale=${locale}`).expect(200))
        .body as Page<ResourceSummaryView>;
      expect([locale, page.total > 0]).toEqual([locale, true]);
    }

    const found = (await t.http().get('/api/resources?q=programme%20guide').expect(200))
      .body as Page<ResourceSummaryView>;
    expect(found.items.map((r) => r.title)).toContain('Erasmus+ Programme Guide (European Commission)');

    const template = all.items.find(
      (r) => r.title === 'Learning agreement template for staff job shadowing',
    )!;
    expect(template).toMatchObject({
      version: 2,
      licence: 'CC-BY-4.0',
      organisation: { name: 'Demo VET School' },
    });
    const detail = (await t.http().get(`/api/resources/${template.id}`).set(bearer(manager)).expect(200))
      .body as ResourceDetailView;
    expect(detail.history.map((h) => [h.version, h.status])).toEqual(
      expect.arrayContaining([
        [1, 'superseded'],
        [2, 'published'],
      ]),
    );
    expect(detail.current?.body).toContain('## 7. After the return');
  });

  it('changes nothing when seeded again', async () => {
    const counts = () =>
      t.ds.query<Record<string, number>[]>(
        `SELECT (SELECT count(*)::int FROM assessment_frameworks) AS frameworks,
                (SELECT count(*)::int FROM assessment_rounds) AS rounds,
                (SELECT count(*)::int FROM assessment_responses) AS responses,
                (SELECT count(*)::int FROM assessment_round_area_scores) AS scores,
                (SELECT count(*)::int FROM roadmaps) AS roadmaps,
                (SELECT count(*)::int FROM roadmap_objectives) AS objectives,
                (SELECT count(*)::int FROM roadmap_actions) AS actions,
                (SELECT count(*)::int FROM resources) AS resources,
                (SELECT count(*)::int FROM resource_versions) AS versions`,
      );
    const before = await counts();
    await seed();
    await seed();
    expect(await counts()).toEqual(before);
    expect(before[0]).toMatchObject({ frameworks: 1, rounds: 3, roadmaps: 1, objectives: 2, actions: 4 });
  });
});
