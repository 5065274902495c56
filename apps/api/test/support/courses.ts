import { bearer, type TestApp } from './test-app';

/**
 * A draft course with one empty module, made through the API by a trainer of the organisation.
 * `course` adds to or overrides the course's fields; `moduleTitle` names the module.
 */
export async function draftCourseWithModule(
  t: TestApp,
  orgId: string,
  trainerToken: string,
  course: Record<string, unknown> = {},
  moduleTitle = 'Module',
): Promise<{ courseId: string; moduleId: string }> {
  const created = await t
    .http()
    .post(`/api/orgs/${orgId}/courses`)
    .set(bearer(trainerToken))
    .send({
      title: 'One-lesson course',
      slug: `one-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      language: 'en',
      ...course,
    })
    .expect(201);
  const courseId = created.body.id as string;
  const mod = await t
    .http()
    .post(`/api/authoring/courses/${courseId}/modules`)
    .set(bearer(trainerToken))
    .send({ title: moduleTitle })
    .expect(201);
  return { courseId, moduleId: mod.body.modules[0].id as string };
}

/**
 * A published course of one module holding one page lesson, made through the API by a trainer of
 * the organisation: the smallest course a learner can complete. `course` adds to or overrides the
 * course's fields (title, language, outcomes…).
 */
export async function publishedOneLessonCourse(
  t: TestApp,
  orgId: string,
  trainerToken: string,
  course: Record<string, unknown> = {},
): Promise<{ courseId: string; lessonId: string }> {
  const { courseId, moduleId } = await draftCourseWithModule(t, orgId, trainerToken, course);
  const withLesson = await t
    .http()
    .post(`/api/authoring/modules/${moduleId}/lessons`)
    .set(bearer(trainerToken))
    .send({ kind: 'page', title: 'Only lesson', body: 'Welcome.' })
    .expect(201);
  await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainerToken)).expect(200);
  return { courseId, lessonId: withLesson.body.modules[0].lessons[0].id as string };
}

/** A quiz lesson titled `title` added to the module through the API; its quiz id. */
export async function addQuizLesson(
  t: TestApp,
  trainerToken: string,
  moduleId: string,
  title: string,
  settings: object,
): Promise<string> {
  const res = await t
    .http()
    .post(`/api/authoring/modules/${moduleId}/quizzes`)
    .set(bearer(trainerToken))
    .send({ title, settings })
    .expect(201);
  return (res.body.modules[0].lessons as { title: string; quizId?: string }[]).find((l) => l.title === title)!
    .quizId!;
}
