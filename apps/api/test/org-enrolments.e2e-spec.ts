import type { INestApplicationContext } from '@nestjs/common';
import type { Organisation, User } from '@campus/server-db';
import { OrganisationFactory, SmtpCapture, UserFactory } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

describe('managers enrol their members and follow their progress', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const smtp = new SmtpCapture();
  let school: Organisation;
  let manager: string;
  let otherManager: string;
  let trainer: string;
  let greek: User;
  let italian: User;
  let courseId: string;
  let lessonIds: string[];

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds, {
      name: `Σχολή ${Math.random().toString(36).slice(2, 6)}`,
      country: 'GR',
      city: 'Αθήνα',
    });
    const other = await OrganisationFactory.create(t.ds);
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, other, 'manager')).email)).token;
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    greek = await UserFactory.member(t.ds, school, 'learner', {
      name: 'Αλέξανδρος Παπαδόπουλος',
      locale: 'el',
    });
    italian = await UserFactory.member(t.ds, school, 'learner', {
      name: 'Giulia "Giò" Bianchi',
      locale: 'it',
    });

    const course = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({
        title: 'Κινητικότητα προσωπικού',
        slug: `mobility-${Math.random().toString(36).slice(2, 8)}`,
        language: 'el',
        visibility: 'organisation',
      })
      .expect(201);
    courseId = course.body.id;
    const mod = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/modules`)
      .set(bearer(trainer))
      .send({ title: 'Μέρος 1' })
      .expect(201);
    for (const title of ['Α', 'Β']) {
      await t
        .http()
        .post(`/api/authoring/modules/${mod.body.modules[0].id}/lessons`)
        .set(bearer(trainer))
        .send({ kind: 'page', title })
        .expect(201);
    }
    const published = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/publish`)
      .set(bearer(trainer))
      .expect(200);
    lessonIds = published.body.modules[0].lessons.map((l: { id: string }) => l.id);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('enrols members one by one or in bulk, e-mails each in their language, and reports non-members', async () => {
    const outsider = await UserFactory.create(t.ds);
    const res = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments`)
      .set(bearer(manager))
      .send({ courseId, userIds: [greek.id, italian.id, outsider.id] })
      .expect(200);
    expect(res.body).toMatchObject({ enrolled: 2, alreadyEnrolled: 0, failed: 1 });
    expect(res.body.rows.find((r: { userId: string }) => r.userId === outsider.id)).toMatchObject({
      status: 'failed',
      reason: 'Not a member of this organisation.',
    });
    const again = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments`)
      .set(bearer(manager))
      .send({ courseId, userIds: [greek.id] })
      .expect(200);
    expect(again.body).toMatchObject({ enrolled: 0, alreadyEnrolled: 1 });

    const mail = await smtp.waitFor(greek.email);
    expect(mail.subject).toBe('Εγγραφή στο μάθημα «Κινητικότητα προσωπικού»');
    expect((await smtp.waitFor(italian.email)).subject).toContain('Iscrizione al corso');
    expect(smtp.mailsTo(greek.email)).toHaveLength(1);
  });

  it('enrols from a CSV of e-mail addresses, row by row', async () => {
    const fresh = await UserFactory.member(t.ds, school, 'learner');
    const csv = `email\r\n${fresh.email.toUpperCase()}\r\nnot-an-email\r\nstranger@nowhere.example\r\n`;
    const res = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments/csv`)
      .set(bearer(manager))
      .send({ courseId, csv })
      .expect(200);
    expect(res.body.rows).toEqual([
      { line: 2, email: fresh.email, userId: fresh.id, status: 'enrolled' },
      { line: 3, email: 'not-an-email', status: 'failed', reason: 'Not a valid e-mail address.' },
      {
        line: 4,
        email: 'stranger@nowhere.example',
        status: 'failed',
        reason: 'Not a member of this organisation.',
      },
    ]);
  });

  it('lists progress with filters and exports it as CSV with a BOM, Greek intact and quotes escaped', async () => {
    const greekSession = await signIn(t, greek.email);
    await t
      .http()
      .post(`/api/courses/${courseId}/lessons/${lessonIds[0]}/complete`)
      .set(bearer(greekSession.token))
      .expect(200);

    const all = await t
      .http()
      .get(`/api/orgs/${school.id}/progress`)
      .query({ courseId })
      .set(bearer(manager))
      .expect(200);
    const greekRow = all.body.items.find((r: { userId: string }) => r.userId === greek.id);
    expect(greekRow).toMatchObject({
      status: 'in_progress',
      progressPercent: 50,
      courseTitle: 'Κινητικότητα προσωπικού',
    });
    const notStarted = await t
      .http()
      .get(`/api/orgs/${school.id}/progress`)
      .query({ status: 'not_started' })
      .set(bearer(manager))
      .expect(200);
    expect(notStarted.body.items.map((r: { userId: string }) => r.userId)).toContain(italian.id);
    expect(notStarted.body.items.map((r: { userId: string }) => r.userId)).not.toContain(greek.id);

    const csv = await t
      .http()
      .get(`/api/orgs/${school.id}/progress.csv`)
      .query({ courseId })
      .set(bearer(manager))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    // The manager's language is English: `,` and English headers (see csv-exports.e2e-spec.ts).
    expect(lines[0]).toBe(
      '"Name","E-mail","Course","Status","Progress (%)","Enrolled on","Last activity","Completed on"',
    );
    expect(lines.find((l) => l.startsWith('"Αλέξανδρος Παπαδόπουλος",'))).toContain(
      ',"Κινητικότητα προσωπικού","In progress","50",',
    );
    expect(lines.some((l) => l.startsWith('"Giulia ""Giò"" Bianchi",'))).toBe(true);
  });

  it('keeps other organisations and other roles out', async () => {
    expectProblem(
      await t.http().get(`/api/orgs/${school.id}/progress`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http().get(`/api/orgs/${school.id}/progress.csv`).set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${school.id}/enrolments`)
        .set(bearer(otherManager))
        .send({ courseId, userIds: [greek.id] }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http().get(`/api/orgs/${school.id}/progress`).set(bearer(trainer)),
      403,
      'FORBIDDEN',
    );
    // The course is organisation-only: another organisation's manager cannot enrol their own people in it.
    const otherOrgId = (await t.http().get('/api/me').set(bearer(otherManager))).body.memberships[0]
      .organisationId;
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${otherOrgId}/enrolments`)
        .set(bearer(otherManager))
        .send({ courseId, userIds: [greek.id] }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${school.id}/enrolments`)
        .set(bearer(manager))
        .send({ courseId: 'nope', userIds: [] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses enrolment into a course whose window has closed, enrolling nobody', async () => {
    await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .send({ enrolmentOpensAt: '2020-01-01T00:00:00Z', enrolmentClosesAt: '2021-01-01T00:00:00Z' })
      .expect(200);
    try {
      const late = await UserFactory.member(t.ds, school, 'learner');
      expectProblem(
        await t
          .http()
          .post(`/api/orgs/${school.id}/enrolments`)
          .set(bearer(manager))
          .send({ courseId, userIds: [late.id] }),
        409,
        'ENROLMENT_CLOSED',
      );
      const rows = await t
        .http()
        .get(`/api/orgs/${school.id}/progress`)
        .query({ userId: late.id })
        .set(bearer(manager));
      expect(rows.body.total).toBe(0);
    } finally {
      await t
        .http()
        .patch(`/api/authoring/courses/${courseId}`)
        .set(bearer(trainer))
        .send({ enrolmentOpensAt: null, enrolmentClosesAt: null })
        .expect(200);
    }
  });

  it('unenrols a member', async () => {
    const rows = (
      await t
        .http()
        .get(`/api/orgs/${school.id}/progress`)
        .query({ userId: italian.id })
        .set(bearer(manager))
        .expect(200)
    ).body.items;
    await t
      .http()
      .delete(`/api/orgs/${school.id}/enrolments/${rows[0].enrolmentId}`)
      .set(bearer(otherManager))
      .expect(404);
    await t
      .http()
      .delete(`/api/orgs/${school.id}/enrolments/${rows[0].enrolmentId}`)
      .set(bearer(manager))
      .expect(204);
    expect(
      (
        await t
          .http()
          .get(`/api/orgs/${school.id}/progress`)
          .query({ userId: italian.id })
          .set(bearer(manager))
      ).body.total,
    ).toBe(0);
  });
});
