import type { INestApplicationContext } from '@nestjs/common';
import type { Organisation } from '@campus/server-db';
import { AttemptGradingService } from '@campus/server-quizzes';
import { OrganisationFactory, sleep, SmtpCapture, UserFactory, waitFor } from '@campus/server-testing';
import { addQuizLesson, draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

const slug = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}`;

const QUESTIONS = {
  capital: {
    type: 'single_choice',
    prompt: 'Which programme funds VET staff mobility in the EU?',
    tags: ['erasmus'],
    content: {
      options: [
        { id: 'a', text: 'Erasmus+', correct: true, feedback: 'Yes: KA1 and KA2.' },
        { id: 'b', text: 'Horizon Europe', correct: false },
        { id: 'c', text: 'LIFE', correct: false },
      ],
    },
  },
  tf: {
    type: 'true_false',
    prompt: 'A learning agreement is signed before the mobility.',
    tags: ['erasmus'],
    content: { correct: true },
  },
  numeric: {
    type: 'numeric',
    prompt: 'How many days is the shortest job-shadowing under KA1 (VET staff)?',
    tags: ['erasmus'],
    content: { answers: [{ value: 2, tolerance: 0 }] },
  },
  order: {
    type: 'ordering',
    prompt: 'Put the steps in order.',
    tags: ['steps'],
    content: {
      items: [
        { id: 'plan', text: 'Plan' },
        { id: 'agree', text: 'Sign the learning agreement' },
        { id: 'go', text: 'Travel' },
      ],
    },
  },
} as const;

describe('quizzes: question bank, quiz lessons, attempts, grading in the worker', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let trainer: string;
  let learner: string;
  let other: string;
  let courseId: string;
  let moduleId: string;
  const ids: Record<keyof typeof QUESTIONS, string> = { capital: '', tf: '', numeric: '', order: '' };

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp({ QUIZ_GRACE_SECONDS: '1' });
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url, GRADING_RECONCILE_EVERY_MS: '200' });
    school = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    learner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    other = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    const created = await draftCourseWithModule(
      t,
      school.id,
      trainer,
      { title: 'Erasmus+ for VET staff', slug: slug('quiz') },
      'Check',
    );
    courseId = created.courseId;
    moduleId = created.moduleId;
    await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'page', title: 'Read first', body: 'Erasmus+ basics.' })
      .expect(201);
    for (const [key, q] of Object.entries(QUESTIONS)) {
      const res = await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(trainer))
        .send(q)
        .expect(201);
      ids[key as keyof typeof QUESTIONS] = res.body.id;
    }
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  const quizLesson = (title: string, settings: object) =>
    addQuizLesson(t, trainer, moduleId, title, settings);

  it('refuses a question that breaks its type rules, naming the field', async () => {
    const res = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/questions`)
      .set(bearer(trainer))
      .send({
        ...QUESTIONS.capital,
        content: {
          options: [
            { id: 'a', text: 'x', correct: true },
            { id: 'b', text: 'y', correct: true },
          ],
        },
      });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(res.body.errors)).toContain('content');
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(learner))
        .send(QUESTIONS.tf),
      404,
      'NOT_FOUND',
    );
  });

  it('runs an attempt: start, autosave, parallel submits, graded once in the worker, lesson completed', async () => {
    const quizId = await quizLesson('Check your knowledge', {
      attemptsAllowed: 2,
      passPercent: 60,
      slots: [
        { questionId: ids.capital, points: 2 },
        { questionId: ids.numeric },
        { tag: 'steps', count: 1 },
      ],
    });
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);

    expectProblem(await t.http().get(`/api/quizzes/${quizId}`).set(bearer(learner)), 403, 'FORBIDDEN');
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(learner)).expect(200);
    const before = await t.http().get(`/api/quizzes/${quizId}`).set(bearer(learner)).expect(200);
    expect(before.body).toMatchObject({
      questionCount: 3,
      attemptsLeft: 2,
      cannotStartBecause: null,
      openAttemptId: null,
    });

    const started = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(learner)).expect(201);
    const attempt = started.body;
    expect(attempt.items).toHaveLength(3);
    expect(JSON.stringify(attempt.items)).not.toMatch(/"correct"|feedback|"answers"/);
    expect(attempt.items[0].options.map((o: { id: string }) => o.id).sort()).toEqual(['a', 'b', 'c']);
    const again = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(learner));
    expectProblem(again, 409, 'ATTEMPT_IN_PROGRESS');
    expect(again.body.attemptId).toBe(attempt.id);
    // The same attempt, the same order, on reload.
    const reloaded = await t.http().get(`/api/attempts/${attempt.id}`).set(bearer(learner)).expect(200);
    expect(reloaded.body.items).toEqual(attempt.items);

    const save = (position: number, response: unknown, token = learner) =>
      t.http().put(`/api/attempts/${attempt.id}/responses/${position}`).set(bearer(token)).send({ response });
    expectProblem(await save(1, { optionIds: ['a'] }), 400, 'VALIDATION_FAILED');
    expectProblem(await save(1, { optionId: 'zzz' }), 400, 'VALIDATION_FAILED');
    expectProblem(await save(1, { optionId: 'a' }, other), 404, 'NOT_FOUND');
    expectProblem(await save(9, { optionId: 'a' }), 404, 'NOT_FOUND');
    expectProblem(
      await t
        .http()
        .put(`/api/attempts/${attempt.id}/responses/first`)
        .set(bearer(learner))
        .send({ response: {} }),
      400,
      'MALFORMED_ID',
    );
    const saved = await save(1, { optionId: 'a' }).expect(200);
    expect(Date.parse(saved.body.savedAt)).toBeGreaterThan(0);
    await save(1, { optionId: 'a' }).expect(200);
    await save(2, { text: '2' }).expect(200);
    // No item in its place: 0 for the ordering question (absolute positions score).
    await save(3, { order: ['agree', 'go', 'plan'] }).expect(200);
    const stored = await t.ds.query<{ response: unknown }[]>(
      `SELECT response FROM attempt_items WHERE attempt_id = $1 ORDER BY position`,
      [attempt.id],
    );
    expect(stored[0].response).toEqual({ optionId: 'a' });

    const submits = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner)),
      ),
    );
    expect(submits.map((r) => r.status)).toEqual(Array(10).fill(202));
    expect(new Set(submits.map((r) => r.body.id))).toEqual(new Set([attempt.id]));
    const [{ n }] = await t.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE job = 'gradeAttempt' AND payload->>'attemptId' = $1`,
      [attempt.id],
    );
    expect(n).toBe(1);
    expectProblem(await save(1, { optionId: 'b' }), 409, 'ATTEMPT_CLOSED');

    const graded = await waitFor(
      () => t.http().get(`/api/quizzes/${quizId}`).set(bearer(learner)),
      (r) => r.body.attempts[0]?.status === 'graded',
    );
    // 2 points (choice) + 1 (numeric) of 4: 75%, passed.
    expect(graded.body.attempts[0]).toMatchObject({ scorePercent: 75, passed: true });
    expect(graded.body).toMatchObject({ finalPercent: 75, passed: true, attemptsLeft: 1 });
    const enrolment = await t
      .http()
      .get(`/api/courses/${courseId}/enrolment`)
      .set(bearer(learner))
      .expect(200);
    const lessons = (await t.http().get(`/api/courses/${courseId}/learn`).set(bearer(learner))).body
      .modules[0].lessons as {
      id: string;
      quizId?: string;
    }[];
    expect(enrolment.body.completedLessonIds).toContain(lessons.find((l) => l.quizId === quizId)!.id);
    expectProblem(
      await t
        .http()
        .post(`/api/courses/${courseId}/lessons/${lessons.find((l) => l.quizId === quizId)!.id}/complete`)
        .set(bearer(learner)),
      409,
      'CONFLICT',
    );

    // One more attempt allowed, then none.
    const second = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(learner)).expect(201);
    await t.http().post(`/api/attempts/${second.body.id}/submit`).set(bearer(learner)).expect(202);
    expectProblem(
      await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(learner)),
      409,
      'NO_ATTEMPTS_LEFT',
    );
    // Re-running the grading job changes nothing.
    const [{ score }] = await t.ds.query<{ score: string }[]>(
      `SELECT score_percent AS score FROM quiz_attempts WHERE id = $1`,
      [attempt.id],
    );
    expect(await worker.get(AttemptGradingService).grade(attempt.id)).toBe(false);
    const [{ score: after }] = await t.ds.query<{ score: string }[]>(
      `SELECT score_percent AS score FROM quiz_attempts WHERE id = $1`,
      [attempt.id],
    );
    expect(after).toBe(score);
  });

  it('closes an attempt at the deadline with its autosaved answers; late saves and submits get 409', async () => {
    const closesAt = new Date(Date.now() + 2500).toISOString();
    const quizId = await quizLesson('Timed check', {
      attemptsAllowed: null,
      closesAt,
      slots: [{ questionId: ids.tf }],
    });
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(other)).expect(200);
    const started = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(other)).expect(201);
    expect(started.body.deadlineAt).toBe(closesAt);
    await t
      .http()
      .put(`/api/attempts/${started.body.id}/responses/1`)
      .set(bearer(other))
      .send({ response: { value: true } })
      .expect(200);
    await sleep(Date.parse(closesAt) - Date.now() + 1200); // past the deadline and the 1 s grace
    expectProblem(
      await t
        .http()
        .put(`/api/attempts/${started.body.id}/responses/1`)
        .set(bearer(other))
        .send({ response: { value: false } }),
      409,
      'ATTEMPT_CLOSED',
    );
    expectProblem(
      await t.http().post(`/api/attempts/${started.body.id}/submit`).set(bearer(other)),
      409,
      'ATTEMPT_CLOSED',
    );
    const rows = await waitFor(
      () =>
        t.ds.query<{ status: string; submitted_by: string; score_percent: string }[]>(
          `SELECT status, submitted_by, score_percent FROM quiz_attempts WHERE id = $1`,
          [started.body.id],
        ),
      (r) => r[0].status === 'graded',
    );
    expect(rows[0]).toMatchObject({ submitted_by: 'deadline', score_percent: '100.00' });
    expectProblem(
      await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(other)),
      409,
      'QUIZ_CLOSED',
    );
  });

  it('keeps the version an attempt used when a trainer edits the question', async () => {
    const quizId = await quizLesson('Versioned', { attemptsAllowed: null, slots: [{ questionId: ids.tf }] });
    const started = await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(learner)).expect(201);
    const edited = await t
      .http()
      .put(`/api/authoring/questions/${ids.tf}`)
      .set(bearer(trainer))
      .send({
        ...QUESTIONS.tf,
        prompt: 'A learning agreement is signed after the mobility.',
        content: { correct: false },
      })
      .expect(200);
    expect(edited.body.version).toBeGreaterThan(1);
    const view = await t.http().get(`/api/attempts/${started.body.id}`).set(bearer(learner)).expect(200);
    expect(view.body.items[0].prompt).toBe(QUESTIONS.tf.prompt);
  });

  it('imports a GIFT file, reporting what it could not read, and exports the bank as JSON', async () => {
    const gift = [
      '// a comment',
      '::Q1:: Erasmus+ is an EU programme. {T}',
      '',
      'How many partner countries are in the demo? {#7:0}',
      '',
      'This one is broken {=a ~b',
    ].join('\n');
    const res = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/questions/import`)
      .set(bearer(trainer))
      .send({ format: 'gift', text: gift })
      .expect(200);
    expect(res.body.imported).toBe(2);
    expect(res.body.problems).toEqual([expect.objectContaining({ line: 6 })]);
    const exported = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/questions/export`)
      .set(bearer(trainer))
      .expect(200);
    expect(exported.body.format).toBe('campus-question-bank');
    expect(exported.body.questions.length).toBeGreaterThanOrEqual(6);
    const bad = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/questions/import`)
      .set(bearer(trainer))
      .send({ format: 'json', text: '{not json' })
      .expect(200);
    expect(bad.body).toEqual({ imported: 0, problems: [{ message: 'The file is not valid JSON.' }] });
  });
});
