import type { INestApplicationContext } from '@nestjs/common';
import { MobilityCredentialIssuerService } from '@campus/server-certificates';
import type { Mobility, Organisation, User } from '@campus/server-db';
import {
  agreedAgreement,
  binaryBody,
  LearningAgreementFactory,
  logEntries,
  mentorAssessment,
  MobilityFactory,
  OrganisationFactory,
  pdfText,
  SmtpCapture,
  UserFactory,
  waitFor,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

const OUTCOMES = [
  'Kuvailee liikkuvuuksien suunnittelun.',
  'Laatii oppimissopimuksen yhdessä yrityksen kanssa.',
  'Vastaa vierailevan ryhmän vastaanotosta.',
];
const STATEMENT = 'Luca oppi suunnittelemaan liikkuvuuksia.';

interface Credential {
  id: string;
  code: string;
  courseTitle: string;
  mobility: { activityType: string; hostName: string; hostCity: string } | null;
  pdfUrl: string;
  credentialUrl: string;
  revokedAt: string | null;
}

describe('mobility credentials: validation issues one credential, verifiable, revocable and re-issuable', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let manager: string;
  let otherManager: string;
  let participantUser: User;
  let participant: string;
  let mobility: Mobility;

  const base = () => `/api/orgs/${school.id}/mobilities`;
  const validate = (id: string) =>
    t.http().post(`${base()}/${id}/status`).set(bearer(manager)).send({ to: 'validated' });
  const mine = async () =>
    (await t.http().get('/api/me/certificates').set(bearer(participant)).expect(200)).body as Credential[];
  const credentialOf = (id: string, token = manager) =>
    t.http().get(`${base()}/${id}/credential`).set(bearer(token));

  /** A completed job shadowing in Tampere with an agreed agreement and three days logged (17.75 h). */
  async function completedMobility(): Promise<Mobility> {
    const m = await MobilityFactory.inStatus(t.ds, school, participantUser, 'completed');
    const content = LearningAgreementFactory.content();
    await agreedAgreement(t.ds, m.id, {
      ...content,
      objectives: 'Oppia, miten suomalainen oppilaitos järjestää kansainvälisen liikkuvuuden.',
      outcomes: content.outcomes.map((o, i) => ({ ...o, statement: OUTCOMES[i] })),
    });
    await logEntries(t.ds, m.id, [
      { date: '2027-03-01', hours: 6 },
      { date: '2027-03-02', hours: 7.5 },
      { date: '2027-03-03', hours: 4.25 },
    ]);
    return m;
  }

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    // One worker in this file: it alone relays the outbox and issues.
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds, {
      name: 'Istituto Gaetano Salvemini',
      country: 'IT',
      city: 'Bologna',
    });
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (
      await signIn(
        t,
        (await UserFactory.member(t.ds, await OrganisationFactory.create(t.ds), 'manager')).email,
      )
    ).token;
    participantUser = await UserFactory.member(t.ds, school, 'learner', {
      name: 'Luca Bianchi',
      locale: 'fi',
    });
    participant = (await signIn(t, participantUser.email)).token;
    mobility = await completedMobility();
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('refuses to validate a mobility the host mentor has not assessed, and queues nothing', async () => {
    const res = await validate(mobility.id);
    expectProblem(res, 409, 'CONFLICT');
    expect(res.body.detail).toContain('the host mentor has not assessed it');
    const got = await t.http().get(`${base()}/${mobility.id}`).set(bearer(manager)).expect(200);
    expect(got.body.status).toBe('completed');
    // This mobility's event only: other files validate mobilities in the run's shared database.
    const events = await t.ds.query(
      `SELECT 1 FROM outbox_events WHERE job = 'mobilityValidated' AND payload->>'mobilityId' = $1`,
      [mobility.id],
    );
    expect(events).toHaveLength(0);
    expectProblem(await credentialOf(mobility.id), 409, 'CONFLICT');
  });

  it('issues exactly one credential on validation, however often the event is handled', async () => {
    await mentorAssessment(t.ds, mobility.id, {
      ratings: ['achieved', 'partly', 'not_achieved'],
      statement: STATEMENT,
    });
    expect((await validate(mobility.id).expect(200)).body.status).toBe('validated');
    const [credential] = await waitFor(mine, (c) => c.length === 1);
    expect(credential.mobility).toEqual({
      activityType: 'SM-JOB-SHDW',
      hostName: 'Tampereen seudun ammattiopisto',
      hostCity: 'Tampere',
    });
    expect(credential.courseTitle).toContain('Tampereen seudun ammattiopisto, Tampere');

    // The validate path again is refused (validated is final); the job run again, also on
    // several runs at once, finds the credential and issues nothing.
    expectProblem(await validate(mobility.id), 409, 'CONFLICT');
    const issuer = worker.get(MobilityCredentialIssuerService);
    const ids = await Promise.all(Array.from({ length: 4 }, () => issuer.issueForMobility(mobility.id)));
    expect(new Set(ids)).toEqual(new Set([credential.id]));
    expect(await mine()).toHaveLength(1);
    const rows = await t.ds.query(`SELECT 1 FROM certificates WHERE mobility_id = $1`, [mobility.id]);
    expect(rows).toHaveLength(1);

    const mail = await smtp.waitFor(participantUser.email, 10_000, (m) => m.text.includes('/verify/'));
    expect(mail.text).toContain(credential.code);
    expect(mail.text).toContain('Tampereen seudun ammattiopisto');

    const section = await credentialOf(mobility.id).expect(200);
    expect(section.body).toMatchObject({
      status: 'valid',
      certificate: { id: credential.id, code: credential.code },
    });
    const list = await t.http().get(`/api/orgs/${school.id}/certificates`).set(bearer(manager)).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: credential.id,
        courseId: null,
        mobility: {
          activityType: 'SM-JOB-SHDW',
          hostName: 'Tampereen seudun ammattiopisto',
          hostCity: 'Tampere',
        },
      }),
    ]);
  });

  it('shows the mobility facts on the public verification page', async () => {
    const [credential] = await mine();
    const res = await t.http().get(`/api/verify/${credential.code}`).expect(200);
    expect(res.body).toMatchObject({
      status: 'valid',
      certificate: {
        holderName: 'Luca Bianchi',
        achievement: { kind: 'mobility', workloadHours: 17.75 },
        issuer: { name: 'Istituto Gaetano Salvemini', country: 'IT' },
        mobility: {
          activityType: 'SM-JOB-SHDW',
          host: { name: 'Tampereen seudun ammattiopisto', country: 'FI', city: 'Tampere' },
          startDate: '2027-03-01',
          endDate: '2027-03-05',
          durationDays: 5,
          hours: 17.75,
          outcomes: [
            { statement: OUTCOMES[0], rating: 'achieved' },
            { statement: OUTCOMES[1], rating: 'partly' },
          ],
          mentor: { name: 'Aino Virtanen', role: 'Teacher' },
          statement: STATEMENT,
        },
      },
    });
  });

  it('gives the participant and the manager a Finnish Europass-like PDF whose attached credential verifies', async () => {
    const [credential] = await mine();
    const download = async (url: string, token: string) =>
      (await t.http().get(url).set(bearer(token)).buffer(true).parse(binaryBody).expect(200)).body as Buffer;
    const pdf = await download(credential.pdfUrl, participant);
    const text = await pdfText(pdf);
    for (const expected of [
      'Liikkuvuustodistus',
      'Luca Bianchi',
      '2. Lähettävä organisaatio',
      'Istituto Gaetano Salvemini',
      '3. Vastaanottava organisaatio',
      'Tampereen seudun ammattiopisto',
      'Suomi',
      '5 päivää',
      '17,75',
      '5a. Hankitut taidot ja osaaminen',
      OUTCOMES[0],
      'Saavutettu',
      OUTCOMES[1],
      'Osittain saavutettu',
      'Mentorin lausunto',
      STATEMENT,
      'Aino Virtanen',
      credential.code,
    ]) {
      expect(text).toContain(expected);
    }
    // An outcome the mentor did not see achieved is not certified.
    expect(text).not.toContain(OUTCOMES[2]);

    const section = (await credentialOf(mobility.id).expect(200)).body as { certificate: { pdfUrl: string } };
    expect((await download(section.certificate.pdfUrl, manager)).equals(pdf)).toBe(true);
    expectProblem(await t.http().get(section.certificate.pdfUrl).set(bearer(otherManager)), 404, 'NOT_FOUND');

    const uploaded = await t
      .http()
      .post('/api/verify')
      .attach('file', pdf, { filename: 'mobility.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(uploaded.body).toMatchObject({ result: 'valid', credential: { holderName: 'Luca Bianchi' } });
  });

  it('re-issues: the old credential is superseded, the new one states the same mobility', async () => {
    const [old] = await mine();
    expectProblem(
      await t.http().post(`/api/certificates/${old.id}/reissue`).set(bearer(participant)),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.http().post(`/api/certificates/${old.id}/reissue`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    const res = await t.http().post(`/api/certificates/${old.id}/reissue`).set(bearer(manager)).expect(201);
    const all = await mine();
    expect(all).toHaveLength(2);
    const fresh = all.find((c) => c.id === res.body.id)!;
    expect(fresh.code).not.toBe(old.code);
    expect((await t.http().get(`/api/verify/${old.code}`).expect(200)).body).toMatchObject({
      status: 'revoked',
      certificate: { revokedReason: 'superseded' },
    });
    const verified = (await t.http().get(`/api/verify/${fresh.code}`).expect(200)).body;
    expect(verified).toMatchObject({
      status: 'valid',
      certificate: { mobility: { host: { name: 'Tampereen seudun ammattiopisto' }, durationDays: 5 } },
    });
    expect((await credentialOf(mobility.id).expect(200)).body).toMatchObject({
      status: 'valid',
      certificate: { id: fresh.id },
    });
    // Handling the validation event again still issues nothing.
    expect(await worker.get(MobilityCredentialIssuerService).issueForMobility(mobility.id)).toBe(fresh.id);
    expect(await mine()).toHaveLength(2);
  });

  it('revokes: the public page says revoked with the reason, and nothing is issued in its place', async () => {
    const live = (await mine()).find((c) => !c.revokedAt)!;
    await t
      .http()
      .post(`/api/certificates/${live.id}/revoke`)
      .set(bearer(manager))
      .send({ reason: 'The mentor withdrew the assessment' })
      .expect(204);
    // Every replica's cached answer is dropped by the change feed as the revocation commits.
    const revoked = await waitFor(
      async () => (await t.http().get(`/api/verify/${live.code}`).expect(200)).body,
      (b) => b.status === 'revoked',
      2000,
    );
    expect(revoked).toMatchObject({
      status: 'revoked',
      certificate: { revokedReason: 'The mentor withdrew the assessment', mobility: { durationDays: 5 } },
    });
    const jwt = (await t.http().get(live.credentialUrl).set(bearer(participant)).expect(200)).text;
    expect((await t.http().post('/api/verify').send({ jwt }).expect(200)).body.result).toBe('revoked');
    expect((await credentialOf(mobility.id).expect(200)).body).toMatchObject({
      status: 'revoked',
      certificate: { id: live.id, revokedReason: 'The mentor withdrew the assessment' },
    });
    expect(await worker.get(MobilityCredentialIssuerService).issueForMobility(mobility.id)).toBe(live.id);
    expect((await mine()).filter((c) => !c.revokedAt)).toHaveLength(0);
  });

  it("keeps the credential route to the sending school's managers", async () => {
    expectProblem(await credentialOf(mobility.id, otherManager), 404, 'NOT_FOUND');
    expectProblem(await credentialOf(mobility.id, participant), 403, 'FORBIDDEN');
    expectProblem(await credentialOf('not-a-uuid'), 400, 'MALFORMED_ID');
    expectProblem(await credentialOf('00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });
});
