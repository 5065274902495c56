import type { RoundResultsView } from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { AssessmentChangeFeed, writeRoundSummary } from '@campus/server-self-assessment';
import { binaryBody, OrganisationFactory, pdfText, UserFactory } from '@campus/server-testing';
import { noticesDelivered } from './support/change-feeds';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/** The cells of a CSV line written by @campus/server-csv (every cell quoted). */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`"((?:[^"]|"")*)"(?:${sep}|$)`, 'gy');
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null && m[0] !== '') out.push(m[1].replace(/""/g, '"'));
  return out;
}

type Answers = Record<string, number>;

/** Two areas in version 1; version 2 adds a third. Keys stay, so rounds of both compare. */
function content(withThirdArea: boolean) {
  const areas = [
    {
      key: 'vision',
      title: { en: 'Vision and strategy', it: 'Visione e strategia' },
      description: {},
      topic: 'internationalisation strategy',
      statements: [
        { key: 'vision-plan', text: { en: 'We have a written internationalisation plan.' } },
        { key: 'vision-budget', text: { en: 'The plan has a budget.' } },
      ],
    },
    {
      key: 'people',
      title: { en: 'People', it: 'Persone' },
      description: {},
      topic: 'staff development',
      statements: [{ key: 'people-training', text: { en: 'Staff are trained for mobility.' } }],
    },
  ];
  if (withThirdArea)
    areas.push({
      key: 'recognition',
      title: { en: 'Recognition', it: 'Riconoscimento' },
      description: {},
      topic: 'recognition',
      statements: [{ key: 'recognition-ects', text: { en: 'Learning abroad is recognised.' } }],
    });
  return { sourceLocale: 'en', title: { en: 'Results test framework' }, description: {}, areas };
}

describe('self-assessment results', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let trainer: string;
  let otherManager: string;
  let v1: string;
  let v2: string;
  let earlierRound: string;
  let round: string;
  let smallRound: string;
  let otherRound: string;
  let frameworkId: string;

  async function insertRound(
    org: Organisation,
    versionId: string,
    attrs: { title: string; closedAt?: string; groups?: string[]; custom?: { key: string; text: string }[] },
  ): Promise<string> {
    const [row] = await t.ds.query(
      `INSERT INTO assessment_rounds
              (organisation_id, framework_version_id, title, locale, respondent_groups, custom_questions,
               status, closed_at, created_at)
       VALUES ($1, $2, $3, 'en', $4, $5, $6, $7, coalesce($7::timestamptz - interval '30 days', now()))
       RETURNING id`,
      [
        org.id,
        versionId,
        attrs.title,
        attrs.groups ?? ['teachers', 'leaders', 'learners'],
        JSON.stringify(attrs.custom ?? []),
        attrs.closedAt ? 'closed' : 'open',
        attrs.closedAt ?? null,
      ],
    );
    return row.id;
  }

  async function respond(roundId: string, group: string, answers: Answers, custom: Answers = {}, times = 1) {
    for (let i = 0; i < times; i++)
      await t.ds.query(
        `INSERT INTO assessment_responses (round_id, respondent_group, answers, custom_answers)
         VALUES ($1, $2, $3, $4)`,
        [roundId, group, JSON.stringify(answers), JSON.stringify(custom)],
      );
  }

  /** A closed round (its summary written as closing writes it) of a school, teachers answering. */
  async function closedRound(org: Organisation, closedAt: string, answers: Answers, respondents = 3) {
    const id = await insertRound(org, v2, { title: `Round of ${closedAt}`, closedAt });
    await respond(id, 'teachers', answers, {}, respondents);
    await writeRoundSummary(t.ds.manager, id);
    return id;
  }

  /** Rounds closed by SQL reach the api's kept results through the change feed, as another replica's would. */
  const changesNotified = () => noticesDelivered(t, t.app.get(AssessmentChangeFeed), 'assessment_changed');

  const results = (roundId: string, token = manager, query = '', org = school.id) =>
    t.http().get(`/api/orgs/${org}/assessment-rounds/${roundId}/results${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'Results Test Istituto Volta', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, {
      name: 'Results Test Escola Porto',
      country: 'PT',
    });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'en' })).email))
      .token;
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;

    const [framework] = await t.ds.query(
      `INSERT INTO assessment_frameworks (slug) VALUES ('results-test-framework') RETURNING id`,
    );
    frameworkId = framework.id;
    [{ id: v1 }] = await t.ds.query(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content)
       VALUES ($1, 1, 'retired', $2) RETURNING id`,
      [framework.id, JSON.stringify(content(false))],
    );
    [{ id: v2 }] = await t.ds.query(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content)
       VALUES ($1, 2, 'published', $2) RETURNING id`,
      [framework.id, JSON.stringify(content(true))],
    );

    // Last year's round on version 1: vision 2.00, people 3.00.
    earlierRound = await insertRound(school, v1, { title: 'Autumn 2025', closedAt: '2025-11-20T10:00:00Z' });
    await respond(
      earlierRound,
      'teachers',
      { 'vision-plan': 2, 'vision-budget': 2, 'people-training': 3 },
      {},
      3,
    );
    await writeRoundSummary(t.ds.manager, earlierRound);

    // This year's round on version 2 (closed below: results show only for closed rounds).
    round = await insertRound(school, v2, {
      title: 'Spring 2026',
      custom: [{ key: 'q1', text: 'Our pupils want to go abroad.' }],
    });
    const teachers: [Answers, Answers][] = [
      [{ 'vision-plan': 4, 'vision-budget': 5, 'people-training': 3, 'recognition-ects': 0 }, { q1: 5 }],
      [{ 'vision-plan': 3, 'vision-budget': 0, 'people-training': 4, 'recognition-ects': 0 }, { q1: 4 }],
      [{ 'vision-plan': 5, 'vision-budget': 4, 'people-training': 2, 'recognition-ects': 2 }, { q1: 3 }],
      [{ 'vision-plan': 4, 'vision-budget': 3, 'people-training': 3, 'recognition-ects': 0 }, { q1: 4 }],
    ];
    for (const [answers, custom] of teachers) await respond(round, 'teachers', answers, custom);
    // One leader: below the minimum group size, never shown and never pooled into the overall.
    await respond(
      round,
      'leaders',
      { 'vision-plan': 1, 'vision-budget': 1, 'people-training': 1, 'recognition-ects': 1 },
      { q1: 1 },
    );
    await respond(
      round,
      'learners',
      { 'vision-plan': 2, 'vision-budget': 2, 'people-training': 5, 'recognition-ects': 0 },
      {},
      3,
    );

    smallRound = await insertRound(school, v2, { title: 'Pilot with two teachers' });
    await respond(
      smallRound,
      'teachers',
      { 'vision-plan': 5, 'vision-budget': 5, 'people-training': 5 },
      {},
      2,
    );
    // Closed as closing does, this year's round first; the pilot's two answers never make it
    // the school's round among the peers.
    for (const [id, closedAt] of [
      [round, '2026-03-01T00:00:00Z'],
      [smallRound, '2026-03-02T00:00:00Z'],
    ]) {
      await t.ds.query(`UPDATE assessment_rounds SET status = 'closed', closed_at = $2 WHERE id = $1`, [
        id,
        closedAt,
      ]);
      await writeRoundSummary(t.ds.manager, id);
    }

    otherRound = await insertRound(otherSchool, v2, { title: 'Porto round' });
  });

  afterAll(() => t.close());

  it('scores areas per group, hides a group below the minimum size, leaves "does not apply" out', async () => {
    const res = await results(round).expect(200);
    const view = res.body as RoundResultsView;
    expect(view).toMatchObject({
      roundId: round,
      title: 'Spring 2026',
      status: 'closed',
      organisationName: 'Results Test Istituto Volta',
      minGroupSize: 3,
      framework: { slug: 'results-test-framework', version: 2, title: 'Results test framework' },
      respondents: {
        total: 8,
        byGroup: [
          { group: 'leaders', count: 1, shown: false },
          { group: 'teachers', count: 4, shown: true },
          { group: 'learners', count: 3, shown: true },
        ],
      },
    });
    const [vision, people, recognition] = view.areas;
    // Teachers 28/7 = 4.00 (one "does not apply" left out); learners 12/6 = 2.00; the lone
    // leader's 1s are in no number: overall (28 + 12) / 13 = 3.08.
    expect(vision).toMatchObject({
      key: 'vision',
      title: 'Vision and strategy',
      score: 3.08,
      byGroup: { leaders: null, teachers: 4, learners: 2 },
      spread: 2,
    });
    expect(vision.statements[1]).toMatchObject({
      key: 'vision-budget',
      score: 3,
      byGroup: { leaders: null, teachers: 4, learners: 2 },
      doesNotApply: 1,
    });
    expect(people).toMatchObject({ score: 3.86, byGroup: { teachers: 3, learners: 5 }, spread: 2 });
    // Only one score given: 6 of the 7 pooled respondents said it does not apply.
    expect(recognition).toMatchObject({ score: 2, byGroup: { teachers: 2, learners: null }, spread: null });
    expect(recognition.statements[0].doesNotApply).toBe(6);
    expect(view.customQuestions).toEqual([
      {
        key: 'q1',
        text: 'Our pupils want to go abroad.',
        score: 4,
        byGroup: { leaders: null, teachers: 4, learners: null },
      },
    ]);
  });

  it('hides every group and the overall score while fewer than the minimum answered', async () => {
    const view = (await results(smallRound).expect(200)).body as RoundResultsView;
    expect(view.respondents.total).toBe(2);
    expect(view.respondents.byGroup.find((g) => g.group === 'teachers')).toEqual({
      group: 'teachers',
      count: 2,
      shown: false,
    });
    for (const area of view.areas) {
      expect(area.score).toBeNull();
      expect(area.byGroup.teachers).toBeNull();
      for (const s of area.statements) expect(s).toMatchObject({ score: null, doesNotApply: 0 });
    }
  });

  it('compares with the earlier closed round of another version by area key', async () => {
    const view = (await results(round).expect(200)).body as RoundResultsView;
    const earlier = (key: string) => view.areas.find((a) => a.key === key)?.earlier;
    expect(earlier('vision')).toEqual([
      { roundId: earlierRound, title: 'Autumn 2025', closedAt: '2025-11-20T10:00:00.000Z', score: 2 },
    ]);
    expect(earlier('people')?.[0].score).toBe(3);
    // Version 1 had no recognition area.
    expect(earlier('recognition')?.[0].score).toBeNull();
    // The earlier round itself has nothing earlier.
    const first = (await results(earlierRound).expect(200)).body as RoundResultsView;
    expect(first.status).toBe('closed');
    expect(first.areas[0].earlier).toEqual([]);
    expect(first.areas[0].score).toBe(2);
  });

  it('shows the peer median only once five schools have closed a round, over their latest rounds', async () => {
    const before = (await results(round).expect(200)).body as RoundResultsView;
    expect(before.peers).toEqual({ schools: 1, shown: false });
    expect(before.areas.every((a) => a.peerMedian === null)).toBe(true);

    const peer = (n: number) =>
      OrganisationFactory.create(t.ds, { name: `Results Test Peer ${n}`, country: 'FI' });
    // Latest rounds per school: vision 3, 4, 5, 1 (and ours 2) → median 3; people 4, 4, 5, 5
    // (and ours 3) → median 4. Peer 1's older round (vision 5) is not its latest.
    const [p1, p2, p3, p4] = [await peer(1), await peer(2), await peer(3), await peer(4)];
    await closedRound(p1, '2025-06-01T00:00:00Z', {
      'vision-plan': 5,
      'vision-budget': 5,
      'people-training': 1,
    });
    await closedRound(p1, '2026-01-01T00:00:00Z', {
      'vision-plan': 3,
      'vision-budget': 3,
      'people-training': 4,
    });
    await closedRound(p2, '2026-01-02T00:00:00Z', {
      'vision-plan': 4,
      'vision-budget': 4,
      'people-training': 4,
    });
    await closedRound(p3, '2026-01-03T00:00:00Z', {
      'vision-plan': 5,
      'vision-budget': 5,
      'people-training': 5,
    });

    await changesNotified();
    const four = (await results(round).expect(200)).body as RoundResultsView;
    expect(four.peers).toEqual({ schools: 4, shown: false });
    expect(four.areas[0].peerMedian).toBeNull();

    // Closed at a time with microseconds, as now() writes it.
    await closedRound(p4, '2026-01-04T00:00:00.123456Z', {
      'vision-plan': 1,
      'vision-budget': 1,
      'people-training': 5,
    });
    await changesNotified();
    const five = (await results(round).expect(200)).body as RoundResultsView;
    expect(five.peers).toEqual({ schools: 5, shown: true });
    expect(five.areas.map((a) => [a.key, a.peerMedian])).toEqual([
      ['vision', 3],
      ['people', 4],
      // Only ours has a score in it: the teacher's 2 and the leader's 1 (peers pool every group).
      ['recognition', 1.5],
    ]);

    // Stored with the closed rounds it came from: asking again reads it, computes nothing.
    const computedAt = async () =>
      (
        await t.ds.query(
          `SELECT computed_at::text AS at FROM assessment_peer_medians WHERE framework_id = $1`,
          [frameworkId],
        )
      )[0].at as string;
    const stored = await computedAt();
    await results(round).expect(200);
    expect(await computedAt()).toBe(stored);
  });

  it('closes a round whose closing date passed before showing it, with its summary', async () => {
    const past = await insertRound(school, v2, { title: 'Closed by its date' });
    await respond(past, 'teachers', { 'vision-plan': 5, 'vision-budget': 5, 'people-training': 5 }, {}, 3);
    await t.ds.query(`UPDATE assessment_rounds SET closes_at = '2026-02-01T00:00:00Z' WHERE id = $1`, [past]);
    const view = (await results(past).expect(200)).body as RoundResultsView;
    expect(view).toMatchObject({ status: 'closed', closedAt: '2026-02-01T00:00:00.000Z' });
    const [summary] = await t.ds.query(
      `SELECT count(*)::int AS n FROM assessment_round_area_scores WHERE round_id = $1`,
      [past],
    );
    expect(summary.n).toBeGreaterThan(0);
    // It closed before the open round's results were asked: it is an earlier round there now.
    const open = (await results(round).expect(200)).body as RoundResultsView;
    expect(open.areas[0].earlier.map((e) => [e.title, e.score])).toEqual([
      ['Autumn 2025', 2],
      ['Closed by its date', 5],
    ]);
  });

  it('answers only the managers of the round school', async () => {
    expectProblem(await results(round, trainer), 403, 'FORBIDDEN');
    // Another school's manager: 404 as for a missing round, with the school's id or their own.
    expectProblem(await results(round, otherManager, '', school.id), 404, 'NOT_FOUND');
    expectProblem(await results(round, otherManager, '', otherSchool.id), 404, 'NOT_FOUND');
    expectProblem(await results(otherRound, manager), 404, 'NOT_FOUND');
    expectProblem(await results('7f3c2a9e-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectProblem(await results('not-a-uuid'), 400, 'MALFORMED_ID');
    expectProblem(await results(round, manager, '?locale=xx'), 400, 'VALIDATION_FAILED');
    await t.http().get(`/api/orgs/${school.id}/assessment-rounds/${round}/results`).expect(401);
  });

  it('writes texts in the asked language', async () => {
    const view = (await results(round, manager, '?locale=it').expect(200)).body as RoundResultsView;
    expect(view.locale).toBe('it');
    expect(view.areas[0].title).toBe('Visione e strategia');
    // No Italian statement text: the source language's.
    expect(view.areas[0].statements[0].text).toBe('We have a written internationalisation plan.');
  });

  it('exports a PDF for the board with the radar chart legend and a table per area', async () => {
    const res = await t
      .http()
      .get(`/api/orgs/${school.id}/assessment-rounds/${round}/results.pdf?locale=en`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(res.body as Buffer);
    for (const expected of [
      'Results Test Istituto Volta',
      'Self-assessment results',
      'Spring 2026',
      'Round closed on',
      'Leaders',
      'hidden: fewer than 3',
      '1. Vision and strategy',
      '3. Recognition',
      'Spread between groups',
      'Earlier round: Autumn 2025',
      'Our pupils want to go abroad.',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('3.08');

    const greek = await t
      .http()
      .get(`/api/orgs/${school.id}/assessment-rounds/${round}/results.pdf?locale=el`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(await pdfText(greek.body as Buffer)).toContain('Αποτελέσματα αυτοαξιολόγησης');
    expectProblem(
      await t
        .http()
        .get(`/api/orgs/${school.id}/assessment-rounds/${round}/results.pdf`)
        .set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
  });

  it('exports a CSV with a row per area and statement, hidden values empty', async () => {
    const res = await t
      .http()
      .get(`/api/orgs/${school.id}/assessment-rounds/${round}/results.csv?locale=en`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = (res.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const rows = lines.map((l) => cells(l, ','));
    expect(rows[0].slice(0, 8)).toEqual([
      'Area',
      'Statement',
      'Overall',
      'Leaders',
      'Teachers',
      'Learners',
      'Spread between groups',
      'Does not apply',
    ]);
    expect(rows[0][8]).toContain('Earlier round: Autumn 2025');
    expect(rows[1].slice(0, 7)).toEqual(['Vision and strategy', '', '3.08', '', '4', '2', '2']);
    expect(rows[1][8]).toBe('2');
    // Statement rows leave the earlier rounds and the peer median (area figures only) empty.
    expect(rows[3]).toEqual([
      'Vision and strategy',
      'The plan has a budget.',
      '3',
      '',
      '4',
      '2',
      '2',
      '1',
      ...rows[0].slice(8).map(() => ''),
    ]);
    expect(rows.at(-1)?.slice(0, 6)).toEqual([
      'Own question',
      'Our pupils want to go abroad.',
      '4',
      '',
      '4',
      '',
    ]);

    const italian = await t
      .http()
      .get(`/api/orgs/${school.id}/assessment-rounds/${round}/results.csv?locale=it`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const itRow = cells((italian.body as Buffer).toString('utf8').split('\r\n')[1], ';');
    expect(itRow.slice(0, 3)).toEqual(['Visione e strategia', '', '3,08']);
  });
});
