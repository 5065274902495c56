import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { DomainError, notFound, type CourseView, type EnrolmentView } from '@campus/contracts';
import { Course, Enrolment, Lesson } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { canAuthor, canSee } from './course-access';
import { CourseOutlineService } from './course-outline.service';
import { CompletionService } from './completion.service';

/** Self-enrolment, the learner's view of a course, and lesson progress with the completion rule. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly completion: CompletionService,
  ) {}

  async enrolSelf(actor: Actor, courseId: string, now = new Date()): Promise<EnrolmentView> {
    const course = await this.outline.course(courseId);
    if (!canSee(actor, course)) throw notFound('Course');
    if (course.status !== 'published')
      throw new DomainError('CONFLICT', 'Only published courses take enrolments.');
    assertEnrolmentOpen(course, now);
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(Enrolment)
      .values({ userId: actor.userId, courseId, source: 'self', enrolledBy: actor.userId })
      .orIgnore()
      .execute();
    return this.enrolment(actor, courseId);
  }

  async unenrol(actor: Actor, courseId: string): Promise<void> {
    const result = await this.ds.getRepository(Enrolment).delete({ userId: actor.userId, courseId });
    if (!result.affected) throw notFound('Enrolment');
  }

  async enrolment(actor: Actor, courseId: string): Promise<EnrolmentView> {
    const row = await this.ds.getRepository(Enrolment).findOneBy({ userId: actor.userId, courseId });
    if (!row) throw notFound('Enrolment');
    return this.view(row);
  }

  /** Every enrolment of the caller with its course and progress, in two queries whatever the count. */
  async myEnrolments(
    actor: Actor,
  ): Promise<(EnrolmentView & { course: { id: string; slug: string; title: string } })[]> {
    const rows = await this.ds
      .getRepository(Enrolment)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'DESC' } });
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [courses, done] = await Promise.all([
      this.ds.query<{ id: string; slug: string; title: string }[]>(
        `SELECT id, slug, title FROM courses WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.courseId)],
      ),
      this.ds.query<{ enrolment_id: string; lesson_id: string }[]>(
        `SELECT enrolment_id, lesson_id FROM lesson_progress WHERE enrolment_id = ANY($1::uuid[]) ORDER BY completed_at`,
        [ids],
      ),
    ]);
    const courseById = new Map(courses.map((c) => [c.id, c]));
    return rows.map((r) => ({
      ...toEnrolmentView(
        r,
        done.filter((d) => d.enrolment_id === r.id).map((d) => d.lesson_id),
      ),
      course: courseById.get(r.courseId)!,
    }));
  }

  /** The course with its lesson content, for enrolled learners and authors. */
  async learn(actor: Actor, courseId: string): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    const enrolled = await this.ds.getRepository(Enrolment).existsBy({ userId: actor.userId, courseId });
    if (!enrolled && !canAuthor(actor, course)) {
      if (canSee(actor, course))
        throw new DomainError('FORBIDDEN', 'Enrol in the course to open its lessons.');
      throw notFound('Course');
    }
    return this.outline.view(course, true);
  }

  /**
   * Marks a lesson complete (idempotent) and applies the completion rule. The enrolment turns
   * completed with a guarded UPDATE, so under any number of concurrent requests exactly one of them
   * writes the `courseCompleted` outbox event, in the same transaction.
   */
  async completeLesson(actor: Actor, courseId: string, lessonId: string): Promise<EnrolmentView> {
    const enrolmentId = await this.ds.transaction(async (m) => {
      // The row lock serialises one learner's progress updates: two lessons finished at the same
      // moment must both be counted by whichever transaction commits second.
      const enrolment = await m.findOne(Enrolment, {
        where: { userId: actor.userId, courseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!enrolment) {
        const course = await this.outline.course(courseId, m);
        if (canSee(actor, course)) throw new DomainError('FORBIDDEN', 'Enrol in the course first.');
        throw notFound('Course');
      }
      const lesson = await m.findOneBy(Lesson, { id: lessonId, courseId, deletedAt: IsNull() });
      if (!lesson) throw notFound('Lesson');
      if (lesson.kind === 'quiz')
        throw new DomainError('CONFLICT', 'A quiz is completed by passing it, not by marking it.');
      await this.completion.lessonDone(m, enrolment.id, courseId, lessonId);
      return enrolment.id;
    });
    return this.view(await this.ds.getRepository(Enrolment).findOneByOrFail({ id: enrolmentId }));
  }

  private async view(e: Enrolment): Promise<EnrolmentView> {
    const done = await this.ds.query<{ lesson_id: string }[]>(
      `SELECT lesson_id FROM lesson_progress WHERE enrolment_id = $1 ORDER BY completed_at`,
      [e.id],
    );
    return toEnrolmentView(
      e,
      done.map((d) => d.lesson_id),
    );
  }
}

function toEnrolmentView(e: Enrolment, completedLessonIds: string[]): EnrolmentView {
  return {
    id: e.id,
    courseId: e.courseId,
    status: e.status,
    source: e.source,
    progressPercent: e.progressPercent,
    completedLessonIds,
    lastLessonId: e.lastLessonId,
    completedAt: e.completedAt?.toISOString() ?? null,
    enrolledAt: e.createdAt.toISOString(),
  };
}

/** No enrolment outside the run's window: 409 with the dates. */
export function assertEnrolmentOpen(
  course: Pick<Course, 'enrolmentOpensAt' | 'enrolmentClosesAt'>,
  now: Date,
): void {
  if (course.enrolmentOpensAt && now < course.enrolmentOpensAt) {
    throw new DomainError('ENROLMENT_CLOSED', `Enrolment opens on ${course.enrolmentOpensAt.toISOString()}.`);
  }
  if (course.enrolmentClosesAt && now > course.enrolmentClosesAt) {
    throw new DomainError(
      'ENROLMENT_CLOSED',
      `Enrolment closed on ${course.enrolmentClosesAt.toISOString()}.`,
    );
  }
}
