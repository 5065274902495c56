import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory, waitFor } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

const slug = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}`;

describe('courses: authoring, catalogue, enrolment and completion', () => {
  let t: TestApp;
  let school: Organisation;
  let trainer: string;
  let learner: string;
  let outsider: string;
  let otherTrainer: string;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    const other = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    learner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    outsider = (await signIn(t, (await UserFactory.create(t.ds)).email)).token;
    otherTrainer = (await signIn(t, (await UserFactory.member(t.ds, other, 'trainer')).email)).token;
  });
  afterAll(() => t.close());

  /** A course with one module and `lessons` required page lessons (+ one optional), published. */
  async function publishedCourse(
    opts: { visibility?: 'public' | 'organisation'; lessons?: number; window?: object } = {},
  ) {
    const created = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({
        title: 'Setting up an International Office',
        slug: slug('io'),
        summary: 'What an International Office does in a VET school.',
        language: 'en',
        eqfLevel: 5,
        workloadHours: 6,
        learningOutcomes: ['Explain the Erasmus+ actions open to VET schools'],
        topics: ['Erasmus+', 'mobility'],
        visibility: opts.visibility ?? 'public',
        ...opts.window,
      })
      .expect(201);
    const id = created.body.id as string;
    const withModule = await t
      .http()
      .post(`/api/authoring/courses/${id}/modules`)
      .set(bearer(trainer))
      .send({ title: 'Foundations' })
      .expect(201);
    const moduleId = withModule.body.modules[0].id as string;
    for (let i = 0; i < (opts.lessons ?? 2); i++) {
      await t
        .http()
        .post(`/api/authoring/modules/${moduleId}/lessons`)
        .set(bearer(trainer))
        .send({ kind: 'page', title: `Lesson ${i + 1}`, body: `# Part ${i + 1}` })
        .expect(201);
    }
    await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'page', title: 'Further reading', required: false })
      .expect(201);
    const published = await t
      .http()
      .post(`/api/authoring/courses/${id}/publish`)
      .set(bearer(trainer))
      .expect(200);
    return published.body as {
      id: string;
      slug: string;
      modules: { id: string; lessons: { id: string; required: boolean }[] }[];
    };
  }

  it('lets a trainer write a course, reorder lessons and publish it; the catalogue finds it by outcome text', async () => {
    const course = await publishedCourse();
    const [a, b, c] = course.modules[0].lessons.map((l) => l.id);
    const reordered = await t
      .http()
      .put(`/api/authoring/modules/${course.modules[0].id}/lessons/order`)
      .set(bearer(trainer))
      .send({ ids: [c, a, b] })
      .expect(200);
    expect(reordered.body.modules[0].lessons.map((l: { id: string }) => l.id)).toEqual([c, a, b]);
    expectProblem(
      await t
        .http()
        .put(`/api/authoring/modules/${course.modules[0].id}/lessons/order`)
        .set(bearer(trainer))
        .send({ ids: [a, b] }),
      400,
      'VALIDATION_FAILED',
    );

    const found = await t
      .http()
      .get('/api/catalogue')
      .query({ q: 'erasmus+ actions', language: 'en', topic: 'erasmus+' })
      .expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(course.id);
    const first = await t.http().get('/api/catalogue').query({ pageSize: 1 }).expect(200);
    const second = await t.http().get('/api/catalogue').query({ pageSize: 1, page: 2 }).expect(200);
    const beyond = await t.http().get('/api/catalogue').query({ pageSize: 1, page: 9999 }).expect(200);
    expect(first.body.total).toBeGreaterThanOrEqual(1);
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0].id);
    expect(beyond.body).toMatchObject({ items: [], page: 9999 });
    expect(beyond.body.total).toBeGreaterThanOrEqual(first.body.total);
    const page = await t.http().get(`/api/catalogue/${course.slug}`).expect(200);
    expect(page.body.modules[0].lessons[0]).not.toHaveProperty('body');
    expect(page.body).toMatchObject({ eqfLevel: 5, workloadHours: 6, organisation: { id: school.id } });
  });

  it('keeps drafts and organisation-only courses invisible to others (404, like missing)', async () => {
    const draft = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({ title: 'Draft course', slug: slug('draft'), language: 'it' })
      .expect(201);
    await t.http().get(`/api/catalogue/${draft.body.slug}`).expect(404);
    expectProblem(
      await t.http().get(`/api/catalogue/${draft.body.slug}`).set(bearer(learner)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http().post(`/api/authoring/courses/${draft.body.id}/publish`).set(bearer(trainer)),
      409,
      'CONFLICT',
    );

    const internal = await publishedCourse({ visibility: 'organisation' });
    await t.http().get(`/api/catalogue/${internal.slug}`).expect(404);
    await t.http().get(`/api/catalogue/${internal.slug}`).set(bearer(outsider)).expect(404);
    await t.http().get(`/api/catalogue/${internal.slug}`).set(bearer(learner)).expect(200);
    const publicList = await t.http().get('/api/catalogue').query({ pageSize: 100 }).expect(200);
    expect(publicList.body.items.map((i: { id: string }) => i.id)).not.toContain(internal.id);
    expectProblem(
      await t.http().post(`/api/courses/${internal.id}/enrolment`).set(bearer(outsider)),
      404,
      'NOT_FOUND',
    );

    // Another organisation's trainer can neither read nor edit it; a learner who sees it may not edit it.
    expectProblem(
      await t.http().get(`/api/authoring/courses/${internal.id}`).set(bearer(otherTrainer)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .patch(`/api/authoring/courses/${internal.id}`)
        .set(bearer(otherTrainer))
        .send({ title: 'Hijacked' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .patch(`/api/authoring/courses/${internal.id}`)
        .set(bearer(learner))
        .send({ title: 'Hijacked' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${school.id}/courses`)
        .set(bearer(learner))
        .send({ title: 'Mine', slug: slug('x'), language: 'en' }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses bad course input naming the fields, and a taken slug', async () => {
    const bad = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({ title: 'x', slug: 'Bad Slug', language: 'xx', eqfLevel: 9 });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'eqfLevel',
      'language',
      'slug',
      'title',
    ]);
    const taken = slug('taken');
    await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({ title: 'First', slug: taken, language: 'en' })
      .expect(201);
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${school.id}/courses`)
        .set(bearer(trainer))
        .send({ title: 'Second', slug: taken, language: 'en' }),
      409,
      'ALREADY_EXISTS',
    );
    const order = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(trainer))
      .send({
        title: 'Dates',
        slug: slug('d'),
        language: 'en',
        startsAt: '2027-02-01T00:00:00Z',
        endsAt: '2027-01-01T00:00:00Z',
      });
    expectProblem(order, 400, 'VALIDATION_FAILED');
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/modules/not-a-uuid/lessons`)
        .set(bearer(trainer))
        .send({ kind: 'page', title: 'x' }),
      400,
      'MALFORMED_ID',
    );
  });

  it('refuses enrolment outside the window with 409', async () => {
    const future = await publishedCourse({ window: { enrolmentOpensAt: '2099-01-01T00:00:00Z' } });
    const res = await t.http().post(`/api/courses/${future.id}/enrolment`).set(bearer(learner));
    expectProblem(res, 409, 'ENROLMENT_CLOSED');
    expect(res.body.detail).toContain('2099-01-01');
    const past = await publishedCourse({
      window: { enrolmentOpensAt: '2020-01-01T00:00:00Z', enrolmentClosesAt: '2021-01-01T00:00:00Z' },
    });
    expectProblem(
      await t.http().post(`/api/courses/${past.id}/enrolment`).set(bearer(learner)),
      409,
      'ENROLMENT_CLOSED',
    );
  });

  it('completes the course once required lessons are done, writing one course.completed event under concurrent requests', async () => {
    const course = await publishedCourse({ lessons: 2 });
    const [first, second, optional] = course.modules[0].lessons;
    await t.http().post(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)).expect(200);
    // Enrolling twice is harmless.
    await t.http().post(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)).expect(200);
    expectProblem(
      await t.http().get(`/api/courses/${course.id}/learn`).set(bearer(learner)),
      403,
      'FORBIDDEN',
    );
    const learn = await t.http().get(`/api/courses/${course.id}/learn`).set(bearer(outsider)).expect(200);
    expect(learn.body.modules[0].lessons[0].body).toMatch(/^# Part/);

    const afterOptional = await t
      .http()
      .post(`/api/courses/${course.id}/lessons/${optional.id}/complete`)
      .set(bearer(outsider))
      .expect(200);
    expect(afterOptional.body.progressPercent).toBe(0);
    const half = await t
      .http()
      .post(`/api/courses/${course.id}/lessons/${first.id}/complete`)
      .set(bearer(outsider))
      .expect(200);
    expect(half.body).toMatchObject({ progressPercent: 50, status: 'active' });

    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.http().post(`/api/courses/${course.id}/lessons/${second.id}/complete`).set(bearer(outsider)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const enrolmentId = half.body.id as string;
    const events = await t.ds.query(`SELECT job, payload FROM outbox_events WHERE job_id = $1`, [
      `course-completed-${enrolmentId}`,
    ]);
    expect(events).toEqual([{ job: 'courseCompleted', payload: { enrolmentId } }]);
    const done = await t.http().get(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', progressPercent: 100 });

    // Removing a lesson after completion does not un-complete the course, and adds no second event.
    await t.http().delete(`/api/authoring/lessons/${first.id}`).set(bearer(trainer)).expect(200);
    await t
      .http()
      .post(`/api/courses/${course.id}/lessons/${second.id}/complete`)
      .set(bearer(outsider))
      .expect(200);
    expect(
      (await t.http().get(`/api/courses/${course.id}/enrolment`).set(bearer(outsider))).body,
    ).toMatchObject({ status: 'completed', progressPercent: 100 });
    expect(
      await t.ds.query(`SELECT 1 FROM outbox_events WHERE job_id = $1`, [`course-completed-${enrolmentId}`]),
    ).toHaveLength(1);
    const mine = await t.http().get('/api/me/enrolments').set(bearer(outsider)).expect(200);
    expect(mine.body.find((e: { courseId: string }) => e.courseId === course.id).course.slug).toBe(
      course.slug,
    );
  });

  it('shows an edit at once on every replica, although outlines are cached', async () => {
    const replica = await createTestApp();
    try {
      const course = await publishedCourse({ lessons: 1 });
      const lessonId = course.modules[0].lessons[0].id;
      const outline = () => replica.http().get(`/api/catalogue/${course.slug}`);
      const before = await outline().expect(200);
      expect(before.body.modules[0].lessons[0].title).toBe('Lesson 1');
      await outline().expect(200);

      await t
        .http()
        .patch(`/api/authoring/lessons/${lessonId}`)
        .set(bearer(trainer))
        .send({ title: 'Renamed lesson' })
        .expect(200);
      const afterLesson = await waitFor(outline, (r) => r.body.modules[0].lessons[0].title !== 'Lesson 1');
      expect(afterLesson.body.modules[0].lessons[0].title).toBe('Renamed lesson');

      await t
        .http()
        .patch(`/api/authoring/courses/${course.id}`)
        .set(bearer(trainer))
        .send({ title: 'Renamed course' })
        .expect(200);
      const afterCourse = await waitFor(outline, (r) => r.body.title === 'Renamed course');
      expect(afterCourse.body.title).toBe('Renamed course');

      await t.http().post(`/api/authoring/courses/${course.id}/unpublish`).set(bearer(trainer)).expect(200);
      expect((await waitFor(outline, (r) => r.status === 404)).status).toBe(404);
    } finally {
      await replica.close();
    }
  });

  it('reads through to the database while the change feed is down', async () => {
    const course = await publishedCourse({ lessons: 1 });
    await t.http().get(`/api/catalogue/${course.slug}`).expect(200);
    // Cut every LISTEN connection of this test database: caches must stop trusting themselves.
    await t.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN course_changed'`,
    );
    await new Promise((r) => setTimeout(r, 50));
    // Read while deaf (it would be cached if the cache still trusted itself), then change it.
    await t.http().get(`/api/catalogue/${course.slug}`).expect(200);
    await t.ds.query(`UPDATE courses SET title = 'Changed while deaf' WHERE id = $1`, [course.id]);
    const res = await t.http().get(`/api/catalogue/${course.slug}`).expect(200);
    expect(res.body.title).toBe('Changed while deaf');
  });

  it("refuses progress on another course's lesson, before enrolling, and a second unenrol", async () => {
    const course = await publishedCourse({ lessons: 1 });
    const other = await publishedCourse({ lessons: 1 });
    const foreignLesson = other.modules[0].lessons[0].id;
    const ownLesson = course.modules[0].lessons[0].id;
    expectProblem(
      await t.http().post(`/api/courses/${course.id}/lessons/${ownLesson}/complete`).set(bearer(outsider)),
      403,
      'FORBIDDEN',
    );
    await t.http().post(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)).expect(200);
    expectProblem(
      await t
        .http()
        .post(`/api/courses/${course.id}/lessons/${foreignLesson}/complete`)
        .set(bearer(outsider)),
      404,
      'NOT_FOUND',
    );
    const enrolment = await t
      .http()
      .get(`/api/courses/${course.id}/enrolment`)
      .set(bearer(outsider))
      .expect(200);
    expect(enrolment.body).toMatchObject({ completedLessonIds: [], progressPercent: 0 });
    expectProblem(
      await t.http().post(`/api/courses/${course.id}/lessons/not-a-uuid/complete`).set(bearer(outsider)),
      400,
      'MALFORMED_ID',
    );

    await t.http().delete(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)).expect(204);
    expectProblem(
      await t.http().delete(`/api/courses/${course.id}/enrolment`).set(bearer(outsider)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http().get(`/api/courses/${course.id}/learn`).set(bearer(outsider)),
      403,
      'FORBIDDEN',
    );
  });

  it('keeps progress when a lesson is added to a published course (the learner is then part-way again)', async () => {
    const course = await publishedCourse({ lessons: 1 });
    const [only] = course.modules[0].lessons;
    await t.http().post(`/api/courses/${course.id}/enrolment`).set(bearer(learner)).expect(200);
    await t
      .http()
      .post(`/api/authoring/modules/${course.modules[0].id}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'video', title: 'Interview', videoUrl: 'https://video.example.org/embed/1' })
      .expect(201);
    const res = await t
      .http()
      .post(`/api/courses/${course.id}/lessons/${only.id}/complete`)
      .set(bearer(learner))
      .expect(200);
    expect(res.body).toMatchObject({ progressPercent: 50, status: 'active', completedLessonIds: [only.id] });
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/modules/${course.modules[0].id}/lessons`)
        .set(bearer(trainer))
        .send({ kind: 'video', title: 'Bad', videoUrl: 'javascript:alert(1)' }),
      400,
      'VALIDATION_FAILED',
    );
  });
});
