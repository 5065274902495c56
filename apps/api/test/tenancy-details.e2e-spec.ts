import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Organisation, User } from '@campus/server-db';
import { loadConfig } from '@campus/server-config';
import { FILE_STORAGE, FileUrls, type FileStorage } from '@campus/server-storage';
import { OrganisationFactory, testEnv, UserFactory } from '@campus/server-testing';
import { createApp } from '../src/app.factory';
import { apiConfigSchema } from '../src/config';
import { errorForLog } from '../src/http/database-errors';
import { draftCourseWithModule } from './support/courses';
import { bearer, expectProblem, signIn, type TestApp } from './support/test-app';

/** The real api with its log lines captured (LOG_LEVEL info), to check what the logs hold. */
async function appWithCapturedLogs(lines: string[]): Promise<TestApp> {
  const env = testEnv({ LOG_LEVEL: 'info' });
  const config = loadConfig(apiConfigSchema, env);
  const app = await createApp(config, { logDestination: { write: (line: string) => lines.push(line) } });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  // Nest buffers its Logger's lines until listen(), which supertest never calls: flush them now,
  // so the problem filter's lines reach the destination as they do in production.
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

describe('tenancy and privacy details', () => {
  const logs: string[] = [];
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let trainer: string;
  let manager: string;
  let managerUser: User;
  let otherManager: string;
  let courseId: string;
  let quizId: string;
  /** Learners by name: `stays` (school), `leaves` (other school), `visitor` (other school, stays). */
  const people: Record<'stays' | 'leaves' | 'visitor', { token: string; id: string; attemptId: string }> =
    {} as never;

  beforeAll(async () => {
    t = await appWithCapturedLogs(logs);
    school = await OrganisationFactory.create(t.ds);
    otherSchool = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    managerUser = await UserFactory.member(t.ds, school, 'manager');
    manager = (await signIn(t, managerUser.email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;

    const created = await draftCourseWithModule(t, school.id, trainer, { title: 'Mobility basics' });
    courseId = created.courseId;
    const essayId = (
      await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(trainer))
        .send({ type: 'essay', prompt: 'What did you learn abroad?', content: { graderGuidance: 'Any' } })
        .expect(201)
    ).body.id;
    const withQuiz = await t
      .http()
      .post(`/api/authoring/modules/${created.moduleId}/quizzes`)
      .set(bearer(trainer))
      .send({
        title: 'Reflection',
        settings: { attemptsAllowed: null, passPercent: 50, slots: [{ questionId: essayId, points: 2 }] },
      })
      .expect(201);
    quizId = withQuiz.body.modules[0].lessons[0].quizId;
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);

    const homes = { stays: school, leaves: otherSchool, visitor: otherSchool };
    for (const [name, org] of Object.entries(homes) as [keyof typeof homes, Organisation][]) {
      const user = await UserFactory.member(t.ds, org, 'learner', { name: `Learner ${name}` });
      const token = (await signIn(t, user.email)).token;
      await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(token)).expect(200);
      const attempt = (await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token)).expect(201))
        .body;
      await t
        .http()
        .put(`/api/attempts/${attempt.id}/responses/${attempt.items[0].position}`)
        .set(bearer(token))
        .send({ response: { text: `Essay by ${name}` } })
        .expect(200);
      await t.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(token)).expect(202);
      people[name] = { token, id: user.id, attemptId: attempt.id };
    }
    // As the grading worker leaves an essay: waiting for a trainer (no worker runs in this file).
    await t.ds.query(
      `UPDATE quiz_attempts SET status = 'needs_review' WHERE quiz_id = $1 AND status = 'submitted'`,
      [quizId],
    );
    await t.ds.query(
      `UPDATE attempt_items SET needs_review = true
        WHERE attempt_id IN (SELECT id FROM quiz_attempts WHERE quiz_id = $1)`,
      [quizId],
    );
    // The one from the other school leaves the course.
    await t.http().delete(`/api/courses/${courseId}/enrolment`).set(bearer(people.leaves.token)).expect(204);
  });
  afterAll(() => t.close());

  const names = (rows: { learner: { name: string } }[]) => rows.map((r) => r.learner.name).sort();

  it('hides the attempts and answers of a learner who left the course from its trainers', async () => {
    const list = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/attempts`)
      .set(bearer(trainer))
      .expect(200);
    expect(names(list.body)).toEqual(['Learner stays', 'Learner visitor']);
    // Whatever their school: the visitor from another school is enrolled, so the trainer sees the essay.
    const visitor = await t
      .http()
      .get(`/api/authoring/attempts/${people.visitor.attemptId}`)
      .set(bearer(trainer))
      .expect(200);
    expect(visitor.body.items[0].response).toEqual({ text: 'Essay by visitor' });

    const gone = `/api/authoring/attempts/${people.leaves.attemptId}`;
    expectProblem(await t.http().get(gone).set(bearer(trainer)), 404, 'NOT_FOUND');
    expectProblem(
      await t.http().post(`${gone}/items/1/grade`).set(bearer(trainer)).send({ score: 1 }),
      404,
      'NOT_FOUND',
    );
    const queue = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/grading-queue`)
      .set(bearer(trainer))
      .expect(200);
    expect(names(queue.body)).toEqual(['Learner stays', 'Learner visitor']);
    expect(JSON.stringify(queue.body)).not.toContain('Essay by leaves');
    const book = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/gradebook`)
      .set(bearer(trainer))
      .expect(200);
    expect(book.body.rows.map((r: { learner: { name: string } }) => r.learner.name).sort()).toEqual([
      'Learner stays',
      'Learner visitor',
    ]);

    // Statistics count only those enrolled: grade every essay (the leaver's directly), then look.
    await t.ds.query(
      `UPDATE attempt_items SET fraction = 1, needs_review = false
        WHERE attempt_id IN (SELECT id FROM quiz_attempts WHERE quiz_id = $1)`,
      [quizId],
    );
    await t.ds.query(`UPDATE quiz_attempts SET status = 'graded', score_percent = 100 WHERE quiz_id = $1`, [
      quizId,
    ]);
    const stats = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/statistics`)
      .set(bearer(trainer))
      .expect(200);
    expect(stats.body).toEqual([expect.objectContaining({ type: 'essay', answered: 2 })]);

    // Enrolled again, their work is course work again.
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(people.leaves.token)).expect(200);
    await t.http().get(gone).set(bearer(trainer)).expect(200);
    await t.http().delete(`/api/courses/${courseId}/enrolment`).set(bearer(people.leaves.token)).expect(204);
  });

  it('lets managers of the owning school act as its trainers on its courses', async () => {
    await t.ds.query(`UPDATE quiz_attempts SET status = 'needs_review' WHERE id = $1`, [
      people.visitor.attemptId,
    ]);
    await t.ds.query(`UPDATE attempt_items SET needs_review = true, fraction = NULL WHERE attempt_id = $1`, [
      people.visitor.attemptId,
    ]);
    const list = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/attempts`)
      .set(bearer(manager))
      .expect(200);
    expect(names(list.body)).toEqual(['Learner stays', 'Learner visitor']);
    const queue = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/grading-queue`)
      .set(bearer(manager))
      .expect(200);
    expect(names(queue.body)).toEqual(['Learner visitor']);
    const graded = await t
      .http()
      .post(`/api/authoring/attempts/${people.visitor.attemptId}/items/1/grade`)
      .set(bearer(manager))
      .send({ score: 2, comment: 'Clear and concrete.' })
      .expect(201);
    expect(graded.body).toMatchObject({ status: 'graded', scorePercent: 100 });
    await t.http().get(`/api/authoring/courses/${courseId}/gradebook`).set(bearer(manager)).expect(200);
    await t.http().get(`/api/authoring/quizzes/${quizId}/statistics`).set(bearer(manager)).expect(200);
  });

  it('keeps managers of another school off the trainer routes, even with their staff enrolled', async () => {
    // The course is public, so they see it: 403, not 404 (DESIGN: status codes).
    for (const path of [
      `/api/authoring/quizzes/${quizId}/attempts`,
      `/api/authoring/attempts/${people.visitor.attemptId}`,
      `/api/authoring/courses/${courseId}/grading-queue`,
      `/api/authoring/courses/${courseId}/gradebook`,
      `/api/authoring/quizzes/${quizId}/statistics`,
    ])
      expectProblem(await t.http().get(path).set(bearer(otherManager)), 403, 'FORBIDDEN');
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/attempts/${people.visitor.attemptId}/items/1/grade`)
        .set(bearer(otherManager))
        .send({ score: 0 }),
      403,
      'FORBIDDEN',
    );
  });

  it('re-checks at download that the requester of a certificate ZIP is still a manager', async () => {
    const storage = t.app.get<FileStorage>(FILE_STORAGE);
    const urls = t.app.get(FileUrls);
    const exportId = randomUUID();
    const key = `exports/${exportId}.zip`;
    await storage.write(key, Readable.from([Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18))]));
    await t.ds.query(
      `INSERT INTO certificate_exports (id, organisation_id, requested_by, filters, status, storage_key, size_bytes,
                                        finished_at, expires_at)
       VALUES ($1, $2, $3, '{}', 'ready', $4, 22, now(), now() + interval '7 days')`,
      [exportId, school.id, managerUser.id, key],
    );
    const link = `/api/certificate-exports/${exportId}/file?${urls.query(exportId)}`;
    await t.http().get(link).expect(200);

    await t.ds.query(`UPDATE memberships SET role = 'trainer' WHERE user_id = $1`, [managerUser.id]);
    expectProblem(await t.http().get(link), 404, 'NOT_FOUND');
    await t.ds.query(`UPDATE memberships SET role = 'manager' WHERE user_id = $1`, [managerUser.id]);
    await t.http().get(link).expect(200);

    await t.ds.query(`UPDATE users SET active = false WHERE id = $1`, [managerUser.id]);
    expectProblem(await t.http().get(link), 404, 'NOT_FOUND');
    await t.ds.query(`UPDATE users SET active = true WHERE id = $1`, [managerUser.id]);
  });

  it('logs signed download links by their path only, never the signature or expiry', async () => {
    const urls = t.app.get(FileUrls);
    const storage = t.app.get<FileStorage>(FILE_STORAGE);
    const fileId = randomUUID();
    const key = `files/${fileId}`;
    await storage.write(key, Readable.from([Buffer.from('%PDF-1.4\n%%EOF\n')]));
    await t.ds.query(
      `INSERT INTO stored_files (id, organisation_id, course_id, purpose, storage_key, original_name, content_type,
                                 size_bytes, sha256)
       VALUES ($1, $2, $3, 'lesson-file', $4, 'handout.pdf', 'application/pdf', 15, 'x')`,
      [fileId, school.id, courseId, key],
    );
    const signed = urls.url(fileId);
    const query = new URLSearchParams(signed.split('?')[1]);
    const [expires, signature] = [query.get('expires')!, query.get('signature')!];
    logs.length = 0;
    await t.http().get(signed).expect(200);
    // A bad signature is logged the same way (its 404 must not echo it either).
    await t.http().get(`/api/files/${fileId}?expires=${expires}&signature=${signature}x`).expect(404);

    await new Promise((r) => setImmediate(r));
    const written = logs.join('');
    expect(written).toContain(`/api/files/${fileId}`);
    expect(written).not.toContain(signature);
    expect(written).not.toContain(`expires=${expires}`);
    expect(written).not.toContain('?');
  });

  it('logs a failed query without its parameters, driver detail or quoted values', async () => {
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$9kq2+secret+hash';
    // A real QueryFailedError: the message itself quotes the parameter ('invalid input syntax … "…"').
    const malformed = await t.ds.query(`SELECT $1::uuid`, [hash]).catch((e: unknown) => e);
    expect((malformed as { parameters: unknown[] }).parameters).toEqual([hash]);
    expect((malformed as Error).message).toContain(hash);
    // A unique violation whose driver detail names the value: "Key (lower(email))=(…) already exists."
    const email = managerUser.email;
    const duplicate = await t.ds
      .query(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'Twin', $2)`, [email, hash])
      .catch((e: unknown) => e);
    expect((duplicate as { detail: string }).detail).toContain(email);

    for (const err of [malformed, duplicate]) {
      const logged = JSON.stringify(errorForLog(err));
      expect(logged).not.toContain(hash);
      expect(logged).not.toContain(email);
      expect(logged).toContain('QueryFailedError');
      // Still useful: the statement (placeholders only) and the SQLSTATE.
      expect(logged).toContain('$1');
    }
    expect(errorForLog(duplicate)).toMatchObject({ code: '23505' });
  });

  it('writes no query parameters when the problem filter logs a database refusal', async () => {
    const admin = await UserFactory.create(t.ds, { isPlatformAdmin: true });
    const token = (await signIn(t, admin.email)).token;
    const title = `Secret title ${randomUUID()}`;
    const slug = `secret-slug-${randomUUID().slice(0, 8)}`;
    logs.length = 0;
    // The organisation does not exist: the insert fails on its foreign key and reaches the filter.
    const res = await t
      .http()
      .post(`/api/orgs/${randomUUID()}/courses`)
      .set(bearer(token))
      .send({ title, slug, language: 'en' });
    expectProblem(res, 404, 'NOT_FOUND');
    await new Promise((r) => setImmediate(r));
    const written = logs.join('');
    expect(written).toContain('database refused client input');
    expect(written).toContain('23503');
    expect(written).not.toContain(title);
    expect(written).not.toContain(slug);
    expect(written).not.toContain('is not present in table');
  });
});
