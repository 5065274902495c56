import type { CourseCertificatesPage } from '@campus/contracts';
import { CertificateIssuerService } from '@campus/server-certificates';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { publishedOneLessonCourse } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/**
 * A trainer settles a regrade's review request by keeping the certificate. The flag is set in SQL
 * here, as the regrade sets it (the regrade itself is covered in quiz-grading.e2e-spec.ts).
 */
describe('course certificates: a trainer keeps a certificate flagged for review', () => {
  let t: TestApp;
  let school: Organisation;
  let trainer: string;
  let manager: string;
  let admin: string;
  let otherLearner: string;
  let outsider: string;
  let courseId: string;
  /** Certificates by holder name, issued for the course. */
  const certificateOf: Record<string, string> = {};
  const holderToken: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    otherLearner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    outsider = (
      await signIn(
        t,
        (await UserFactory.member(t.ds, await OrganisationFactory.create(t.ds), 'trainer')).email,
      )
    ).token;

    const course = await publishedOneLessonCourse(t, school.id, trainer, { title: 'Learning agreements' });
    courseId = course.courseId;
    const lessonId = course.lessonId;

    // Completing the course is what issues a certificate; the issuer is called here rather than
    // through the worker, which certificates.e2e-spec.ts covers.
    const issuer = t.app.get(CertificateIssuerService);
    for (const name of ['Flagged Fay', 'Valid Vic', 'Revoked Rae']) {
      const holder = await UserFactory.member(t.ds, school, 'learner', { name });
      const token = (await signIn(t, holder.email)).token;
      holderToken[name] = token;
      await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(token)).expect(200);
      await t
        .http()
        .post(`/api/courses/${courseId}/lessons/${lessonId}/complete`)
        .set(bearer(token))
        .expect(200);
      const [{ id: enrolmentId }] = await t.ds.query<{ id: string }[]>(
        `SELECT id FROM enrolments WHERE course_id = $1 AND user_id = $2`,
        [courseId, holder.id],
      );
      certificateOf[name] = (await issuer.issueForEnrolment(enrolmentId))!;
    }
    await t.ds.query(`UPDATE certificates SET review_requested_at = now() WHERE id = ANY($1)`, [
      [certificateOf['Flagged Fay'], certificateOf['Revoked Rae']],
    ]);
    await t
      .http()
      .post(`/api/certificates/${certificateOf['Revoked Rae']}/revoke`)
      .set(bearer(trainer))
      .send({ reason: 'Failed the final quiz after the regrade' })
      .expect(204);
  });
  afterAll(() => t.close());

  const keep = (id: string, token: string) =>
    t.http().post(`/api/certificates/${id}/keep`).set(bearer(token));
  const list = async (token = trainer) =>
    (
      (await t.http().get(`/api/authoring/courses/${courseId}/certificates`).set(bearer(token)).expect(200))
        .body as CourseCertificatesPage
    ).items;
  const flagOf = async (id: string) =>
    (
      await t.ds.query<{ review: Date | null }[]>(
        `SELECT review_requested_at AS review FROM certificates WHERE id = $1`,
        [id],
      )
    )[0].review;

  it('refuses learners and other schools without telling them the certificate exists, and malformed ids', async () => {
    const flagged = certificateOf['Flagged Fay'];
    expectProblem(await keep(flagged, otherLearner), 404, 'NOT_FOUND');
    expectProblem(await keep(flagged, outsider), 404, 'NOT_FOUND');
    // The holder knows it exists; they may not settle their own review.
    expectProblem(await keep(flagged, holderToken['Flagged Fay']), 403, 'FORBIDDEN');
    expectProblem(await keep('00000000-0000-4000-8000-000000000000', trainer), 404, 'NOT_FOUND');
    expectProblem(await keep('not-a-uuid', trainer), 400, 'MALFORMED_ID');
    expectProblem(await t.http().post(`/api/certificates/${flagged}/keep`), 401, 'UNAUTHENTICATED');
    expect(await flagOf(flagged)).not.toBeNull();
  });

  it('pages the list, flagged first, and counts the flagged ones on every page', async () => {
    const page = async (n: number) =>
      (
        await t
          .http()
          .get(`/api/authoring/courses/${courseId}/certificates?page=${n}&pageSize=2`)
          .set(bearer(trainer))
          .expect(200)
      ).body as CourseCertificatesPage;
    const [first, second] = [await page(1), await page(2)];
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, reviewRequested: 1 });
    expect(first.items.map((r) => r.holderName)[0]).toBe('Flagged Fay');
    expect(second).toMatchObject({ total: 3, page: 2, reviewRequested: 1 });
    expect(new Set([...first.items, ...second.items].map((r) => r.id)).size).toBe(3);
    expectProblem(
      await t.http().get(`/api/authoring/courses/${courseId}/certificates?pageSize=500`).set(bearer(trainer)),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('keeps a flagged certificate: the flag is cleared and audited, the certificate stays valid', async () => {
    const flagged = certificateOf['Flagged Fay'];
    const before = await list();
    expect(before.map((r) => r.holderName)).toEqual(['Flagged Fay', expect.any(String), expect.any(String)]);
    expect(before[0].reviewRequestedAt).not.toBeNull();

    await keep(flagged, trainer).expect(204);

    const after = await list();
    expect(after.find((r) => r.id === flagged)).toMatchObject({ reviewRequestedAt: null, revokedAt: null });
    expect(after.every((r) => r.reviewRequestedAt === null || r.revokedAt !== null)).toBe(true);
    const verified = await t.http().get(`/api/verify/${before[0].code}`).expect(200);
    expect(verified.body.status).toBe('valid');
    const audit = await t
      .http()
      .get('/api/admin/audit?action=certificate.kept')
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ targetType: 'certificate', targetId: flagged, organisationId: school.id }),
    ]);

    // A second click (or a second trainer) finds nothing left to settle.
    expectProblem(await keep(flagged, trainer), 409, 'NO_REVIEW_REQUESTED');
  });

  it('answers 409 for a certificate that was never flagged, or that is revoked', async () => {
    expectProblem(await keep(certificateOf['Valid Vic'], trainer), 409, 'NO_REVIEW_REQUESTED');
    // Managers of the school may settle reviews too; a revoked certificate has nothing to keep.
    expectProblem(await keep(certificateOf['Revoked Rae'], manager), 409, 'CERTIFICATE_REVOKED');
    expect(await flagOf(certificateOf['Revoked Rae'])).not.toBeNull();
  });
});
