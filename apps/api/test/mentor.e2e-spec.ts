import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { LearningAgreementContent } from '@campus/contracts';
import type { Mobility, Organisation, User } from '@campus/server-db';
import { MentorLinksService } from '@campus/server-mobility';
import {
  agreedAgreement,
  LearningAgreementFactory,
  logEntries,
  MobilityFactory,
  OrganisationFactory,
  SmtpCapture,
  UserFactory,
  waitFor,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** The token of a mentor link: the fragment `#token=…` of the mailed URL. */
function tokenOf(url: string): string {
  const token = new URL(url).hash.replace(/^#token=/, '');
  if (!token) throw new Error(`No token in ${url}`);
  return token;
}

describe('host mentor links and pages', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const smtp = new SmtpCapture();
  let school: Organisation;
  let otherSchool: Organisation;
  let managerUser: User;
  let manager: string;
  let otherManager: string;
  let learnerUser: User;
  let learner: string;

  const orgBase = (m: Mobility) => `/api/orgs/${school.id}/mobilities/${m.id}`;
  const mentor = (token: string) => ({ 'X-Mentor-Token': token });
  /** The manager sends (or re-sends) the mobility's mentor link. */
  const sendLink = (m: Mobility) =>
    t
      .http()
      .post(`${orgBase(m)}/mentor-links`)
      .set(bearer(manager))
      .expect(201);
  /** A link issued the way the manager's send does, without the mail. */
  const issueLink = async (m: Mobility) =>
    tokenOf((await t.app.get(MentorLinksService).issue(t.ds.manager, m.id, null)).url);
  /** An in-progress mobility of the learner with an agreed agreement and two days of entries. */
  async function mobilityWithLogbook(attrs: Partial<Mobility> = {}): Promise<{
    mobility: Mobility;
    content: LearningAgreementContent;
    entries: { id: string; date: string }[];
  }> {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser, {
      status: 'in_progress',
      createdBy: managerUser.id,
      ...attrs,
    });
    const content = LearningAgreementFactory.content();
    await agreedAgreement(t.ds, mobility.id, content);
    const entries = await logEntries(t.ds, mobility.id, [
      { date: mobility.startDate, outcomeIds: [content.outcomes[0].id] },
      { date: '2027-03-02', hours: 7.5 },
    ]);
    return { mobility, content, entries };
  }

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds, { name: 'Istituto Tecnico Belluzzi', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, { country: 'PT', city: 'Porto' });
    managerUser = await UserFactory.member(t.ds, school, 'manager', { name: 'Marta Rossi' });
    manager = (await signIn(t, managerUser.email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    learnerUser = await UserFactory.member(t.ds, school, 'learner', { name: 'Luca Bianchi' });
    learner = (await signIn(t, learnerUser.email)).token;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('mails the link in the mentor’s language; the token works from the header and is kept only hashed', async () => {
    const { mobility, content } = await mobilityWithLogbook();
    const sent = await sendLink(mobility);
    expect(sent.body).toMatchObject({
      createdBy: { id: managerUser.id, name: 'Marta Rossi' },
      revokedAt: null,
      lastUsedAt: null,
      state: 'active',
    });
    // 30 days after the end (2027-03-05), to the end of that day.
    expect(sent.body.expiresAt).toBe('2027-04-05T00:00:00.000Z');
    expect(JSON.stringify(sent.body)).not.toMatch(/token|hash/i);

    const mail = await smtp.waitFor(mobility.mentorEmail);
    // The factory's mentor speaks Finnish.
    expect(mail.subject).toContain('Luca Bianchi');
    expect(mail.text).toContain('Hei Aino Virtanen');
    expect(mail.text).toContain('2027-04-04');
    const url = mail.text.match(/https?:\/\/\S+\/mentor#token=\S+/)?.[0];
    expect(url).toBeDefined();
    const token = tokenOf(url!);

    const page = await t.http().get('/api/mentor/mobility').set(mentor(token)).expect(200);
    expect(page.body.mobility).toEqual({
      participantName: 'Luca Bianchi',
      sendingOrganisation: 'Istituto Tecnico Belluzzi',
      host: { name: 'Tampereen seudun ammattiopisto', country: 'FI', city: 'Tampere' },
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      activityType: 'SM-JOB-SHDW',
      status: 'in_progress',
      mentor: { name: 'Aino Virtanen', language: 'fi' },
    });
    expect(page.body.agreement.agreedVersion).toBe(1);
    expect(page.body.logbook.entries).toHaveLength(2);
    expect(page.body.assessment).toBeNull();
    expect(page.body.assessmentOpen).toBe(true);
    expect(page.body.assessmentOutcomes).toEqual(content.outcomes);
    expect(page.body.linkExpiresAt).toBe('2027-04-05T00:00:00.000Z');

    // Once sent, the mail record no longer holds the link; the link row holds only a hash.
    const [message] = await waitFor(
      () =>
        t.ds.query<{ status: string; params: Record<string, unknown> }[]>(
          `SELECT status, params FROM email_messages WHERE to_address = $1`,
          [mobility.mentorEmail],
        ),
      (rows) => rows[0]?.status === 'sent',
    );
    expect(JSON.stringify(message.params)).not.toContain(token);
    expect(message.params['link']).not.toContain('/mentor');
    const links = await t.ds.query<{ token_hash: Buffer }[]>(
      `SELECT token_hash FROM mentor_links WHERE mobility_id = $1`,
      [mobility.id],
    );
    expect(links).toHaveLength(1);
    const stored = await t.ds.query<{ hit: boolean }[]>(
      `SELECT bool_or(row_to_json(l)::text LIKE '%' || $2 || '%') AS hit FROM mentor_links l WHERE mobility_id = $1`,
      [mobility.id, token],
    );
    expect(stored[0].hit).toBe(false);
    expect(links[0].token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);

    // The audit trail records the send without the token.
    const audit = await t.ds.query<{ action: string; details: object }[]>(
      `SELECT action, details FROM audit_events WHERE target_id = $1 AND action LIKE 'mentor%'`,
      [mobility.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['mentor_link.sent']);
    expect(JSON.stringify(audit)).not.toContain(token);

    const list = await t
      .http()
      .get(`${orgBase(mobility)}/mentor-links`)
      .set(bearer(manager))
      .expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0].lastUsedAt).not.toBeNull();
    expect(Object.keys(list.body[0]).sort()).toEqual(
      ['createdAt', 'createdBy', 'expiresAt', 'id', 'lastUsedAt', 'revokedAt', 'state'].sort(),
    );
  });

  it('re-sends a new link while the older one keeps working, up to five sends an hour', async () => {
    const { mobility } = await mobilityWithLogbook();
    for (let i = 0; i < 5; i++) {
      await sendLink(mobility);
    }
    await smtp.waitFor(mobility.mentorEmail, 10_000, () => smtp.mailsTo(mobility.mentorEmail).length >= 5);
    const tokens = smtp
      .mailsTo(mobility.mentorEmail)
      .map((m) => tokenOf(m.text.match(/https?:\/\/\S+#token=\S+/)![0]));
    expect(new Set(tokens).size).toBe(5);
    for (const token of [tokens[0], tokens[4]]) {
      await t.http().get('/api/mentor/mobility').set(mentor(token)).expect(200);
    }
    const sixth = await t
      .http()
      .post(`${orgBase(mobility)}/mentor-links`)
      .set(bearer(manager));
    expectProblem(sixth, 429, 'RATE_LIMITED');
    expect(sixth.body.detail).toContain('5 times in the last hour');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses to send for a cancelled or validated mobility', async () => {
    for (const status of ['cancelled', 'validated'] as const) {
      const mobility = await MobilityFactory.create(t.ds, school, learnerUser, { status });
      const res = await t
        .http()
        .post(`${orgBase(mobility)}/mentor-links`)
        .set(bearer(manager));
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.detail).toBe(`A mentor link cannot be sent for a ${status} mobility.`);
    }
  });

  it('answers a revoked link 410 MENTOR_LINK_REVOKED, an expired one 410 MENTOR_LINK_EXPIRED, garbage 404, no header 401', async () => {
    const { mobility } = await mobilityWithLogbook();
    const sent = await sendLink(mobility);
    const token = tokenOf(
      (await smtp.waitFor(mobility.mentorEmail)).text.match(/https?:\/\/\S+#token=\S+/)![0],
    );
    await t.http().get('/api/mentor/mobility').set(mentor(token)).expect(200);

    const revoke = () =>
      t
        .http()
        .post(`${orgBase(mobility)}/mentor-links/${sent.body.id}/revoke`)
        .set(bearer(manager))
        .expect(200);
    const revoked = await revoke();
    expect(revoked.body.state).toBe('revoked');
    // Idempotent: the same time, one audit event.
    expect((await revoke()).body.revokedAt).toBe(revoked.body.revokedAt);
    const gone = await t.http().get('/api/mentor/mobility').set(mentor(token));
    expectProblem(gone, 410, 'MENTOR_LINK_REVOKED');
    expect(gone.body.detail).toContain('Ask the sending school for a new one');
    // The page can say whom to ask.
    expect(gone.body.organisationName).toBe('Istituto Tecnico Belluzzi');

    const other = await issueLink(mobility);
    await t.ds.query(
      `UPDATE mentor_links SET expires_at = now() - interval '1 second' WHERE token_hash = sha256($1)`,
      [Buffer.from(other)],
    );
    const expired = await t.http().get('/api/mentor/mobility').set(mentor(other));
    expectProblem(expired, 410, 'MENTOR_LINK_EXPIRED');
    expect(expired.body.organisationName).toBe('Istituto Tecnico Belluzzi');
    const list = await t
      .http()
      .get(`${orgBase(mobility)}/mentor-links`)
      .set(bearer(manager))
      .expect(200);
    expect(list.body.map((l: { state: string }) => l.state).sort()).toEqual(['expired', 'revoked']);

    const unknown = await t
      .http()
      .get('/api/mentor/mobility')
      .set(mentor('x'.repeat(43)));
    expectProblem(unknown, 404, 'MENTOR_LINK_INVALID');
    expect(unknown.body.organisationName).toBeUndefined();
    expectProblem(
      await t.http().get('/api/mentor/mobility').set(mentor('not a token')),
      404,
      'MENTOR_LINK_INVALID',
    );
    expectProblem(await t.http().get('/api/mentor/mobility'), 401, 'UNAUTHENTICATED');
    // The token in the query string is not a way in.
    expectProblem(await t.http().get(`/api/mentor/mobility?token=${token}`), 401, 'UNAUTHENTICATED');

    const audit = await t.ds.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE target_id = $1 AND action LIKE 'mentor_link.%' ORDER BY at`,
      [mobility.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['mentor_link.sent', 'mentor_link.revoked']);
  });

  it('treats every link of a cancelled mobility as revoked', async () => {
    const { mobility } = await mobilityWithLogbook();
    const token = await issueLink(mobility);
    await t.ds.query(`UPDATE mobilities SET status = 'cancelled' WHERE id = $1`, [mobility.id]);
    expectProblem(await t.http().get('/api/mentor/mobility').set(mentor(token)), 410, 'MENTOR_LINK_REVOKED');
  });

  it('confirms the agreement and reviews entries of its own mobility only; the actions are shown to manager and participant', async () => {
    const a = await MobilityFactory.create(t.ds, school, learnerUser, {
      status: 'agreed',
      createdBy: managerUser.id,
    });
    const draft = await LearningAgreementFactory.draft(t.ds, a.id);
    const entriesA = await logEntries(t.ds, a.id, [{ date: '2027-03-01' }]);
    const b = await mobilityWithLogbook();
    const tokenA = await issueLink(a);

    const confirmed = await t
      .http()
      .post('/api/mentor/agreement/confirm')
      .set(mentor(tokenA))
      .send({ version: draft.version })
      .expect(200);
    expect(confirmed.body.current.confirmations.map((c: { party: string }) => c.party)).toContain('mentor');

    await t
      .http()
      .post('/api/mentor/agreement/changes')
      .set(mentor(tokenA))
      .send({ version: draft.version, comment: 'Add a visit to the welding workshop.' })
      .expect(200);

    const review = await t
      .http()
      .put(`/api/mentor/logbook/${entriesA[0].id}/review`)
      .set(mentor(tokenA))
      .send({ status: 'commented', comment: 'Please add what you learned at the meeting.' })
      .expect(200);
    expect(review.body.mentor).toMatchObject({
      status: 'commented',
      comment: 'Please add what you learned at the meeting.',
    });

    const reviewAudit = await t.ds.query<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM audit_events WHERE target_id = $1 AND action = 'mentor.entry_reviewed'`,
      [a.id],
    );
    expect(reviewAudit.map((r) => r.details)).toEqual([
      { mentorLinkId: expect.any(String), entryId: entriesA[0].id, status: 'commented' },
    ]);
    expect(JSON.stringify(reviewAudit)).not.toContain(tokenA);

    // An entry of mobility B through A's token: 404 like a missing one, and nothing changes.
    const foreign = await t
      .http()
      .put(`/api/mentor/logbook/${b.entries[0].id}/review`)
      .set(mentor(tokenA))
      .send({ status: 'confirmed' });
    expectProblem(foreign, 404, 'NOT_FOUND');
    const [untouched] = await t.ds.query<{ mentor_status: string }[]>(
      `SELECT mentor_status FROM log_entries WHERE id = $1`,
      [b.entries[0].id],
    );
    expect(untouched.mentor_status).toBe('pending');
    const badReview = await t
      .http()
      .put(`/api/mentor/logbook/${entriesA[0].id}/review`)
      .set(mentor(tokenA))
      .send({ status: 'commented', comment: '' });
    expectProblem(badReview, 400, 'VALIDATION_FAILED');

    const expected = [
      { action: 'entry_commented', entry: { id: entriesA[0].id, date: '2027-03-01' } },
      {
        action: 'agreement_changes_requested',
        agreementVersion: 1,
        comment: 'Add a visit to the welding workshop.',
      },
      { action: 'agreement_confirmed', agreementVersion: 1 },
    ];
    const forManager = await t
      .http()
      .get(`${orgBase(a)}/mentor-activity`)
      .set(bearer(manager))
      .expect(200);
    expect(forManager.body).toMatchObject(expected);
    const forParticipant = await t
      .http()
      .get(`/api/me/mobilities/${a.id}/mentor-activity`)
      .set(bearer(learner))
      .expect(200);
    expect(forParticipant.body).toEqual(forManager.body);

    // The mentor's page shows the unseen changes once the agreement changes after they acted on it.
    const v2 = LearningAgreementFactory.content({ outcomes: [...draft.content.outcomes.slice(0, 2)] });
    await LearningAgreementFactory.draft(t.ds, a.id, v2);
    const page = await t.http().get('/api/mentor/mobility').set(mentor(tokenA)).expect(200);
    expect(page.body.agreementSeen.version).toBe(1);
    expect(page.body.agreementSeen.changes.outcomesRemoved).toEqual([draft.content.outcomes[2]]);
  });

  it('keeps other people out: another school’s manager 404, a learner 403 on manager routes, another participant 404', async () => {
    const { mobility } = await mobilityWithLogbook();
    const otherLearner = await UserFactory.member(t.ds, school, 'learner');
    const otherLearnerToken = (await signIn(t, otherLearner.email)).token;
    const link = await sendLink(mobility);
    const routes = [
      ['post', `${orgBase(mobility)}/mentor-links`],
      ['get', `${orgBase(mobility)}/mentor-links`],
      ['post', `${orgBase(mobility)}/mentor-links/${link.body.id}/revoke`],
      ['get', `${orgBase(mobility)}/mentor-activity`],
    ] as const;
    for (const [method, url] of routes) {
      expectProblem(await t.http()[method](url).set(bearer(otherManager)), 404, 'NOT_FOUND');
      expectProblem(await t.http()[method](url).set(bearer(learner)), 403, 'FORBIDDEN');
    }
    // Another school's manager through their own organisation: the mobility is not there.
    const viaOwnOrg = `/api/orgs/${otherSchool.id}/mobilities/${mobility.id}/mentor-links`;
    expectProblem(await t.http().get(viaOwnOrg).set(bearer(otherManager)), 404, 'NOT_FOUND');
    const [stillActive] = await t.ds.query<{ revoked_at: Date | null }[]>(
      `SELECT revoked_at FROM mentor_links WHERE id = $1`,
      [link.body.id],
    );
    expect(stillActive.revoked_at).toBeNull();
    expectProblem(
      await t.http().get(`/api/me/mobilities/${mobility.id}/mentor-activity`).set(bearer(otherLearnerToken)),
      404,
      'NOT_FOUND',
    );
    // A link of another mobility of the same school cannot be revoked through this one.
    const sibling = await mobilityWithLogbook();
    const siblingLink = await sendLink(sibling.mobility);
    expectProblem(
      await t
        .http()
        .post(`${orgBase(mobility)}/mentor-links/${siblingLink.body.id}/revoke`)
        .set(bearer(manager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .post(`${orgBase(mobility)}/mentor-links/not-an-id/revoke`)
        .set(bearer(manager)),
      400,
      'MALFORMED_ID',
    );
  });

  describe('final assessment', () => {
    it('rates every planned outcome once with plausible dates, replaces it on resubmission and records the action', async () => {
      const { mobility, content } = await mobilityWithLogbook();
      const token = await issueLink(mobility);
      const submit = (body: object) => t.http().put('/api/mentor/assessment').set(mentor(token)).send(body);
      const good = {
        actualStart: '2027-03-01',
        actualEnd: '2027-03-04',
        outcomes: content.outcomes.map((o, i) => ({
          outcomeId: o.id,
          rating: (['achieved', 'partly', 'not_achieved'] as const)[i % 3],
        })),
        statement: 'Luca planned an incoming group visit on his own and ran two partner meetings.',
      };

      const missing = await submit({ ...good, outcomes: good.outcomes.slice(1) });
      expectProblem(missing, 400, 'VALIDATION_FAILED');
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcomes']);
      const twice = await submit({ ...good, outcomes: [...good.outcomes, good.outcomes[0]] });
      expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcomes']);
      const early = await submit({ ...good, actualStart: '2027-02-21' });
      expectProblem(early, 400, 'VALIDATION_FAILED');
      expect(early.body.errors).toEqual([
        { field: 'actualStart', message: expect.stringContaining('2027-02-22') },
      ]);
      const reversed = await submit({ ...good, actualStart: '2027-03-04', actualEnd: '2027-03-02' });
      expect(reversed.body.errors.map((e: { field: string }) => e.field)).toEqual(['actualEnd']);
      const noStatement = await submit({ ...good, statement: '  ' });
      expectProblem(noStatement, 400, 'VALIDATION_FAILED');
      expect(noStatement.body.errors.map((e: { field: string }) => e.field)).toEqual(['statement']);
      const longStatement = await submit({ ...good, statement: 'x'.repeat(5001) });
      expect(longStatement.body.errors.map((e: { field: string }) => e.field)).toEqual(['statement']);
      const badRating = await submit({ ...good, outcomes: [{ ...good.outcomes[0], rating: 'excellent' }] });
      expect(badRating.body.errors[0].field).toBe('outcomes.0.rating');

      const first = await submit(good).expect(200);
      expect(first.body).toMatchObject({
        agreementVersion: 1,
        actualEnd: '2027-03-04',
        outcomes: good.outcomes,
      });
      const again = await submit({ ...good, statement: 'Revised: also led a workshop visit.' }).expect(200);
      expect(again.body.statement).toBe('Revised: also led a workshop visit.');

      const page = await t.http().get('/api/mentor/mobility').set(mentor(token)).expect(200);
      expect(page.body.assessment).toMatchObject({ statement: 'Revised: also led a workshop visit.' });
      const rows = await t.ds.query(`SELECT statement FROM mentor_assessments WHERE mobility_id = $1`, [
        mobility.id,
      ]);
      expect(rows).toEqual([{ statement: 'Revised: also led a workshop visit.' }]);
      const activity = await t
        .http()
        .get(`${orgBase(mobility)}/mentor-activity`)
        .set(bearer(manager))
        .expect(200);
      expect(activity.body.map((a: { action: string }) => a.action)).toEqual([
        'assessment_submitted',
        'assessment_submitted',
      ]);

      // Validated: the assessment is final.
      await t.ds.query(`UPDATE mobilities SET status = 'validated' WHERE id = $1`, [mobility.id]);
      const late = await submit(good);
      expectProblem(late, 409, 'CONFLICT');
      expect(late.body.detail).toContain('this one is validated');
    });

    it('is refused before the stay has started and without an agreed agreement', async () => {
      const agreed = await mobilityWithLogbook({ status: 'agreed' });
      const body = {
        actualStart: '2027-03-01',
        actualEnd: '2027-03-05',
        outcomes: agreed.content.outcomes.map((o) => ({ outcomeId: o.id, rating: 'achieved' })),
        statement: 'Good work.',
      };
      const early = await t
        .http()
        .put('/api/mentor/assessment')
        .set(mentor(await issueLink(agreed.mobility)))
        .send(body);
      expectProblem(early, 409, 'CONFLICT');

      const noAgreement = await MobilityFactory.create(t.ds, school, learnerUser, { status: 'in_progress' });
      const res = await t
        .http()
        .put('/api/mentor/assessment')
        .set(mentor(await issueLink(noAgreement)))
        .send(body);
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.detail).toContain('has not been agreed yet');
    });
  });
});
