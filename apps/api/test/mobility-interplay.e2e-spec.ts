import { randomUUID } from 'node:crypto';
import { MobilityCredentialIssuerService } from '@campus/server-certificates';
import type { Organisation, User } from '@campus/server-db';
import { MentorLinksService } from '@campus/server-mobility';
import {
  agreedAgreement,
  LearningAgreementFactory,
  logEntries,
  mentorAssessment,
  MobilityFactory,
  OrganisationFactory,
  UserFactory,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/**
 * Where the parts of issue 10 meet: the logbook's writes and the mobility's totals, the record's
 * dates and the entries already written, the agreement's amendments and what refers to its
 * outcomes, the mentor's assessment and validation.
 */
describe('mobility records: interplay of logbook, agreement, assessment and record', () => {
  let t: TestApp;
  let school: Organisation;
  let participantUser: User;
  let participant: string;
  let manager: string;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    participantUser = await UserFactory.member(t.ds, school, 'learner');
    participant = (await signIn(t, participantUser.email)).token;
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
  });
  afterAll(() => t.close());

  const mentorOf = (m: {
    mentorName: string;
    mentorRole: string;
    mentorEmail: string;
    mentorLanguage: string;
  }) => ({
    name: m.mentorName,
    role: m.mentorRole,
    email: m.mentorEmail,
    language: m.mentorLanguage,
  });
  const entry = (date: string, outcomeIds: string[] = []) => ({
    date,
    hours: 6,
    activities: `Shadowed the coordinator on ${date}.`,
    outcomeIds,
    reflection: '',
  });

  it('writes the entries of several days sent at once (an outbox flushing after a day offline)', async () => {
    for (let round = 0; round < 3; round++) {
      const m = await MobilityFactory.create(t.ds, school, participantUser, {
        status: 'in_progress',
        startDate: '2027-03-01',
        endDate: '2027-03-08',
      });
      await agreedAgreement(t.ds, m.id);
      const days = ['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2027-03-${d}`);
      const answers = await Promise.all(
        days.map((d) =>
          t
            .http()
            .put(`/api/me/mobilities/${m.id}/logbook/${randomUUID()}`)
            .set(bearer(participant))
            .send(entry(d)),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(days.map(() => 201));
      const [row] = await t.ds.query<{ logged_minutes: number }[]>(
        `SELECT logged_minutes FROM mobilities WHERE id = $1`,
        [m.id],
      );
      expect(row.logged_minutes).toBe(8 * 360);
    }
  });

  it('refuses new dates that leave log entries outside the mobility, naming their days (409)', async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, {
      status: 'agreed',
      startDate: '2027-03-01',
      endDate: '2027-03-08',
    });
    await logEntries(t.ds, m.id, [{ date: '2027-03-01' }, { date: '2027-03-04' }, { date: '2027-03-08' }]);
    const patch = (body: object) =>
      t.http().patch(`/api/orgs/${school.id}/mobilities/${m.id}`).set(bearer(manager)).send(body);

    const later = await patch({ startDate: '2027-03-02', endDate: '2027-03-07' });
    expectProblem(later, 409, 'CONFLICT');
    expect(later.body.detail).toContain('2027-03-01, 2027-03-08');
    expect(later.body.errors.map((e: { field: string }) => e.field)).toEqual(['startDate', 'endDate']);

    const interrupted = await patch({ interruptions: [{ from: '2027-03-04', to: '2027-03-05' }] });
    expectProblem(interrupted, 409, 'CONFLICT');
    expect(interrupted.body.errors).toEqual([
      { field: 'interruptions', message: expect.stringContaining('2027-03-04') },
    ]);

    // Dates that keep every entry inside are fine.
    const wider = await patch({ startDate: '2027-02-28', endDate: '2027-03-09' }).expect(200);
    expect(wider.body).toMatchObject({ startDate: '2027-02-28', endDate: '2027-03-09' });
  });

  it('validates only with an assessment of the latest agreed version of the agreement (409 after an amendment)', async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'completed' });
    await agreedAgreement(t.ds, m.id);
    await mentorAssessment(t.ds, m.id);
    // An amendment agreed after the mentor's assessment: that assessment rates the old plan.
    await agreedAgreement(t.ds, m.id);
    const validate = () =>
      t
        .http()
        .post(`/api/orgs/${school.id}/mobilities/${m.id}/status`)
        .set(bearer(manager))
        .send({ to: 'validated' });

    const refused = await validate();
    expectProblem(refused, 409, 'CONFLICT');
    expect(refused.body.detail).toContain('assessed version 1');
    expect(refused.body.detail).toContain('version 2 has been agreed since');
    const [row] = await t.ds.query<{ status: string }[]>(`SELECT status FROM mobilities WHERE id = $1`, [
      m.id,
    ]);
    expect(row.status).toBe('completed');

    // The mentor assesses the current version: now it validates.
    await t.ds.query(`DELETE FROM mentor_assessments WHERE mobility_id = $1`, [m.id]);
    await mentorAssessment(t.ds, m.id);
    expect((await validate().expect(200)).body.status).toBe('validated');
  });

  it('lets entries keep an outcome that an amendment dropped, but no entry add it again', async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'in_progress' });
    const content = LearningAgreementFactory.content();
    const [dropped, kept] = content.outcomes.map((o) => o.id);
    await agreedAgreement(t.ds, m.id, content);
    const put = (id: string, body: object) =>
      t.http().put(`/api/me/mobilities/${m.id}/logbook/${id}`).set(bearer(participant)).send(body);
    const id = randomUUID();
    await put(id, entry('2027-03-01', [dropped, kept])).expect(201);
    await agreedAgreement(t.ds, m.id, { ...content, outcomes: content.outcomes.slice(1) });

    // The participant corrects the hours of that day: what was practised then stays.
    const edited = await put(id, { ...entry('2027-03-01', [dropped, kept]), hours: 7 }).expect(200);
    expect(edited.body).toMatchObject({ hours: 7, outcomeIds: [kept, dropped] });
    // A new day cannot name the dropped outcome.
    const refused = await put(randomUUID(), entry('2027-03-02', [dropped]));
    expectProblem(refused, 400, 'VALIDATION_FAILED');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcomeIds']);
  });

  it("keeps revoking and re-issuing a mobility credential to the sending school's managers (a trainer: 403)", async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'validated' });
    await agreedAgreement(t.ds, m.id);
    await mentorAssessment(t.ds, m.id);
    const id = await t.app.get(MobilityCredentialIssuerService).issueForMobility(m.id);
    const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;

    const revoke = (token: string) =>
      t.http().post(`/api/certificates/${id}/revoke`).set(bearer(token)).send({ reason: 'Withdrawn' });
    expectProblem(
      await t.http().post(`/api/certificates/${id}/reissue`).set(bearer(trainer)),
      403,
      'FORBIDDEN',
    );
    expectProblem(await revoke(trainer), 403, 'FORBIDDEN');
    const [live] = await t.ds.query<{ revoked_at: Date | null }[]>(
      `SELECT revoked_at FROM certificates WHERE id = $1`,
      [id],
    );
    expect(live.revoked_at).toBeNull();
    await revoke(manager).expect(204);
  });

  it('refuses to give a mobility whose logbook or agreement the participant has written to someone else (409)', async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'agreed' });
    const colleague = await UserFactory.member(t.ds, school, 'learner');
    const reassign = () =>
      t
        .http()
        .patch(`/api/orgs/${school.id}/mobilities/${m.id}`)
        .set(bearer(manager))
        .send({ participantId: colleague.id });
    await agreedAgreement(t.ds, m.id);
    const confirmed = await reassign();
    expectProblem(confirmed, 409, 'CONFLICT');
    expect(confirmed.body.errors).toEqual([
      { field: 'participantId', message: expect.stringContaining('confirmed') },
    ]);

    const keptLog = await MobilityFactory.create(t.ds, school, participantUser, { status: 'agreed' });
    await logEntries(t.ds, keptLog.id, [{ date: '2027-03-02' }]);
    const logged = await t
      .http()
      .patch(`/api/orgs/${school.id}/mobilities/${keptLog.id}`)
      .set(bearer(manager))
      .send({ participantId: colleague.id });
    expectProblem(logged, 409, 'CONFLICT');
    expect(logged.body.detail).toContain('logbook');

    // Nothing personal yet: the manager may still pick someone else.
    const fresh = await MobilityFactory.create(t.ds, school, participantUser, { status: 'draft' });
    await t
      .http()
      .patch(`/api/orgs/${school.id}/mobilities/${fresh.id}`)
      .set(bearer(manager))
      .send({ participantId: colleague.id })
      .expect(200);
  });

  it("withdraws the links sent to the mentor's old address when the manager changes it", async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'agreed' });
    const issued = await t.ds.transaction((em) => t.app.get(MentorLinksService).issue(em, m.id, null));
    const asMentor = () =>
      t.http().get('/api/mentor/mobility').set('X-Mentor-Token', issued.url.split('#token=')[1]);
    await asMentor().expect(200);
    const patch = (mentor: object) =>
      t.http().patch(`/api/orgs/${school.id}/mobilities/${m.id}`).set(bearer(manager)).send({ mentor });

    // The same address in other capitals, or another field of the mentor: the link keeps working.
    await patch({ ...mentorOf(m), email: m.mentorEmail.toUpperCase(), role: 'Head teacher' }).expect(200);
    await asMentor().expect(200);

    await patch({ ...mentorOf(m), email: 'new.mentor@tredu.test' }).expect(200);
    expectProblem(await asMentor(), 410, 'MENTOR_LINK_REVOKED');
  });

  it('answers a damaged or cut multipart upload with 400, not 500', async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'in_progress' });
    await agreedAgreement(t.ds, m.id);
    const [day] = await logEntries(t.ds, m.id, [{ date: '2027-03-01' }]);
    const upload = (contentType: string, body: string) =>
      t
        .http()
        .post(`/api/me/mobilities/${m.id}/logbook/${day.id}/evidence`)
        .set(bearer(participant))
        .set('content-type', contentType)
        .send(body);
    expectProblem(await upload('multipart/form-data', 'garbage'), 400, 'MALFORMED_BODY');
    expectProblem(await upload('multipart/form-data; boundary=zzz', 'garbage'), 400, 'MALFORMED_BODY');
    const cut = '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n';
    expectProblem(await upload('multipart/form-data; boundary=zzz', cut), 400, 'MALFORMED_BODY');
    expect(await t.ds.query(`SELECT 1 FROM log_entry_evidence WHERE log_entry_id = $1`, [day.id])).toEqual(
      [],
    );
  });

  it("counts the manager's sends of the mentor link against the hourly limit, not the digests' links", async () => {
    const m = await MobilityFactory.create(t.ds, school, participantUser, { status: 'in_progress' });
    // Two links issued by the reminders for mentor digests (no creator) within the hour.
    for (let i = 0; i < 2; i++)
      await t.ds.transaction((em) => t.app.get(MentorLinksService).issue(em, m.id, null));
    const send = () =>
      t.http().post(`/api/orgs/${school.id}/mobilities/${m.id}/mentor-links`).set(bearer(manager));
    for (let i = 0; i < 5; i++) await send().expect(201);
    const refused = await send();
    expectProblem(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
