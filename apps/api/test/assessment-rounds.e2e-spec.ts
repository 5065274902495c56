import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@campus/server-config';
import type { FrameworkContent } from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, SmtpCapture, testEnv, UserFactory, waitFor } from '@campus/server-testing';
import { createApp } from '../src/app.factory';
import { apiConfigSchema } from '../src/config';
import { bearer, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** The token of a round link: the fragment `#token=…` of its URL. */
function tokenOf(url: string): string {
  const token = new URL(url).hash.replace(/^#token=/, '');
  if (!token) throw new Error(`No token in ${url}`);
  return token;
}

/** The real api with its log lines captured (LOG_LEVEL info), to check that no token is logged. */
async function appWithCapturedLogs(lines: string[]): Promise<TestApp> {
  const env = testEnv({ LOG_LEVEL: 'info' });
  const config = loadConfig(apiConfigSchema, env);
  const app = await createApp(config, { logDestination: { write: (line: string) => lines.push(line) } });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  app.flushLogs();
  return {
    app,
    config,
    env,
    ds: app.get<DataSource>(getDataSourceToken()),
    http: () => request(app.getHttpServer()),
    close: () => app.close(),
  };
}

/** A small framework of this file's own: two areas of two statements. */
const CONTENT: FrameworkContent = {
  sourceLocale: 'en',
  title: { en: 'Rounds test framework', fi: 'Kierrosten testikehys' },
  description: { en: 'For the rounds tests.' },
  areas: [
    {
      key: 'strategy',
      title: { en: 'Strategy', fi: 'Strategia' },
      description: {},
      topic: 'internationalisation strategy',
      statements: [
        {
          key: 'strategy-written',
          text: { en: 'Our strategy is written down.', fi: 'Strategiamme on kirjattu.' },
        },
        { key: 'strategy-shared', text: { en: 'Staff know the strategy.' } },
      ],
    },
    {
      key: 'mobility',
      title: { en: 'Mobility' },
      description: {},
      topic: 'mobility',
      statements: [
        { key: 'mobility-prepared', text: { en: 'Participants are prepared.' } },
        { key: 'mobility-recognised', text: { en: 'Learning abroad is recognised.' } },
      ],
    },
  ],
};

const FULL_ANSWERS = {
  'strategy-written': 4,
  'strategy-shared': 2,
  'mobility-prepared': 0,
  'mobility-recognised': 5,
};

describe('assessment rounds, links and anonymous respondents', () => {
  let t: TestApp;
  const logs: string[] = [];
  /** Every token handed out in this file, to look for in the logs at the end. */
  const tokens: string[] = [];
  let worker: INestApplicationContext;
  const smtp = new SmtpCapture();
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let otherManager: string;
  let learner: string;
  let versionId: string;
  let draftVersionId: string;

  const base = () => `/api/orgs/${school.id}/assessment-rounds`;
  const respondent = (token: string) => ({ 'X-Respondent-Token': token });
  const openRound = (body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(base())
      .set(bearer(manager))
      .send({
        frameworkVersionId: versionId,
        title: 'Spring self-assessment',
        locale: 'it',
        respondentGroups: ['teachers', 'leaders'],
        customQuestions: [{ text: 'Do we welcome partner visits?' }, { text: 'Is the budget enough?' }],
        ...body,
      });
  const createLink = async (roundId: string, group = 'teachers', maxResponses?: number) => {
    const res = await t
      .http()
      .post(`${base()}/${roundId}/links`)
      .set(bearer(manager))
      .send({ respondentGroup: group, ...(maxResponses ? { maxResponses } : {}) })
      .expect(201);
    const token = tokenOf(res.body.url);
    tokens.push(token);
    return { link: res.body.link, token, url: res.body.url as string };
  };
  const submit = (
    token: string,
    answers: Record<string, number> = FULL_ANSWERS,
    customAnswers: Record<string, number> = { q1: 3, q2: 1 },
  ) => t.http().post('/api/respond').set(respondent(token)).send({ answers, customAnswers });
  const roundView = async (roundId: string) =>
    (await t.http().get(`${base()}/${roundId}`).set(bearer(manager)).expect(200)).body;

  beforeAll(async () => {
    await smtp.listen();
    t = await appWithCapturedLogs(logs);
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds, {
      name: 'Istituto Rondine (rounds tests)',
      country: 'IT',
    });
    otherSchool = await OrganisationFactory.create(t.ds, {
      name: 'Escola Ronda (rounds tests)',
      country: 'PT',
    });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    learner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    const [framework] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO assessment_frameworks (slug) VALUES ('rounds-tests-framework') RETURNING id`,
    );
    [{ id: versionId }] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content, published_at)
       VALUES ($1, 1, 'published', $2, now()) RETURNING id`,
      [framework.id, JSON.stringify(CONTENT)],
    );
    [{ id: draftVersionId }] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO assessment_framework_versions (framework_id, version, status, content)
       VALUES ($1, 2, 'draft', $2) RETURNING id`,
      [framework.id, JSON.stringify(CONTENT)],
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('opens, lists and reads a round: groups, keyed own questions, counts only', async () => {
    const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const opened = await openRound({ closesAt, minGroupSize: 4 }).expect(201);
    expect(opened.body).toMatchObject({
      organisationId: school.id,
      title: 'Spring self-assessment',
      locale: 'it',
      status: 'open',
      closesAt,
      closedAt: null,
      framework: { versionId, version: 1, slug: 'rounds-tests-framework', title: 'Rounds test framework' },
      respondentGroups: ['teachers', 'leaders'],
      customQuestions: [
        { key: 'q1', text: 'Do we welcome partner visits?' },
        { key: 'q2', text: 'Is the budget enough?' },
      ],
      minGroupSize: 4,
      respondents: {
        total: 0,
        byGroup: [
          { group: 'teachers', respondents: 0, invited: 0, invitationsUsed: 0 },
          { group: 'leaders', respondents: 0, invited: 0, invitationsUsed: 0 },
        ],
      },
      links: [],
    });
    const list = await t.http().get(base()).set(bearer(manager)).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(opened.body.id);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    expect((await roundView(opened.body.id)).id).toBe(opened.body.id);
    const audit = await t.ds.query(
      `SELECT 1 FROM audit_events WHERE action = 'assessment_round.opened' AND target_id = $1`,
      [opened.body.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses a round that is not valid, naming the field', async () => {
    const field = async (body: Record<string, unknown>) => {
      const res = await openRound(body);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      return (res.body.errors as { field: string }[]).map((e) => e.field);
    };
    expect(await field({ frameworkVersionId: draftVersionId })).toEqual(['frameworkVersionId']);
    expect(await field({ closesAt: '2020-01-01T00:00:00Z' })).toEqual(['closesAt']);
    expect(await field({ minGroupSize: 2 })).toEqual(['minGroupSize']);
    expect(await field({ respondentGroups: ['teachers', 'teachers'] })).toEqual(['respondentGroups']);
    expect(await field({ respondentGroups: ['parents'] })).toEqual(['respondentGroups.0']);
    expect(
      await field({ customQuestions: Array.from({ length: 9 }, (_, i) => ({ text: `Question ${i}?` })) }),
    ).toEqual(['customQuestions']);
    expectProblem(await t.http().get(`${base()}/not-a-uuid`).set(bearer(manager)), 400, 'MALFORMED_ID');
  });

  it('keeps rounds to their school: another school’s manager gets 404, a learner 403', async () => {
    const round = (await openRound().expect(201)).body;
    const { link } = await createLink(round.id);
    const routes = (token: string) => [
      t.http().get(base()).set(bearer(token)),
      t
        .http()
        .post(base())
        .set(bearer(token))
        .send({
          frameworkVersionId: versionId,
          title: 'X',
          locale: 'en',
          respondentGroups: ['teachers'],
        }),
      t.http().get(`${base()}/${round.id}`).set(bearer(token)),
      t.http().post(`${base()}/${round.id}/close`).set(bearer(token)),
      t.http().post(`${base()}/${round.id}/links`).set(bearer(token)).send({ respondentGroup: 'teachers' }),
      t.http().post(`${base()}/${round.id}/links/${link.id}/revoke`).set(bearer(token)),
      t
        .http()
        .post(`${base()}/${round.id}/invitations`)
        .set(bearer(token))
        .send({ respondentGroup: 'teachers', emails: ['a@example.org'] }),
    ];
    for (const res of await Promise.all(routes(otherManager))) expectProblem(res, 404, 'NOT_FOUND');
    for (const res of await Promise.all(routes(learner))) expectProblem(res, 403, 'FORBIDDEN');
    // The other school's own path does not reach this round either.
    const foreign = await t
      .http()
      .get(`/api/orgs/${otherSchool.id}/assessment-rounds/${round.id}`)
      .set(bearer(otherManager));
    expectProblem(foreign, 404, 'NOT_FOUND');
    expect((await roundView(round.id)).status).toBe('open');
  });

  it('a shared link opens the questionnaire in the asked language and takes answers; counts only', async () => {
    const round = (await openRound().expect(201)).body;
    const { link, url, token } = await createLink(round.id, 'teachers');
    expect(url).toMatch(/\/answer#token=[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({
      respondentGroup: 'teachers',
      maxResponses: 500,
      responses: 0,
      state: 'active',
    });
    expect(JSON.stringify(link)).not.toMatch(/token|hash/i);

    const page = await t.http().get('/api/respond?locale=fi').set(respondent(token)).expect(200);
    expect(page.body).toMatchObject({
      roundId: round.id,
      roundTitle: 'Spring self-assessment',
      organisationName: 'Istituto Rondine (rounds tests)',
      respondentGroup: 'teachers',
      locale: 'fi',
      roundLocale: 'it',
      framework: { title: 'Kierrosten testikehys' },
      customQuestions: [{ key: 'q1' }, { key: 'q2' }],
    });
    // Finnish where written, the source language where not.
    expect(page.body.areas[0].statements).toEqual([
      { key: 'strategy-written', text: 'Strategiamme on kirjattu.' },
      { key: 'strategy-shared', text: 'Staff know the strategy.' },
    ]);
    expect((await t.http().get('/api/respond').set(respondent(token)).expect(200)).body.locale).toBe('it');

    expect((await submit(token).expect(201)).body).toEqual({ received: true });
    await submit(token).expect(201);
    const view = await roundView(round.id);
    expect(view.respondents.total).toBe(2);
    expect(view.respondents.byGroup).toEqual([
      { group: 'teachers', respondents: 2, invited: 0, invitationsUsed: 0 },
      { group: 'leaders', respondents: 0, invited: 0, invitationsUsed: 0 },
    ]);
    expect(view.links[0]).toMatchObject({ id: link.id, responses: 2, state: 'active' });
    // The view shows counts, never answers.
    expect(JSON.stringify(view)).not.toContain('strategy-written');

    const stored = await t.ds.query<
      { answers: Record<string, number>; custom_answers: Record<string, number> }[]
    >(`SELECT answers, custom_answers FROM assessment_responses WHERE round_id = $1`, [round.id]);
    expect(stored).toEqual([
      { answers: FULL_ANSWERS, custom_answers: { q1: 3, q2: 1 } },
      { answers: FULL_ANSWERS, custom_answers: { q1: 3, q2: 1 } },
    ]);
  });

  it('refuses answers that do not fit the round, naming the key', async () => {
    const round = (await openRound().expect(201)).body;
    const { token } = await createLink(round.id);
    const fields = (res: Awaited<ReturnType<typeof submit>>) => {
      expectProblem(res, 400, 'VALIDATION_FAILED');
      return (res.body.errors as { field: string }[]).map((e) => e.field);
    };
    const { 'strategy-shared': _missing, ...partial } = FULL_ANSWERS;
    expect(fields(await submit(token, partial))).toEqual(['answers.strategy-shared']);
    expect(fields(await submit(token, { ...FULL_ANSWERS, 'made-up': 3 }))).toEqual(['answers.made-up']);
    expect(fields(await submit(token, { ...FULL_ANSWERS, 'strategy-written': 6 }))).toEqual([
      'answers.strategy-written',
    ]);
    expect(fields(await submit(token, { ...FULL_ANSWERS, 'strategy-written': 2.5 }))).toEqual([
      'answers.strategy-written',
    ]);
    expect(fields(await submit(token, FULL_ANSWERS, { q1: 3 }))).toEqual(['customAnswers.q2']);
    expect(fields(await submit(token, FULL_ANSWERS, { q1: 3, q2: 1, q3: 2 }))).toEqual(['customAnswers.q3']);
    expect((await roundView(round.id)).respondents.total).toBe(0);
  });

  it('refuses misused links: malformed, unknown, revoked, rotated, closed', async () => {
    const round = (await openRound().expect(201)).body;
    const first = await createLink(round.id, 'teachers');
    expectProblem(await t.http().get('/api/respond'), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http().get('/api/respond').set(respondent('short')), 404, 'ROUND_LINK_INVALID');
    expectProblem(
      await t
        .http()
        .get('/api/respond')
        .set(respondent('A'.repeat(43))),
      404,
      'ROUND_LINK_INVALID',
    );
    expectProblem(await submit('A'.repeat(43)), 404, 'ROUND_LINK_INVALID');

    // A new shared link for the group replaces the old one at once.
    const second = await createLink(round.id, 'teachers');
    const rotated = await t.http().get('/api/respond').set(respondent(first.token));
    expectProblem(rotated, 410, 'ROUND_LINK_REVOKED');
    expect(rotated.body.detail).toMatch(/withdrawn/);
    expectProblem(await submit(first.token), 410, 'ROUND_LINK_REVOKED');
    // The leaders' link is not touched by the teachers' rotation.
    const leaders = await createLink(round.id, 'leaders');
    await submit(second.token).expect(201);

    const revoked = await t
      .http()
      .post(`${base()}/${round.id}/links/${second.link.id}/revoke`)
      .set(bearer(manager))
      .expect(200);
    expect(revoked.body).toMatchObject({ id: second.link.id, state: 'revoked', responses: 1 });
    expectProblem(await submit(second.token), 410, 'ROUND_LINK_REVOKED');
    // Revoking again changes nothing; a link of another round is not found under this one.
    await t
      .http()
      .post(`${base()}/${round.id}/links/${second.link.id}/revoke`)
      .set(bearer(manager))
      .expect(200);
    const revocations = await t.ds.query(
      `SELECT 1 FROM audit_events WHERE action = 'assessment_round.link_revoked' AND target_id = $1`,
      [round.id],
    );
    expect(revocations).toHaveLength(1);
    const otherRound = (await openRound().expect(201)).body;
    const otherLink = await createLink(otherRound.id, 'teachers');
    expectProblem(
      await t.http().post(`${base()}/${round.id}/links/${otherLink.link.id}/revoke`).set(bearer(manager)),
      404,
      'NOT_FOUND',
    );
    // Another round's token answers that round, never this one.
    await submit(otherLink.token).expect(201);
    expect((await roundView(round.id)).respondents.total).toBe(1);
    expect((await roundView(otherRound.id)).respondents.total).toBe(1);

    // A group the round does not ask.
    const wrongGroup = await t
      .http()
      .post(`${base()}/${round.id}/links`)
      .set(bearer(manager))
      .send({ respondentGroup: 'learners' });
    expectProblem(wrongGroup, 400, 'VALIDATION_FAILED');
    expect(wrongGroup.body.errors).toEqual([{ field: 'respondentGroup', message: expect.any(String) }]);

    await t.http().post(`${base()}/${round.id}/close`).set(bearer(manager)).expect(200);
    expectProblem(
      await t.http().get('/api/respond').set(respondent(leaders.token)),
      410,
      'ROUND_LINK_CLOSED',
    );
    expectProblem(await submit(leaders.token), 410, 'ROUND_LINK_CLOSED');
    expectProblem(
      await t
        .http()
        .post(`${base()}/${round.id}/links`)
        .set(bearer(manager))
        .send({ respondentGroup: 'leaders' }),
      409,
      'ROUND_ALREADY_CLOSED',
    );
  });

  it('a shared link stops at maxResponses, also under concurrent submits', async () => {
    const round = (await openRound().expect(201)).body;
    const { token, link } = await createLink(round.id, 'leaders', 2);
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(token)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 410, 410, 410]);
    for (const r of results.filter((x) => x.status === 410)) expectProblem(r, 410, 'ROUND_LINK_FULL');
    expectProblem(await t.http().get('/api/respond').set(respondent(token)), 410, 'ROUND_LINK_FULL');
    const view = await roundView(round.id);
    expect(view.respondents.total).toBe(2);
    expect(view.links.find((l: { id: string }) => l.id === link.id)).toMatchObject({
      responses: 2,
      state: 'full',
    });
  });

  it('invites by e-mail once per address; the link works once; the mail keeps no token', async () => {
    const round = (await openRound({ locale: 'fi' }).expect(201)).body;
    const invite = (emails: string[], group = 'teachers') =>
      t
        .http()
        .post(`${base()}/${round.id}/invitations`)
        .set(bearer(manager))
        .send({ respondentGroup: group, emails });
    const first = await invite([
      'Ella.Rounds@example.org',
      'ella.rounds@example.org',
      'otto.rounds@example.org',
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ invited: 2, alreadyInvited: 0 });
    // Again, even in another group: nobody is invited twice.
    expect((await invite(['ELLA.ROUNDS@example.org'], 'leaders').expect(200)).body).toEqual({
      invited: 0,
      alreadyInvited: 1,
    });
    const tooMany = await invite(Array.from({ length: 501 }, (_, i) => `p${i}@example.org`));
    expectProblem(tooMany, 400, 'VALIDATION_FAILED');
    expectProblem(await invite(['not an address']), 400, 'VALIDATION_FAILED');

    const mail = await smtp.waitFor('ella.rounds@example.org');
    expect(mail.subject).toContain('Istituto Rondine (rounds tests)');
    const url = mail.text.match(/https?:\/\/\S+\/answer#token=[A-Za-z0-9_-]+/)?.[0];
    expect(url).toBeDefined();
    expect(smtp.mailsTo('ella.rounds@example.org')).toHaveLength(1);
    const token = tokenOf(url!);
    tokens.push(token);

    const page = await t.http().get('/api/respond').set(respondent(token)).expect(200);
    expect(page.body).toMatchObject({ respondentGroup: 'teachers', locale: 'fi' });
    await submit(token).expect(201);
    const again = await submit(token);
    expectProblem(again, 410, 'ROUND_LINK_USED');
    expectProblem(await t.http().get('/api/respond').set(respondent(token)), 410, 'ROUND_LINK_USED');

    const view = await roundView(round.id);
    expect(view.respondents.byGroup[0]).toEqual({
      group: 'teachers',
      respondents: 1,
      invited: 2,
      invitationsUsed: 1,
    });
    expect(JSON.stringify(view)).not.toContain('example.org');

    // Once sent, the mail record no longer holds the link; the link rows hold only hashes.
    const [message] = await waitFor(
      () =>
        t.ds.query<{ status: string; params: Record<string, unknown> }[]>(
          `SELECT status, params FROM email_messages WHERE to_address = 'ella.rounds@example.org'`,
        ),
      (rows) => rows[0]?.status === 'sent',
    );
    expect(JSON.stringify(message.params)).not.toContain(token);
    expect(String(message.params['link'])).not.toContain('/answer');
    const [{ hit }] = await t.ds.query<{ hit: boolean }[]>(
      `SELECT bool_or(row_to_json(l)::text LIKE '%' || $2 || '%') AS hit
         FROM assessment_round_links l WHERE round_id = $1`,
      [round.id, token],
    );
    expect(hit).toBe(false);
    // An invitation's use is kept to the day, no finer than the response's own date.
    const [used] = await t.ds.query<{ midnight: boolean }[]>(
      `SELECT used_at = date_trunc('day', used_at) AS midnight FROM assessment_round_links
        WHERE round_id = $1 AND used_at IS NOT NULL`,
      [round.id],
    );
    expect(used.midnight).toBe(true);
  });

  it('keeps responses anonymous: nothing in a response row leads to a link or an address', async () => {
    const columns = await t.ds.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'assessment_responses' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'answers',
      'custom_answers',
      'id',
      'respondent_group',
      'round_id',
      'submitted_on',
    ]);
    const references = await t.ds.query<{ conname: string }[]>(
      `SELECT conname FROM pg_constraint
        WHERE conrelid = 'assessment_responses'::regclass AND contype = 'f'
          AND confrelid <> 'assessment_rounds'::regclass`,
    );
    expect(references).toEqual([]);
  });

  it('closes a round with its summary; a second close is 409; a passed closing date closes it on read', async () => {
    const round = (await openRound().expect(201)).body;
    const { token } = await createLink(round.id, 'teachers');
    await submit(token).expect(201);
    const closed = await t.http().post(`${base()}/${round.id}/close`).set(bearer(manager)).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', respondents: { total: 1 } });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const scores = await t.ds.query(
      `SELECT respondent_group, area_key, score_sum, score_count, respondents
         FROM assessment_round_area_scores WHERE round_id = $1 ORDER BY area_key`,
      [round.id],
    );
    expect(scores).toEqual([
      { respondent_group: 'teachers', area_key: 'mobility', score_sum: 5, score_count: 1, respondents: 1 },
      { respondent_group: 'teachers', area_key: 'strategy', score_sum: 6, score_count: 2, respondents: 1 },
    ]);
    expectProblem(
      await t.http().post(`${base()}/${round.id}/close`).set(bearer(manager)),
      409,
      'ROUND_ALREADY_CLOSED',
    );
    expectProblem(
      await t
        .http()
        .post(`${base()}/${round.id}/invitations`)
        .set(bearer(manager))
        .send({ respondentGroup: 'teachers', emails: ['late@example.org'] }),
      409,
      'ROUND_ALREADY_CLOSED',
    );

    const expiring = (await openRound().expect(201)).body;
    const late = await createLink(expiring.id, 'teachers');
    await submit(late.token).expect(201);
    await t.ds.query(`UPDATE assessment_rounds SET closes_at = now() - interval '1 hour' WHERE id = $1`, [
      expiring.id,
    ]);
    expectProblem(await submit(late.token), 410, 'ROUND_LINK_CLOSED');
    const [{ closes_at }] = await t.ds.query<{ closes_at: Date }[]>(
      `SELECT closes_at FROM assessment_rounds WHERE id = $1`,
      [expiring.id],
    );
    const settled = await roundView(expiring.id);
    expect(settled).toMatchObject({ status: 'closed', closedAt: closes_at.toISOString() });
    const [{ n }] = await t.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM assessment_round_area_scores WHERE round_id = $1`,
      [expiring.id],
    );
    expect(n).toBe(2);
  });

  it('never writes a respondent token to the logs', () => {
    expect(tokens.length).toBeGreaterThan(5);
    expect(logs.some((l) => l.includes('/api/respond'))).toBe(true);
    for (const token of tokens) expect(logs.filter((l) => l.includes(token))).toEqual([]);
  });
});
