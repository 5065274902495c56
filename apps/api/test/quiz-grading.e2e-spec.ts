import type { INestApplicationContext } from '@nestjs/common';
import type { Organisation } from '@campus/server-db';
import { QUEUES, type QueueMap } from '@campus/server-jobs';
import { linkIn, OrganisationFactory, SmtpCapture, UserFactory, waitFor } from '@campus/server-testing';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

describe('quiz grading: essays, results by policy, regrading, gradebook and statistics', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let trainer: string;
  let learners: { token: string; email: string }[];
  let courseId: string;
  let quizId: string;
  let choiceId: string;
  let essayId: string;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    learners = [];
    for (let i = 0; i < 3; i++) {
      const u = await UserFactory.member(t.ds, school, 'learner', { locale: i === 0 ? 'el' : 'en' });
      learners.push({ token: (await signIn(t, u.email)).token, email: u.email });
    }
    const created = await draftCourseWithModule(
      t,
      school.id,
      trainer,
      { title: 'Recognition of learning outcomes', slug: `rec-${Date.now()}` },
      'M',
    );
    courseId = created.courseId;
    choiceId = (
      await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(trainer))
        .send({
          type: 'single_choice',
          prompt: 'Which tool records learning outcomes of a mobility?',
          content: {
            options: [
              { id: 'a', text: 'Europass Mobility', correct: false }, // the key is wrong on purpose: fixed later
              { id: 'b', text: 'A boarding pass', correct: true },
            ],
          },
        })
        .expect(201)
    ).body.id;
    essayId = (
      await t
        .http()
        .post(`/api/authoring/courses/${courseId}/questions`)
        .set(bearer(trainer))
        .send({
          type: 'essay',
          prompt: 'Describe how your school would recognise a job shadowing.',
          content: { graderGuidance: 'Mentions ECVET or Europass', maxWords: 200 },
        })
        .expect(201)
    ).body.id;
    const withQuiz = await t
      .http()
      .post(`/api/authoring/modules/${created.moduleId}/quizzes`)
      .set(bearer(trainer))
      .send({
        title: 'Recognition check',
        settings: {
          attemptsAllowed: null,
          passPercent: 50,
          showAnswers: 'after_submit',
          slots: [{ questionId: choiceId }, { questionId: essayId, points: 3 }],
        },
      })
      .expect(201);
    quizId = withQuiz.body.modules[0].lessons[0].quizId;
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);
    for (const l of learners)
      await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(l.token)).expect(200);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  /** One learner's attempt: the choice answered with `option`, the essay with `essay`. */
  async function takeQuiz(token: string, option: 'a' | 'b', essay: string): Promise<string> {
    const attempt = (await t.http().post(`/api/quizzes/${quizId}/attempts`).set(bearer(token)).expect(201))
      .body;
    const choicePos = attempt.items.find((i: { type: string }) => i.type === 'single_choice').position;
    const essayPos = attempt.items.find((i: { type: string }) => i.type === 'essay').position;
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/responses/${choicePos}`)
      .set(bearer(token))
      .send({ response: { optionId: option } })
      .expect(200);
    await t
      .http()
      .put(`/api/attempts/${attempt.id}/responses/${essayPos}`)
      .set(bearer(token))
      .send({ response: { text: essay } })
      .expect(200);
    await t.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(token)).expect(202);
    return attempt.id;
  }
  const status = async (attemptId: string) =>
    (await t.ds.query<{ status: string }[]>(`SELECT status FROM quiz_attempts WHERE id = $1`, [attemptId]))[0]
      .status;

  it('holds essays for a trainer, then finalises, tells the learner and shows the result', async () => {
    const [ana] = learners;
    const attemptId = await takeQuiz(ana.token, 'b', 'We would use Europass Mobility and ECVET units.');
    await waitFor(
      () => status(attemptId),
      (s) => s === 'needs_review',
    );
    const waiting = await t
      .http()
      .get(`/api/attempts/${attemptId}/result`)
      .set(bearer(ana.token))
      .expect(200);
    expect(waiting.body).toEqual(expect.objectContaining({ status: 'needs_review' }));
    expect(waiting.body.scorePercent).toBeUndefined();

    expectProblem(
      await t.http().get(`/api/authoring/courses/${courseId}/grading-queue`).set(bearer(ana.token)),
      403,
      'FORBIDDEN',
    );
    const queue = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/grading-queue`)
      .set(bearer(trainer))
      .expect(200);
    const mine = queue.body.find((q: { attemptId: string }) => q.attemptId === attemptId);
    expect(mine).toMatchObject({ graderGuidance: 'Mentions ECVET or Europass', maxWords: 200, points: 3 });
    expect(mine.response.text).toContain('ECVET');

    const tooMuch = await t
      .http()
      .post(`/api/authoring/attempts/${attemptId}/items/${mine.position}/grade`)
      .set(bearer(trainer))
      .send({ score: 4 });
    expectProblem(tooMuch, 400, 'VALIDATION_FAILED');
    const graded = await t
      .http()
      .post(`/api/authoring/attempts/${attemptId}/items/${mine.position}/grade`)
      .set(bearer(trainer))
      .send({ score: 2.5, comment: 'Good: ECVET named. Add who signs.' })
      .expect(201);
    // 1 (choice, right by the current key) + 2.5 of 4 points.
    expect(graded.body).toMatchObject({ status: 'graded', scorePercent: 87.5, passed: true });
    const mail = await smtp.waitFor(ana.email);
    expect(mail.subject).toContain('Recognition check');
    expect(linkIn(mail, '/learn/').pathname).toContain(courseId);

    const result = await t.http().get(`/api/attempts/${attemptId}/result`).set(bearer(ana.token)).expect(200);
    expect(result.body).toMatchObject({ status: 'graded', scorePercent: 87.5, passed: true });
    const essayItem = result.body.items.find((i: { position: number }) => i.position === mine.position);
    expect(essayItem.comment).toBe('Good: ECVET named. Add who signs.');
    expect(essayItem.fraction).toBeCloseTo(2.5 / 3, 5);
    expect(essayItem.answer).toBeUndefined();
    expect(
      await t
        .http()
        .get(`/api/authoring/courses/${courseId}/grading-queue`)
        .set(bearer(trainer))
        .then((r) => r.body),
    ).toEqual([]);
  });

  it('regrades attempts that used the old version after the key is fixed; pass and fail follow', async () => {
    const [, ben, cleo] = learners;
    const benAttempt = await takeQuiz(ben.token, 'a', 'Europass.'); // right answer, marked wrong by the broken key
    const cleoAttempt = await takeQuiz(cleo.token, 'b', 'No idea.');
    for (const [id, score] of [
      [benAttempt, 1],
      [cleoAttempt, 0],
    ] as const) {
      await waitFor(
        () => status(id),
        (s) => s === 'needs_review',
      );
      await t
        .http()
        .post(`/api/authoring/attempts/${id}/items/2/grade`)
        .set(bearer(trainer))
        .send({ score })
        .expect(201);
    }
    const before = await t
      .http()
      .get(`/api/authoring/attempts/${benAttempt}`)
      .set(bearer(trainer))
      .expect(200);
    expect(before.body).toMatchObject({ scorePercent: 25, passed: false });

    const fixed = await t
      .http()
      .put(`/api/authoring/questions/${choiceId}`)
      .set(bearer(trainer))
      .send({
        type: 'single_choice',
        prompt: 'Which tool records learning outcomes of a mobility?',
        content: {
          options: [
            { id: 'a', text: 'Europass Mobility', correct: true },
            { id: 'b', text: 'A boarding pass', correct: false },
          ],
        },
      })
      .expect(200);
    expect(fixed.body.version).toBe(2);
    const regrade = await t
      .http()
      .post(`/api/authoring/questions/${choiceId}/regrade`)
      .set(bearer(trainer))
      .send({ fromVersion: 1 })
      .expect(201);
    expect(regrade.body).toEqual({ regradedAttempts: 3, changedOutcomes: 1 });
    const after = await t
      .http()
      .get(`/api/authoring/attempts/${benAttempt}`)
      .set(bearer(trainer))
      .expect(200);
    // 1 + 1 of 4: 50%, now passed; the trainer's essay grade stayed.
    expect(after.body).toMatchObject({ scorePercent: 50, passed: true });
    expect(after.body.items.find((i: { type: string }) => i.type === 'essay').fraction).toBeCloseTo(1 / 3, 5);
    const enrolment = await t
      .http()
      .get(`/api/courses/${courseId}/enrolment`)
      .set(bearer(ben.token))
      .expect(200);
    expect(enrolment.body.status).toBe('completed');
    // Ben's course is now complete: the worker issues his certificate. A second fix that fails him
    // again flags it for review; a regrade never revokes it.
    const certificate = await waitFor(
      () =>
        t.ds.query<{ id: string; review: Date | null }[]>(
          `SELECT c.id, c.review_requested_at AS review
             FROM certificates c JOIN quiz_attempts a ON a.user_id = c.holder_id WHERE a.id = $1`,
          [benAttempt],
        ),
      (rows) => rows.length === 1,
    );
    // The first regrade changed Ben's outcome too; its event, handled after he earned the certificate,
    // must not flag a certificate issued on the new result.
    const certificates = t.app.get<symbol, QueueMap>(QUEUES).get('certificates')!;
    await waitFor(
      async () =>
        (await certificates.getJobs(['completed'])).filter(
          (j) => j.name === 'attempt-regraded' && (j.data as { attemptId: string }).attemptId === benAttempt,
        ),
      (jobs) => jobs.length === 1,
    );
    expect(
      (
        await t.ds.query(`SELECT review_requested_at AS review FROM certificates WHERE id = $1`, [
          certificate[0].id,
        ])
      )[0].review,
    ).toBeNull();
    await t
      .http()
      .put(`/api/authoring/questions/${choiceId}`)
      .set(bearer(trainer))
      .send({
        type: 'single_choice',
        prompt: 'Which tool records learning outcomes of a mobility?',
        content: {
          options: [
            { id: 'a', text: 'Europass Mobility', correct: false },
            { id: 'b', text: 'A boarding pass', correct: true },
          ],
        },
      })
      .expect(200);
    await t
      .http()
      .post(`/api/authoring/questions/${choiceId}/regrade`)
      .set(bearer(trainer))
      .send({ fromVersion: 2 })
      .expect(201);
    // Certificates handle the regrade's event in the worker: the flag follows shortly.
    const [flagged] = await waitFor(
      () =>
        t.ds.query<{ review: Date | null; revoked: Date | null }[]>(
          `SELECT review_requested_at AS review, revoked_at AS revoked FROM certificates WHERE id = $1`,
          [certificate[0].id],
        ),
      ([row]) => row.review !== null,
    );
    expect(flagged.review).not.toBeNull();
    expect(flagged.revoked).toBeNull();
    const listed = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/certificates`)
      .set(bearer(trainer))
      .expect(200);
    expect(listed.body.reviewRequested).toBe(1);
    expect(listed.body.items[0]).toMatchObject({ id: certificate[0].id, revokedAt: null });
    expect(listed.body.items[0].reviewRequestedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain('@');
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/questions/${choiceId}/regrade`)
        .set(bearer(trainer))
        .send({ fromVersion: 3 }),
      409,
      'CONFLICT',
    );
  });

  it('reports a gradebook (also as CSV) and item statistics', async () => {
    const book = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/gradebook`)
      .set(bearer(trainer))
      .expect(200);
    expect(book.body.quizzes).toEqual([{ id: quizId, title: 'Recognition check', passPercent: 50 }]);
    expect(book.body.rows).toHaveLength(3);
    const cells = book.body.rows.map(
      (r: { cells: Record<string, { status: string }> }) => r.cells[quizId].status,
    );
    expect(cells).toEqual(['graded', 'graded', 'graded']);
    const csv = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/gradebook.csv`)
      .set(bearer(trainer))
      .expect(200);
    expect(csv.text.startsWith('\uFEFF"Name","Recognition check (%)","Recognition check: passed"\r\n')).toBe(
      true,
    );
    // Trainers may teach other schools' staff: names and course work only, never e-mails.
    expect(csv.text).not.toContain('@');
    expect(JSON.stringify(book.body)).not.toContain('@');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(4);

    const stats = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/statistics`)
      .set(bearer(trainer))
      .expect(200);
    const essay = stats.body.find((s: { type: string }) => s.type === 'essay');
    expect(essay).toMatchObject({ answered: 3 });
    expect(essay.facility).toBeCloseTo((2.5 / 3 + 1 / 3 + 0) / 3, 5);
    const statsCsv = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/statistics.csv`)
      .set(bearer(trainer))
      .expect(200);
    expect(statsCsv.text).toContain('"Describe how your school would recognise a job shadowing."');
    expect(statsCsv.text.split('\r\n')[0]).toBe(
      '\uFEFF"Question","Version","Question type","Answered","Facility","Discrimination"',
    );
    // Another separator on request.
    const statsDe = await t
      .http()
      .get(`/api/authoring/quizzes/${quizId}/statistics.csv?separator=semicolon`)
      .set(bearer(trainer))
      .expect(200);
    expect(statsDe.text.split('\r\n')[0]).toBe(
      '\uFEFF"Question";"Version";"Question type";"Answered";"Facility";"Discrimination"',
    );
    expectProblem(
      await t.http().get(`/api/authoring/quizzes/${quizId}/statistics`).set(bearer(learners[0].token)),
      403,
      'FORBIDDEN',
    );
  });
});
