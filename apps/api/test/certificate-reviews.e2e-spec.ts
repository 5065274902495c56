import { randomUUID } from 'node:crypto';
import { CertificateIssuerService, CertificateReviewsService } from '@campus/server-certificates';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { publishedOneLessonCourse } from './support/courses';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';

/**
 * The certificates side of a regrade (the `attemptRegraded` event's handler, called directly here;
 * quiz-grading.e2e-spec.ts covers the whole flow through the worker).
 */
describe('certificate reviews after a regrade', () => {
  let t: TestApp;
  let courseId: string;
  const holders: { userId: string; certificateId: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const school = await OrganisationFactory.create(t.ds);
    const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    const course = await publishedOneLessonCourse(t, school.id, trainer, { title: 'Mobility tools' });
    courseId = course.courseId;
    const issuer = t.app.get(CertificateIssuerService);
    for (let i = 0; i < 2; i++) {
      const holder = await UserFactory.member(t.ds, school, 'learner');
      const token = (await signIn(t, holder.email)).token;
      await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(token)).expect(200);
      await t
        .http()
        .post(`/api/courses/${courseId}/lessons/${course.lessonId}/complete`)
        .set(bearer(token))
        .expect(200);
      const [{ id: enrolmentId }] = await t.ds.query<{ id: string }[]>(
        `SELECT id FROM enrolments WHERE course_id = $1 AND user_id = $2`,
        [courseId, holder.id],
      );
      holders.push({ userId: holder.id, certificateId: (await issuer.issueForEnrolment(enrolmentId))! });
    }
  });
  afterAll(() => t.close());

  const event = (userId: string, regradedAt: Date) => ({
    attemptId: randomUUID(),
    userId,
    courseId,
    questionVersionId: randomUUID(),
    regradedAt: regradedAt.toISOString(),
  });
  const review = async (id: string) =>
    (
      await t.ds.query<{ review: Date | null }[]>(
        `SELECT review_requested_at AS review FROM certificates WHERE id = $1`,
        [id],
      )
    )[0].review;

  it('flags a certificate issued before the regrade, once', async () => {
    const reviews = t.app.get(CertificateReviewsService);
    const [{ now }] = await t.ds.query<{ now: Date }[]>(`SELECT now()`);
    const regraded = event(holders[0].userId, now);
    expect(await reviews.flagAfterRegrade(regraded)).toBe(1);
    expect(await review(holders[0].certificateId)).toEqual(now);
    // A second run of the same event changes nothing.
    expect(await reviews.flagAfterRegrade(regraded)).toBe(0);
    expect(await review(holders[0].certificateId)).toEqual(now);
    expect(await review(holders[1].certificateId)).toBeNull();
  });

  it('leaves alone a certificate issued after the regrade (it reflects the new result)', async () => {
    const reviews = t.app.get(CertificateReviewsService);
    const before = new Date(Date.now() - 3_600_000);
    expect(await reviews.flagAfterRegrade(event(holders[1].userId, before))).toBe(0);
    expect(await review(holders[1].certificateId)).toBeNull();
  });
});
