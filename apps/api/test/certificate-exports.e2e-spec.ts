import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { strFromU8, unzipSync } from 'fflate';
import { CertificateExportBuilder } from '@campus/server-certificates';
import { extractCredentialFromPdf, verifyCredentialJwt } from '@campus/server-credentials';
import { parseCsv } from '@campus/server-csv';
import type { Organisation } from '@campus/server-db';
import {
  binaryBody,
  createPrivateTestDatabase,
  dropDatabase,
  OrganisationFactory,
  pdfText,
  SmtpCapture,
  UserFactory,
  waitFor,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** Over CERTIFICATE_ZIP_STREAM_LIMIT (200 by default), so the ZIP is built by the reports worker. */
const N = 1000;
const COURSE = 'Internationalisation of VET';

describe('certificate exports: a ZIP of 1,000 certificates built by the reports worker', () => {
  const smtp = new SmtpCapture();
  let databaseUrl: string;
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let managerEmail: string;
  let manager: string;
  let learner: string;
  let otherManager: string;
  let otherSchool: Organisation;

  beforeAll(async () => {
    await smtp.listen();
    // Its own database: other files' workers would otherwise relay these 1,000 events into their
    // own queues (see createPrivateTestDatabase).
    databaseUrl = await createPrivateTestDatabase();
    t = await createTestApp({ DATABASE_URL: databaseUrl });
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds, { name: 'Ammattiopisto Åbo', country: 'FI' });
    managerEmail = (await UserFactory.member(t.ds, school, 'manager')).email;
    manager = (await signIn(t, managerEmail)).token;
    learner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    otherSchool = await OrganisationFactory.create(t.ds);
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;

    // 1,000 completed enrolments and their course.completed events, as completions would leave them.
    const [course] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO courses (organisation_id, slug, title, summary, language, eqf_level, workload_hours,
                            learning_outcomes, status, published_at)
       VALUES ($1, $2, $3, 'Exports at scale.', 'en', 4, 20, $4, 'published', now()) RETURNING id`,
      [school.id, `export-${Date.now()}`, COURSE, JSON.stringify(['Plan a mobility', 'Recognise outcomes'])],
    );
    const people = await t.ds.query<{ id: string }[]>(
      `INSERT INTO users (email, name, locale)
       SELECT 'holder-' || g || '-' || $2 || '@export.test',
              CASE WHEN g % 2 = 0 THEN 'Ελένη Παπαδοπούλου ' || g ELSE 'Jürgen Ångström ' || g END, 'en'
         FROM generate_series(1, $1) g RETURNING id`,
      [N, Date.now()],
    );
    const ids = people.map((p) => p.id);
    await t.ds.query(
      `INSERT INTO memberships (user_id, organisation_id, role) SELECT u, $2, 'learner' FROM unnest($1::uuid[]) u`,
      [ids, school.id],
    );
    const enrolments = await t.ds.query<{ id: string }[]>(
      `INSERT INTO enrolments (user_id, course_id, source, status, progress_percent, completed_at)
       SELECT u, $2, 'manager', 'completed', 100, now() FROM unnest($1::uuid[]) u RETURNING id`,
      [ids, course.id],
    );
    await t.ds.query(
      `INSERT INTO outbox_events (job, payload, job_id)
       SELECT 'courseCompleted', jsonb_build_object('enrolmentId', e), 'course-completed-' || e
         FROM unnest($1::uuid[]) e`,
      [enrolments.map((e) => e.id)],
    );
    await waitFor(
      async () =>
        (
          await t.ds.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM certificates WHERE organisation_id = $1 AND pdf_key IS NOT NULL`,
            [school.id],
          )
        )[0].n,
      (n) => n === N,
      240_000,
    );
  }, 300_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
    await dropDatabase(databaseUrl);
  });

  it('refuses to stream a set that large and names the way to ask for it', async () => {
    const res = await t.http().get(`/api/orgs/${school.id}/certificates.zip`).set(bearer(manager));
    expectProblem(res, 409, 'EXPORT_TOO_LARGE');
    expect(res.body.detail).toContain('certificate-exports');
    const page = await t.http().get(`/api/orgs/${school.id}/certificates`).set(bearer(manager)).expect(200);
    expect(page.body).toMatchObject({ total: N, zipStreamLimit: 200 });
  });

  it('keeps exports to the organisation’s managers', async () => {
    const path = `/api/orgs/${school.id}/certificate-exports`;
    expectProblem(await t.http().post(path).set(bearer(otherManager)).send({}), 404, 'NOT_FOUND');
    expectProblem(await t.http().get(path).set(bearer(otherManager)), 404, 'NOT_FOUND');
    expectProblem(await t.http().post(path).set(bearer(learner)).send({}), 403, 'FORBIDDEN');
    expectProblem(
      await t.http().post(path).set(bearer(manager)).send({ from: 'yesterday' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await t.http().get(`${path}/not-a-uuid`).set(bearer(manager)), 400, 'MALFORMED_ID');
  });

  it('builds the ZIP in the background, e-mails the manager, and serves it through a signed link', async () => {
    const path = `/api/orgs/${school.id}/certificate-exports`;
    const first = await t.http().post(path).set(bearer(manager)).send({}).expect(202);
    expect(first.body).toMatchObject({ status: 'queued', total: N, done: 0, downloadUrl: null });
    // A second click while it is being built gets the same export.
    const again = await t.http().post(path).set(bearer(manager)).send({}).expect(202);
    expect(again.body.id).toBe(first.body.id);
    expectProblem(await t.http().get(`${path}/${first.body.id}`).set(bearer(otherManager)), 404, 'NOT_FOUND');
    // Under their own organisation, another school's export is not found either, nor listed.
    const theirs = `/api/orgs/${otherSchool.id}/certificate-exports`;
    expectProblem(
      await t.http().get(`${theirs}/${first.body.id}`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expect((await t.http().get(theirs).set(bearer(otherManager)).expect(200)).body).toEqual([]);

    const ready = await waitFor(
      async () => (await t.http().get(`${path}/${first.body.id}`).set(bearer(manager)).expect(200)).body,
      (e) => e.status === 'ready',
      120_000,
    );
    expect(ready).toMatchObject({ total: N, done: N });
    expect(ready.sizeBytes).toBeGreaterThan(N * 10_000);
    expect((await t.http().get(path).set(bearer(manager)).expect(200)).body[0].id).toBe(first.body.id);

    // Queued behind whatever is left of the 1,000 certificate e-mails: issuing outpaces sending.
    const mail = await waitFor(
      () =>
        Promise.resolve(
          smtp.mails.find((m) => m.to.includes(managerEmail) && m.text.includes(first.body.id)),
        ),
      Boolean,
      90_000,
    );
    expect(mail!.subject).toContain(`${N}`);
    expect(mail!.text).toContain(`/orgs/${school.id}/certificates?export=${first.body.id}`);

    const tampered = (ready.downloadUrl as string).replace(/signature=[^&]+/, 'signature=AAAA');
    expectProblem(await t.http().get(tampered), 404, 'NOT_FOUND');
    const res = await t.http().get(ready.downloadUrl).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toContain('application/zip');
    expect(Number(res.headers['content-length'])).toBe(ready.sizeBytes);

    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const pdfs = Object.keys(files).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(N);
    const manifest = strFromU8(files['manifest.csv']).split('\r\n').filter(Boolean);
    expect(manifest).toHaveLength(N + 1);
    // In the requester's language (English here): `,` between quoted cells.
    expect(manifest[0]).toBe('"File","Name","E-mail","Course","Verification code","Issued on","Status"');
    const manifestRows = parseCsv(strFromU8(files['manifest.csv'])).slice(1);
    expect(new Set(manifestRows.map((r) => r.cells[0]))).toEqual(new Set(pdfs));

    // Every credential extracts from its PDF and verifies against the published keys.
    const jwks = (await t.http().get('/.well-known/jwks.json').expect(200)).body;
    for (const name of pdfs) {
      const jwt = await extractCredentialFromPdf(Buffer.from(files[name]));
      expect(jwt).not.toBeNull();
      const checked = await verifyCredentialJwt(jwt!, jwks);
      expect(checked.ok).toBe(true);
    }
    // And a PDF reader reads every PDF (pdfText rejects on one it cannot parse).
    const texts: string[] = [];
    for (const name of pdfs) texts.push(await pdfText(files[name]));
    const text = texts.join('\n');
    expect(texts.filter((t) => t.includes(COURSE))).toHaveLength(N);
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('Jürgen Ångström');
  }, 300_000);

  it('removes the file once the export expires; the link then finds nothing', async () => {
    const path = `/api/orgs/${school.id}/certificate-exports`;
    const to = new Date().toISOString().slice(0, 10);
    const requested = await t.http().post(path).set(bearer(manager)).send({ to }).expect(202);
    const ready = await waitFor(
      async () => (await t.http().get(`${path}/${requested.body.id}`).set(bearer(manager))).body,
      (e) => e.status === 'ready',
      120_000,
    );
    const [[{ key }]] = await t.ds.query<[{ key: string }[], number]>(
      `UPDATE certificate_exports SET expires_at = now() - interval '1 second' WHERE id = $1
       RETURNING storage_key AS key`,
      [ready.id],
    );
    expect(existsSync(join(t.config.STORAGE_DIR, key))).toBe(true);
    expect(await worker.get(CertificateExportBuilder).expireOld()).toBeGreaterThanOrEqual(1);
    const expired = (await t.http().get(`${path}/${ready.id}`).set(bearer(manager)).expect(200)).body;
    expect(expired).toMatchObject({ status: 'expired', downloadUrl: null });
    expect(existsSync(join(t.config.STORAGE_DIR, key))).toBe(false);
    expectProblem(await t.http().get(ready.downloadUrl), 404, 'NOT_FOUND');
  }, 150_000);

  it('fails an export whose requester is no longer a manager, instead of building it', async () => {
    const [{ id: userId }] = await t.ds.query<{ id: string }[]>(
      `SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id
        WHERE m.organisation_id = $1 AND m.role = 'learner' LIMIT 1`,
      [school.id],
    );
    const [{ id }] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO certificate_exports (id, organisation_id, requested_by, filters, total)
       VALUES (gen_random_uuid(), $1, $2, '{}', 0) RETURNING id`,
      [school.id, userId],
    );
    await worker.get(CertificateExportBuilder).build(id);
    const [row] = await t.ds.query<{ status: string; key: string | null }[]>(
      `SELECT status, storage_key AS key FROM certificate_exports WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'failed', key: null });
  });
});
