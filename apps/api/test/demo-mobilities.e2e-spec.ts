import type { INestApplicationContext } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import type { LearningAgreementView, LogbookView, MentorMobilityView, MobilityView } from '@campus/contracts';
import { DEMO_PASSWORD, seedDemoData } from '@campus/server-demo';
import {
  createPrivateTestDatabase,
  dropDatabase,
  linkIn,
  SmtpCapture,
  waitFor,
} from '@campus/server-testing';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

const MENTOR = 'mikko.laine@tampere-vocational-college.example';

interface Credential {
  code: string;
  mobility: { hostName: string; hostCity: string } | null;
  revokedAt: string | null;
}

/** The demo seed as `npm start` runs it, on a database of its own, with the real worker. */
describe('demo data: mobilities', () => {
  const smtp = new SmtpCapture();
  let databaseUrl: string;
  let t: TestApp;
  let worker: INestApplicationContext;

  const seed = () =>
    seedDemoData(
      t.ds,
      (p) => hash(p, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 }),
      'https://campus.example.eu',
    );
  const tokenOf = async (email: string) => (await signIn(t, email, DEMO_PASSWORD)).token;

  beforeAll(async () => {
    await smtp.listen();
    databaseUrl = await createPrivateTestDatabase();
    t = await createTestApp({ DATABASE_URL: databaseUrl });
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    await seed();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp.close();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('has the learner job-shadowing in Tampere now, agreed, with three days logged and one confirmed', async () => {
    const learner = await tokenOf('learner@demo.campus');
    const mine = (await t.http().get('/api/me/mobilities').set(bearer(learner)).expect(200))
      .body as MobilityView[];
    expect(mine).toHaveLength(1);
    const [mobility] = mine;
    expect(mobility).toMatchObject({
      activityType: 'SM-JOB-SHDW',
      status: 'in_progress',
      host: { city: 'Tampere', country: 'FI' },
      mentor: { language: 'fi' },
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(mobility.startDate <= today && today <= mobility.endDate).toBe(true);

    const agreement = (
      await t.http().get(`/api/me/mobilities/${mobility.id}/agreement`).set(bearer(learner)).expect(200)
    ).body as LearningAgreementView;
    expect(agreement.agreedVersion).toBe(1);

    const logbook = (
      await t.http().get(`/api/me/mobilities/${mobility.id}/logbook`).set(bearer(learner)).expect(200)
    ).body as LogbookView;
    expect(logbook.entries).toHaveLength(3);
    expect(logbook.entries.map((e) => e.mentor.status)).toEqual(['confirmed', 'pending', 'pending']);
  });

  it("mails the Finnish mentor a link that opens the mentor's page of that mobility", async () => {
    const mail = await smtp.waitFor(MENTOR, 30_000);
    expect(mail.subject).toContain('Tampere Vocational College');
    expect(mail.text).toContain('Hei Mikko Laine');
    const token = new URLSearchParams(linkIn(mail, '/mentor').hash.slice(1)).get('token');
    expect(token).toBeTruthy();

    const page = (await t.http().get('/api/mentor/mobility').set('X-Mentor-Token', token!).expect(200))
      .body as MentorMobilityView;
    expect(page.mobility).toMatchObject({ participantName: 'Lucia Bianchi', host: { city: 'Tampere' } });
    expect(page.logbook.entries).toHaveLength(3);

    // The link is in the mail only: the stored message no longer holds it once sent.
    const [stored] = await t.ds.query<{ params: { link: string } }[]>(
      `SELECT params FROM email_messages WHERE template = 'mentor-link' AND to_address = $1 AND status = 'sent'`,
      [MENTOR],
    );
    expect(JSON.stringify(stored.params)).not.toContain(token!);
  });

  it('has the graduate holding a valid mobility credential, issued by the worker', async () => {
    const graduate = await tokenOf('graduate@demo.campus');
    const certificates = await waitFor(
      async () =>
        (await t.http().get('/api/me/certificates').set(bearer(graduate)).expect(200)).body as Credential[],
      (all) => all.some((c) => c.mobility !== null),
      30_000,
    );
    const credential = certificates.find((c) => c.mobility !== null)!;
    expect(credential.mobility).toMatchObject({ hostCity: 'Valencia' });
    const verified = await t.http().get(`/api/verify/${credential.code}`).expect(200);
    expect(verified.body).toMatchObject({
      status: 'valid',
      certificate: { achievement: { kind: 'mobility' } },
    });
  });

  it('seeds each mobility, mentor mail and credential once, however often it runs', async () => {
    await seed();
    await seed();
    const [counts] = await t.ds.query<
      { mobilities: number; links: number; mails: number; entries: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM mobilities) AS mobilities,
              (SELECT count(*)::int FROM mentor_links) AS links,
              (SELECT count(*)::int FROM email_messages WHERE template = 'mentor-link') AS mails,
              (SELECT count(*)::int FROM log_entries) AS entries`,
    );
    expect(counts).toEqual({ mobilities: 2, links: 1, mails: 1, entries: 6 });
  });
});
