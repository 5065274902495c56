import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { strFromU8, unzipSync } from 'fflate';
import { CertificateIssuerService, SigningKeysService } from '@campus/server-certificates';
import {
  buildOpenBadgeCredential,
  extractCredentialFromPdf,
  generateSigningKey,
  isSet,
  signCredential,
} from '@campus/server-credentials';
import type { Organisation } from '@campus/server-db';
import {
  binaryBody,
  OrganisationFactory,
  pdfText,
  SmtpCapture,
  UserFactory,
  waitFor,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { publishedOneLessonCourse } from './support/courses';
import { startTestWorker } from './support/test-worker';

describe('certificates: issued once by the worker, verifiable online and offline, revocable', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let workers: INestApplicationContext[];
  let school: Organisation;
  let trainer: string;
  let learner: { token: string; email: string };
  let outsider: string;
  let courseId: string;
  let lessonId: string;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    // Two workers on the same queues, as two worker processes would be.
    workers = [
      await startTestWorker({ ...t.env, SMTP_URL: smtp.url }),
      await startTestWorker({ ...t.env, SMTP_URL: smtp.url }),
    ];
    school = await OrganisationFactory.create(t.ds, {
      name: 'Σχολή Επαγγελματικής Κατάρτισης',
      country: 'GR',
      city: 'Αθήνα',
    });
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    const u = await UserFactory.member(t.ds, school, 'learner', { name: 'Ελένη Παπαδοπούλου', locale: 'el' });
    learner = { token: (await signIn(t, u.email)).token, email: u.email };
    outsider = (
      await signIn(
        t,
        (await UserFactory.member(t.ds, await OrganisationFactory.create(t.ds), 'trainer')).email,
      )
    ).token;
    ({ courseId, lessonId } = await publishedOneLessonCourse(t, school.id, trainer, {
      title: 'Κινητικότητα προσωπικού: πρώτα βήματα',
      language: 'el',
      eqfLevel: 5,
      workloadHours: 12,
      learningOutcomes: ['Σχεδιάζει μια περίοδο παρακολούθησης εργασίας', 'Συντάσσει συμφωνία μάθησης'],
    }));
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await t.close();
    await smtp.close();
  });

  async function certificates() {
    return (await t.http().get('/api/me/certificates').set(bearer(learner.token)).expect(200)).body as {
      id: string;
      code: string;
      pdfUrl: string;
      credentialUrl: string;
      linkedInUrl: string;
      revokedAt: string | null;
    }[];
  }

  it('issues exactly one certificate when the course is completed, even when issuing races', async () => {
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(learner.token)).expect(200);
    await t
      .http()
      .post(`/api/courses/${courseId}/lessons/${lessonId}/complete`)
      .set(bearer(learner.token))
      .expect(200);
    const [first] = await waitFor(certificates, (c) => c.length === 1);
    // Duplicate events handled by both workers at once change nothing.
    const [{ id: enrolmentId }] = await t.ds.query<{ id: string }[]>(
      `SELECT id FROM enrolments WHERE course_id = $1`,
      [courseId],
    );
    const issued = await Promise.all(
      workers.flatMap((w) =>
        Array.from({ length: 4 }, () => w.get(CertificateIssuerService).issueForEnrolment(enrolmentId)),
      ),
    );
    expect(new Set(issued)).toEqual(new Set([first.id]));
    expect(await certificates()).toHaveLength(1);
    expect(first.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(first.linkedInUrl).toContain('linkedin.com');
    const mail = await smtp.waitFor(learner.email, 10_000, (m) => m.text.includes('/verify/'));
    expect(mail.text).toContain(first.code);
  });

  it('issues one certificate, one e-mail and one stored PDF when first issues race, and leaves no stray file', async () => {
    const holder = await UserFactory.member(t.ds, school, 'learner', { name: 'Νίκος Ράλλης', locale: 'el' });
    // Completed without an event, so only the racing calls below issue.
    const [{ id: enrolmentId }] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO enrolments (user_id, course_id, source, status, progress_percent, completed_at)
       VALUES ($1, $2, 'manager', 'completed', 100, now()) RETURNING id`,
      [holder.id, courseId],
    );
    const issued = await Promise.all(
      workers.flatMap((w) =>
        Array.from({ length: 4 }, () => w.get(CertificateIssuerService).issueForEnrolment(enrolmentId)),
      ),
    );
    expect(new Set(issued).size).toBe(1);
    const rows = await t.ds.query<{ id: string; pdfKey: string | null }[]>(
      `SELECT id, pdf_key AS "pdfKey" FROM certificates WHERE holder_id = $1`,
      [holder.id],
    );
    expect(rows).toEqual([{ id: issued[0], pdfKey: `orgs/${school.id}/certificates/${issued[0]}.pdf` }]);
    const [{ mails }] = await t.ds.query<{ mails: number }[]>(
      `SELECT count(*)::int AS mails FROM email_messages WHERE to_address = $1 AND template = 'certificate-issued'`,
      [holder.email],
    );
    expect(mails).toBe(1);
    // Every PDF in the school's folder belongs to a certificate: the losers removed theirs.
    const stored = readdirSync(join(t.env.STORAGE_DIR!, 'orgs', school.id, 'certificates'));
    const known = await t.ds.query<{ key: string }[]>(
      `SELECT pdf_key AS key FROM certificates WHERE organisation_id = $1 AND pdf_key IS NOT NULL`,
      [school.id],
    );
    expect(stored.filter((f) => !known.some((k) => k.key.endsWith(`/${f}`)))).toEqual([]);
  });

  it('gives a PDF whose text shows the Greek name and whose attached credential verifies; tampering is caught', async () => {
    const [cert] = await certificates();
    const pdf = await t
      .http()
      .get(cert.pdfUrl)
      .set(bearer(learner.token))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('Κινητικότητα προσωπικού: πρώτα βήματα');
    expect(text).toContain(cert.code);

    const jwt = (await extractCredentialFromPdf(pdf.body as Buffer))!;
    const ownJwt = await t.http().get(cert.credentialUrl).set(bearer(learner.token)).expect(200);
    expect(jwt).toBe(ownJwt.text);
    const uploaded = await t
      .http()
      .post('/api/verify')
      .attach('file', pdf.body as Buffer, { filename: 'certificate.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(uploaded.body).toMatchObject({
      result: 'valid',
      credential: { holderName: 'Ελένη Παπαδοπούλου' },
    });

    // One flipped character in the payload: the signature no longer matches.
    const [h, p, s] = jwt.split('.');
    const flipped = `${h}.${p.slice(0, 40)}${p[40] === 'A' ? 'B' : 'A'}${p.slice(41)}.${s}`;
    expect((await t.http().post('/api/verify').send({ jwt: flipped }).expect(200)).body.result).toMatch(
      /tampered|not_a_credential/,
    );
    // A credential signed with a key the platform does not publish.
    const stranger = await generateSigningKey();
    const forged = await signCredential(
      buildOpenBadgeCredential({
        certificateId: '11111111-1111-4111-8111-111111111111',
        validFrom: new Date(),
        issuer: { id: 'https://campus.test/api/issuers/x', name: 'Fake School', countryCode: 'GR' },
        holder: { id: '22222222-2222-4222-8222-222222222222', name: 'Ελένη Παπαδοπούλου' },
        achievement: {
          kind: 'course',
          id: 'https://campus.test/courses/x',
          name: 'Κινητικότητα',
          description: '',
          learningOutcomes: [],
          eqfLevel: null,
          workloadHours: 1,
        },
        meanScorePercent: null,
        statusListUrl: 'https://campus.test/api/credentials/status/x',
        statusIndex: 0,
      }),
      { privateJwk: stranger.privateJwk, kid: stranger.kid },
    );
    expect((await t.http().post('/api/verify').send({ jwt: forged }).expect(200)).body.result).toBe(
      'wrong_key',
    );
    expectProblem(await t.http().post('/api/verify').send({ nothing: true }), 400, 'VALIDATION_FAILED');

    const jwks = await t.http().get('/.well-known/jwks.json').expect(200);
    const kid = JSON.parse(Buffer.from(h, 'base64url').toString()).kid as string;
    expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toContain(kid);
    expect(JSON.stringify(jwks.body)).not.toContain('"d"');
  });

  it('answers from a cache that any change clears at once, and reads through while the change feed is down', async () => {
    const [cert] = await certificates();
    const issuerName = async () =>
      (await t.http().get(`/api/verify/${cert.code}`).expect(200)).body.certificate.issuer.name as string;
    const rename = (name: string) =>
      t.ds.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, name]);
    const original = school.name;
    expect(await issuerName()).toBe(original); // cached from here on
    await rename('Σχολή Α');
    expect(await waitFor(issuerName, (n) => n === 'Σχολή Α', 2000)).toBe('Σχολή Α');

    // Cut the LISTEN connection: the cache must stop trusting itself and read through.
    await t.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN certificate_changed'`,
    );
    await new Promise((r) => setTimeout(r, 50));
    await issuerName(); // read while deaf (it would be cached if the cache still trusted itself)
    await rename('Σχολή Β');
    expect(await issuerName()).toBe('Σχολή Β');
    await rename(original);
    expect(await waitFor(issuerName, (n) => n === original, 5000)).toBe(original);
  });

  it('shows valid, then revoked (with reason) on the JSON, in uploads and in the status list; unknown codes are unknown', async () => {
    const [cert] = await certificates();
    const before = await t.http().get(`/api/verify/${cert.code.toLowerCase()}`).expect(200);
    expect(before.body).toMatchObject({
      status: 'valid',
      certificate: {
        holderName: 'Ελένη Παπαδοπούλου',
        achievement: { title: 'Κινητικότητα προσωπικού: πρώτα βήματα', eqfLevel: 5, workloadHours: 12 },
        issuer: { name: 'Σχολή Επαγγελματικής Κατάρτισης', country: 'GR' },
      },
    });
    expect((await t.http().get('/api/verify/AAAA-BBBB-CCCC-DDDD-EEEE').expect(200)).body).toEqual({
      status: 'unknown',
    });
    expect((await t.http().get('/api/verify/not-a-code').expect(200)).body).toEqual({ status: 'unknown' });

    expectProblem(
      await t
        .http()
        .post(`/api/certificates/${cert.id}/revoke`)
        .set(bearer(learner.token))
        .send({ reason: 'mine' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/certificates/${cert.id}/revoke`)
        .set(bearer(outsider))
        .send({ reason: 'theirs' }),
      404,
      'NOT_FOUND',
    );
    await t
      .http()
      .post(`/api/certificates/${cert.id}/revoke`)
      .set(bearer(trainer))
      .send({ reason: 'Issued by mistake' })
      .expect(204);

    // A second click: already revoked.
    expectProblem(
      await t
        .http()
        .post(`/api/certificates/${cert.id}/revoke`)
        .set(bearer(trainer))
        .send({ reason: 'Again' }),
      409,
      'CONFLICT',
    );
    expectProblem(
      await t.http().post(`/api/certificates/${cert.id}/revoke`).set(bearer(trainer)).send({ reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const after = await t.http().get(`/api/verify/${cert.code}`).expect(200);
    expect(after.body).toMatchObject({
      status: 'revoked',
      certificate: { revokedReason: 'Issued by mistake' },
    });
    const jwt = (await t.http().get(cert.credentialUrl).set(bearer(learner.token)).expect(200)).text;
    expect((await t.http().post('/api/verify').send({ jwt }).expect(200)).body.result).toBe('revoked');
    const status = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).credentialStatus as {
      statusListCredential: string;
      statusListIndex: string;
    };
    const list = await t.http().get(new URL(status.statusListCredential).pathname).expect(200);
    expect(isSet(list.body.credentialSubject.encodedList, Number(status.statusListIndex))).toBe(true);
  });

  it('re-issues: the old one is superseded, a new one is valid', async () => {
    await t.ds.query(
      `UPDATE certificates SET revoked_at = NULL, revoked_reason = NULL WHERE course_id = $1`,
      [courseId],
    );
    const [cert] = await certificates();
    const res = await t.http().post(`/api/certificates/${cert.id}/reissue`).set(bearer(trainer)).expect(201);
    const all = await certificates();
    expect(all).toHaveLength(2);
    const old = (await t.http().get(`/api/verify/${cert.code}`).expect(200)).body;
    expect(old).toMatchObject({ status: 'revoked', certificate: { revokedReason: 'superseded' } });
    const fresh = all.find((c) => c.id === res.body.id)!;
    expect((await t.http().get(`/api/verify/${fresh.code}`).expect(200)).body.status).toBe('valid');
    // The superseded one cannot be re-issued again (a second click on the old row).
    expectProblem(
      await t.http().post(`/api/certificates/${cert.id}/reissue`).set(bearer(trainer)),
      409,
      'CONFLICT',
    );
    expect(await certificates()).toHaveLength(2);
    // The issuer id inside the credential resolves to the school's public profile.
    const jwt = (await t.http().get(fresh.credentialUrl).set(bearer(learner.token)).expect(200)).text;
    const issuerId = (
      JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as { issuer: { id: string } }
    ).issuer.id;
    const profile = await t.http().get(new URL(issuerId).pathname).expect(200);
    expect(profile.body).toMatchObject({ type: ['Profile'], name: 'Σχολή Επαγγελματικής Κατάρτισης' });
    await t.http().get('/api/issuers/00000000-0000-4000-8000-000000000000').expect(404);
  });
});

describe('signing key rotation', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: 'smtp://127.0.0.1:9' });
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('lets only platform admins rotate; the retired key stays published and every replica signs with the new one', async () => {
    const school = await OrganisationFactory.create(t.ds);
    const admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    const manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    const keys = worker.get(SigningKeysService);
    const before = await keys.activeKey();
    expectProblem(
      await t.http().post('/api/admin/signing-keys/rotate').set(bearer(manager)),
      403,
      'FORBIDDEN',
    );
    const rotated = await t.http().post('/api/admin/signing-keys/rotate').set(bearer(admin)).expect(201);
    expect(rotated.body.kid).not.toBe(before.kid);
    const list = await t.http().get('/api/admin/signing-keys').set(bearer(admin)).expect(200);
    expect(list.body.find((k: { kid: string }) => k.kid === before.kid).retiredAt).not.toBeNull();
    const jwks = await t.http().get('/.well-known/jwks.json').expect(200);
    expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toEqual(
      expect.arrayContaining([before.kid, rotated.body.kid]),
    );
    // Every replica signs with the new key at once (the worker here never saw the rotation).
    expect((await keys.activeKey()).kid).toBe(rotated.body.kid);
  });
});

describe('verification is rate-limited per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_VERIFY_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after the limit', async () => {
    for (let i = 0; i < 3; i++) await t.http().get('/api/verify/AAAA-BBBB-CCCC-DDDD-EEEE').expect(200);
    const limited = await t.http().get('/api/verify/AAAA-BBBB-CCCC-DDDD-EEEE');
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe("managers' certificates: list, CSV and a streamed ZIP with a manifest", () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let manager: string;
  let otherManager: string;
  const N = 12;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds);
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (
      await signIn(
        t,
        (await UserFactory.member(t.ds, await OrganisationFactory.create(t.ds), 'manager')).email,
      )
    ).token;
    const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    const course = await publishedOneLessonCourse(t, school.id, trainer, { title: 'Partnerships' });
    for (let i = 0; i < N; i++) {
      const u = await UserFactory.member(t.ds, school, 'learner', {
        name: i % 2 ? `Jürgen Müller ${i}` : `Μαρία ${i}`,
      });
      const token = (await signIn(t, u.email)).token;
      await t.http().post(`/api/courses/${course.courseId}/enrolment`).set(bearer(token)).expect(200);
      await t
        .http()
        .post(`/api/courses/${course.courseId}/lessons/${course.lessonId}/complete`)
        .set(bearer(token))
        .expect(200);
    }
    await waitFor(
      async () =>
        (await t.http().get(`/api/orgs/${school.id}/certificates`).set(bearer(manager))).body.total as number,
      (n) => n === N,
      60_000,
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('lists and exports only their own staff, and refuses other managers', async () => {
    const page = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates?pageSize=5`)
      .set(bearer(manager))
      .expect(200);
    expect(page.body).toMatchObject({ total: N, page: 1, pageSize: 5 });
    expect(page.body.items).toHaveLength(5);
    const today = new Date().toISOString().slice(0, 10);
    const filtered = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates?from=${today}&to=${today}`)
      .set(bearer(manager))
      .expect(200);
    expect(filtered.body.total).toBe(N);
    const none = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates?to=2000-01-01`)
      .set(bearer(manager))
      .expect(200);
    expect(none.body.total).toBe(0);
    const csv = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates.csv`)
      .set(bearer(manager))
      .expect(200);
    expect(
      csv.text.startsWith(
        '\uFEFF"Name","E-mail","Course","Verification code","Issued on","Status","Verification link"',
      ),
    ).toBe(true);
    expect(csv.text).toContain('Μαρία 0');
    expectProblem(
      await t.http().get(`/api/orgs/${school.id}/certificates`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http().get(`/api/orgs/${school.id}/certificates.zip`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
  });

  it('streams a ZIP of every PDF (readable, with verifying credentials) and a manifest', async () => {
    const res = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates.zip`)
      .set(bearer(manager))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const pdfs = Object.keys(files).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(N);
    const manifest = strFromU8(files['manifest.csv']);
    expect(manifest.split('\r\n').filter(Boolean)).toHaveLength(N + 1);
    for (const name of pdfs) {
      const text = await pdfText(files[name]);
      expect(text).toContain('Partnerships');
      const jwt = (await extractCredentialFromPdf(Buffer.from(files[name])))!;
      expect((await t.http().post('/api/verify').send({ jwt }).expect(200)).body.result).toBe('valid');
    }
  });
});
