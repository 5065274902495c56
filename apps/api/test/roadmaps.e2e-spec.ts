import type { DataSource } from 'typeorm';
import type { RoadmapView } from '@campus/contracts';
import type { Organisation, User } from '@campus/server-db';
import { writeRoundSummary } from '@campus/server-self-assessment';
import { binaryBody, OrganisationFactory, pdfText, UserFactory } from '@campus/server-testing';
import { publishedOneLessonCourse } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/** Topics of this file's framework: no other file's course carries them. */
const TOPIC = {
  strategy: 'roadmap test strategy',
  partners: 'roadmap test partners',
  office: 'roadmap test office',
};

/** A published framework of three areas, two statements each, written straight to the database. */
async function framework(ds: DataSource): Promise<{ frameworkId: string; versionId: string }> {
  const area = (key: string, en: string, it: string, topic: string) => ({
    key,
    title: { en, it },
    description: {},
    topic,
    statements: [1, 2].map((n) => ({ key: `${key}-s${n}`, text: { en: `${en} statement ${n}` } })),
  });
  const content = {
    sourceLocale: 'en',
    title: { en: 'Roadmap test framework' },
    description: {},
    areas: [
      area('rt-strategy', 'Strategy', 'Strategia', TOPIC.strategy),
      area('rt-partners', 'Partnerships', 'Partenariati', TOPIC.partners),
      area('rt-office', 'International office', 'Ufficio internazionale', TOPIC.office),
    ],
  };
  const [{ id: frameworkId }] = await ds.query(
    `INSERT INTO assessment_frameworks (slug) VALUES ('roadmaps-e2e-${Date.now()}') RETURNING id`,
  );
  const [{ id: versionId }] = await ds.query(
    `INSERT INTO assessment_framework_versions (framework_id, version, status, content, published_at)
     VALUES ($1, 1, 'published', $2, now()) RETURNING id`,
    [frameworkId, JSON.stringify(content)],
  );
  return { frameworkId, versionId };
}

/** A round of the school with one response per answer set; closed (with its summary) when asked. */
async function round(
  ds: DataSource,
  orgId: string,
  versionId: string,
  title: string,
  answers: Record<string, number>[],
  closed: boolean,
): Promise<string> {
  const [{ id }] = await ds.query(
    `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups)
     VALUES ($1, $2, $3, 'en', '{teachers}') RETURNING id`,
    [orgId, versionId, title],
  );
  for (const a of answers) {
    await ds.query(
      `INSERT INTO assessment_responses (round_id, respondent_group, answers) VALUES ($1, 'teachers', $2)`,
      [id, JSON.stringify(a)],
    );
  }
  if (closed) {
    await ds.transaction(async (m) => {
      await m.query(`UPDATE assessment_rounds SET status = 'closed', closed_at = now() WHERE id = $1`, [id]);
      await writeRoundSummary(m, id);
    });
  }
  return id;
}

/** Three respondents: strategy 2.0 (s1 1.67, s2 2.33), partnerships 3.5, office 4.5. */
const FIRST_ANSWERS = [
  {
    'rt-strategy-s1': 1,
    'rt-strategy-s2': 2,
    'rt-partners-s1': 3,
    'rt-partners-s2': 4,
    'rt-office-s1': 4,
    'rt-office-s2': 5,
  },
  {
    'rt-strategy-s1': 2,
    'rt-strategy-s2': 3,
    'rt-partners-s1': 3,
    'rt-partners-s2': 4,
    'rt-office-s1': 5,
    'rt-office-s2': 4,
  },
  {
    'rt-strategy-s1': 2,
    'rt-strategy-s2': 2,
    'rt-partners-s1': 3,
    'rt-partners-s2': 4,
    'rt-office-s1': 4,
    'rt-office-s2': 5,
  },
];

describe('roadmaps: seeded from a round, edited, owned, recommended, measured and exported', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let otherManager: string;
  let learnerToken: string;
  let learner: User;
  let colleague: User;
  let stranger: User;
  let versionId: string;
  let roundId: string;
  let roadmap: RoadmapView;

  const base = () => `/api/orgs/${school.id}/roadmaps`;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'Roadmaps e2e Istituto Aldini', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, {
      name: 'Roadmaps e2e Escola Porto',
      country: 'PT',
    });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    learner = await UserFactory.member(t.ds, school, 'learner', { name: 'Chiara Neri' });
    colleague = await UserFactory.member(t.ds, school, 'trainer', { name: 'Marco Gallo' });
    stranger = await UserFactory.member(t.ds, otherSchool, 'learner', { name: 'Rui Costa' });
    learnerToken = (await signIn(t, learner.email)).token;
    ({ versionId } = await framework(t.ds));
    roundId = await round(t.ds, school.id, versionId, 'Spring self-assessment', FIRST_ANSWERS, true);
  });
  afterAll(() => t.close());

  it("lists a round's areas weakest first with their scores and weakest statements", async () => {
    const res = await t
      .http()
      .get(`${base()}/focus-areas?roundId=${roundId}&locale=it`)
      .set(bearer(manager))
      .expect(200);
    expect(res.body.respondents).toBe(3);
    expect(res.body.areas.map((a: { key: string; score: number }) => [a.key, a.score])).toEqual([
      ['rt-strategy', 2],
      ['rt-partners', 3.5],
      ['rt-office', 4.5],
    ]);
    expect(res.body.areas[0]).toMatchObject({
      title: 'Strategia',
      topic: TOPIC.strategy,
      weakestStatements: [
        { key: 'rt-strategy-s1', score: 1.67 },
        { key: 'rt-strategy-s2', score: 2.33 },
      ],
    });
    // Another school's manager cannot read the round.
    const other = await t
      .http()
      .get(`/api/orgs/${otherSchool.id}/roadmaps/focus-areas?roundId=${roundId}`)
      .set(bearer(otherManager));
    expectProblem(other, 404, 'NOT_FOUND');
  });

  it('refuses an open round (its results show once it is closed), for focus areas and for a new roadmap', async () => {
    const openRound = await round(t.ds, school.id, versionId, 'Autumn self-assessment', FIRST_ANSWERS, false);
    const focus = await t.http().get(`${base()}/focus-areas?roundId=${openRound}`).set(bearer(manager));
    expectProblem(focus, 409, 'CONFLICT');
    expect(focus.body.detail).toMatch(/roadmap starts from a closed round/);
    const created = await t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({
        title: 'Too early',
        locale: 'en',
        fromRound: { roundId: openRound, focusAreaKeys: ['rt-strategy'] },
      });
    expectProblem(created, 409, 'CONFLICT');
    const [{ count }] = await t.ds.query(
      `SELECT count(*)::int AS count FROM roadmaps WHERE organisation_id = $1 AND title = 'Too early'`,
      [school.id],
    );
    expect(count).toBe(0);
  });

  it("creates a roadmap from the round's two weakest areas: baselines are the round's scores", async () => {
    const res = await t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({
        title: 'Piano 2027-2029',
        locale: 'it',
        startsOn: '2027-09-01',
        endsOn: '2029-08-31',
        activityEstimates: [{ year: 2028, activityType: 'SM-JOB-SHDW', participants: 6 }],
        fromRound: { roundId, focusAreaKeys: ['rt-strategy', 'rt-partners'] },
      })
      .expect(201);
    roadmap = res.body;
    expect(roadmap.sourceRound).toMatchObject({ id: roundId, title: 'Spring self-assessment' });
    expect(roadmap.focusAreaKeys).toEqual(['rt-strategy', 'rt-partners']);
    expect(
      roadmap.objectives.map((o) => [
        o.areaKey,
        o.title,
        o.indicatorKind,
        o.baseline,
        o.target,
        o.actions.length,
      ]),
    ).toEqual([
      ['rt-strategy', 'Strategia', 'area_score', 2, 3, 2],
      ['rt-partners', 'Partenariati', 'area_score', 3.5, 4.5, 2],
    ]);
    expect(roadmap.objectives[0].explanation).toContain('Strategy statement 1');
    expect(roadmap.objectives[0].actions.every((a) => a.owner === null && a.status === 'planned')).toBe(true);

    const [audit] = await t.ds.query(
      `SELECT details FROM audit_events WHERE action = 'roadmap.created' AND target_id = $1`,
      [roadmap.id],
    );
    expect(audit.details).toMatchObject({ roundId, focusAreaKeys: ['rt-strategy', 'rt-partners'] });
  });

  it('refuses focus areas the round does not have, and more than three', async () => {
    const unknown = await t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({ title: 'X', locale: 'en', fromRound: { roundId, focusAreaKeys: ['no-such-area'] } });
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'fromRound.focusAreaKeys' })]);
    const many = await t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({ title: 'X', locale: 'en', fromRound: { roundId, focusAreaKeys: ['a', 'b', 'c', 'd'] } });
    expectProblem(many, 400, 'VALIDATION_FAILED');
  });

  it('edits objectives and actions; an owner must be a member of the school', async () => {
    const objective = roadmap.objectives[0];
    const edited = await t
      .http()
      .patch(`${base()}/${roadmap.id}/objectives/${objective.id}`)
      .set(bearer(manager))
      .send({ title: 'Una strategia scritta', startsOn: '2027-09-01', endsOn: '2028-06-30', target: 3.5 })
      .expect(200);
    expect(edited.body.objectives[0]).toMatchObject({
      title: 'Una strategia scritta',
      startsOn: '2027-09-01',
      endsOn: '2028-06-30',
      baseline: 2,
      target: 3.5,
    });

    const added = await t
      .http()
      .post(`${base()}/${roadmap.id}/objectives/${objective.id}/actions`)
      .set(bearer(manager))
      .send({ title: 'Scrivere la strategia', ownerId: learner.id, dueOn: '2020-01-15' })
      .expect(201);
    const action = added.body.objectives[0].actions.at(-1);
    expect(action).toMatchObject({
      title: 'Scrivere la strategia',
      owner: { id: learner.id, name: 'Chiara Neri' },
      overdue: true,
    });

    const outsider = await t
      .http()
      .patch(`${base()}/${roadmap.id}/actions/${action.id}`)
      .set(bearer(manager))
      .send({ ownerId: stranger.id });
    expectProblem(outsider, 400, 'VALIDATION_FAILED');
    expect(outsider.body.errors).toEqual([expect.objectContaining({ field: 'ownerId' })]);

    const seeded = objective.actions[0];
    const done = await t
      .http()
      .patch(`${base()}/${roadmap.id}/actions/${seeded.id}`)
      .set(bearer(manager))
      .send({ ownerId: colleague.id, status: 'done', notes: 'Discussed at the staff meeting' })
      .expect(200);
    const saved = done.body.objectives[0].actions.find((a: { id: string }) => a.id === seeded.id);
    expect(saved).toMatchObject({ status: 'done', owner: { id: colleague.id } });
    expect(saved.completedAt).toEqual(expect.any(String));

    const reopened = await t
      .http()
      .patch(`${base()}/${roadmap.id}/actions/${seeded.id}`)
      .set(bearer(manager))
      .send({ status: 'in_progress' })
      .expect(200);
    expect(
      reopened.body.objectives[0].actions.find((a: { id: string }) => a.id === seeded.id).completedAt,
    ).toBeNull();

    // An area score is read from rounds, never typed in.
    const typed = await t
      .http()
      .patch(`${base()}/${roadmap.id}/objectives/${objective.id}`)
      .set(bearer(manager))
      .send({ currentValue: 4 })
      .expect(200);
    expect(typed.body.objectives[0].currentValue).toBeNull();
  });

  it('keeps every roadmap to its school: 404 for another school, 403 for non-managers, 400 for malformed ids', async () => {
    const other = await t
      .http()
      .get(`/api/orgs/${otherSchool.id}/roadmaps/${roadmap.id}`)
      .set(bearer(otherManager));
    expectProblem(other, 404, 'NOT_FOUND');
    const foreign = await t.http().get(`${base()}/${roadmap.id}`).set(bearer(otherManager));
    expectProblem(foreign, 404, 'NOT_FOUND');
    const edit = await t
      .http()
      .patch(`/api/orgs/${otherSchool.id}/roadmaps/${roadmap.id}`)
      .set(bearer(otherManager))
      .send({ title: 'Taken over' });
    expectProblem(edit, 404, 'NOT_FOUND');
    const list = await t
      .http()
      .get(`/api/orgs/${otherSchool.id}/roadmaps`)
      .set(bearer(otherManager))
      .expect(200);
    expect(list.body.items).toEqual([]);

    expectProblem(await t.http().get(`${base()}/${roadmap.id}`).set(bearer(learnerToken)), 403, 'FORBIDDEN');
    expectProblem(await t.http().get(`${base()}/not-an-id`).set(bearer(manager)), 400, 'MALFORMED_ID');

    const mine = await t.http().get(base()).set(bearer(manager)).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: roadmap.id, objectives: 2, actions: 5, overdueActions: 1 }),
    ]);
  });

  it("lets an action's owner update its status and notes, and nothing else", async () => {
    const list = await t.http().get('/api/me/roadmap-actions').set(bearer(learnerToken)).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        title: 'Scrivere la strategia',
        objectiveTitle: 'Una strategia scritta',
        roadmap: expect.objectContaining({ id: roadmap.id, organisationName: school.name }),
      }),
    ]);
    const actionId = list.body[0].id as string;
    const updated = await t
      .http()
      .patch(`/api/me/roadmap-actions/${actionId}`)
      .set(bearer(learnerToken))
      .send({ status: 'done', notes: 'Draft shared with the board', title: 'Ignored' })
      .expect(200);
    expect(updated.body).toMatchObject({
      status: 'done',
      notes: 'Draft shared with the board',
      title: 'Scrivere la strategia',
      overdue: false,
    });
    expectProblem(
      await t
        .http()
        .patch(`/api/me/roadmap-actions/${actionId}`)
        .set(bearer(learnerToken))
        .send({ title: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    // Someone else's action, even a manager's colleague's: 404.
    const colleagueToken = (await signIn(t, colleague.email)).token;
    const seeded = roadmap.objectives[0].actions[0].id;
    expectProblem(
      await t
        .http()
        .patch(`/api/me/roadmap-actions/${actionId}`)
        .set(bearer(colleagueToken))
        .send({ status: 'planned' }),
      404,
      'NOT_FOUND',
    );
    await t
      .http()
      .patch(`/api/me/roadmap-actions/${seeded}`)
      .set(bearer(colleagueToken))
      .send({ status: 'done' })
      .expect(200);
  });

  it('recommends published courses of each area topic the school can see, with enrolments, and enrols from them', async () => {
    const own = await publishedOneLessonCourse(t, school.id, manager, {
      title: 'Writing an internationalisation strategy',
      topics: [TOPIC.strategy],
      visibility: 'organisation',
    });
    const elsewhere = await publishedOneLessonCourse(t, otherSchool.id, otherManager, {
      title: 'Porto-only strategy course',
      topics: [TOPIC.strategy],
      visibility: 'organisation',
    });
    const open = await publishedOneLessonCourse(t, otherSchool.id, otherManager, {
      title: 'Finding partner schools',
      topics: [TOPIC.partners],
    });
    const unrelated = await publishedOneLessonCourse(t, school.id, manager, { topics: [TOPIC.office] });

    await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments`)
      .set(bearer(manager))
      .send({ courseId: own.courseId, userIds: [learner.id, colleague.id] })
      .expect(200);
    const res = await t
      .http()
      .get(`${base()}/${roadmap.id}/recommendations`)
      .set(bearer(manager))
      .expect(200);
    expect(
      res.body.areas.map((a: { areaKey: string; title: string; courses: { id: string }[] }) => [
        a.areaKey,
        a.title,
        a.courses.map((c) => c.id),
      ]),
    ).toEqual([
      ['rt-strategy', 'Strategia', [own.courseId]],
      ['rt-partners', 'Partenariati', [open.courseId]],
    ]);
    expect(res.body.areas[0].courses[0]).toMatchObject({ enrolled: 2, completed: 0 });
    const ids = JSON.stringify(res.body);
    expect(ids).not.toContain(elsewhere.courseId);
    expect(ids).not.toContain(unrelated.courseId);
    expectProblem(
      await t.http().get(`${base()}/${roadmap.id}/recommendations`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
  });

  it('measures area scores against a round closed after the roadmap was made', async () => {
    const before = await t.http().get(`${base()}/${roadmap.id}/progress`).set(bearer(manager)).expect(200);
    expect(before.body.measuredBy).toBeNull();
    expect(before.body.objectives[0]).toMatchObject({
      baseline: 2,
      target: 3.5,
      current: null,
      percent: null,
    });

    // Strategy 3.0 now (half-way from 2 to 3.5 is 2.75: 67 %), partnerships 4.5 (its target).
    const later = FIRST_ANSWERS.map(() => ({
      'rt-strategy-s1': 3,
      'rt-strategy-s2': 3,
      'rt-partners-s1': 4,
      'rt-partners-s2': 5,
      'rt-office-s1': 5,
      'rt-office-s2': 5,
    }));
    const laterRound = await round(t.ds, school.id, versionId, 'Autumn self-assessment', later, true);
    const res = await t.http().get(`${base()}/${roadmap.id}/progress`).set(bearer(manager)).expect(200);
    expect(res.body.measuredBy).toMatchObject({ roundId: laterRound, title: 'Autumn self-assessment' });
    expect(
      res.body.objectives.map((o: { current: number; percent: number }) => [o.current, o.percent]),
    ).toEqual([
      [3, 67],
      [4.5, 100],
    ]);
    expect(res.body.objectives[0].actions).toEqual({ total: 3, done: 2, cancelled: 0, overdue: 0 });
    expect(res.body.actions).toEqual({ total: 5, done: 2, overdue: 0 });
  });

  it('exports the roadmap as a PDF in its language', async () => {
    const res = await t
      .http()
      .get(`${base()}/${roadmap.id}/roadmap.pdf`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = (await pdfText(res.body as Buffer)).replace(/\s+/g, ' ');
    for (const expected of [
      school.name,
      'Piano 2027-2029',
      'Piano di internazionalizzazione',
      'Una strategia scritta',
      'Partenariati',
      'Scrivere la strategia',
      'Chiara Neri',
      'Completata',
      'SM-JOB-SHDW',
      '1 settembre 2027',
    ]) {
      expect(text).toContain(expected);
    }
    expectProblem(
      await t
        .http()
        .get(`/api/orgs/${otherSchool.id}/roadmaps/${roadmap.id}/roadmap.pdf`)
        .set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
  });

  it('makes blank roadmaps, and refuses area scores without a round', async () => {
    const blank = await t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({ title: 'Blank plan', locale: 'en' })
      .expect(201);
    expect(blank.body.objectives).toEqual([]);
    const areaScore = await t.http().post(`${base()}/${blank.body.id}/objectives`).set(bearer(manager)).send({
      title: 'Better strategy',
      indicator: 'Area score',
      indicatorKind: 'area_score',
      areaKey: 'rt-strategy',
    });
    expectProblem(areaScore, 400, 'VALIDATION_FAILED');
    const counted = await t
      .http()
      .post(`${base()}/${blank.body.id}/objectives`)
      .set(bearer(manager))
      .send({
        title: 'More job shadowing',
        indicator: 'Staff who shadowed abroad',
        baseline: 2,
        target: 10,
        currentValue: 6,
      })
      .expect(201);
    const progress = await t
      .http()
      .get(`${base()}/${blank.body.id}/progress`)
      .set(bearer(manager))
      .expect(200);
    expect(progress.body.objectives[0]).toMatchObject({ current: 6, percent: 50 });
    expect(counted.body.objectives[0].indicatorKind).toBe('number');
    await t.http().delete(`${base()}/${blank.body.id}`).set(bearer(manager)).expect(204);
    expectProblem(await t.http().get(`${base()}/${blank.body.id}`).set(bearer(manager)), 404, 'NOT_FOUND');
  });
});
