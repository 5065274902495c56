import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '@campus/server-jobs';
import { CourseOutlineService } from './course-outline.service';
import { courseProgress } from './progress-rule';

/**
 * Lesson progress and the course completion rule, inside the caller's transaction (which must hold
 * the enrolment's row lock). Used by learners marking lessons and by quiz grading in the worker.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly outline: CourseOutlineService,
    private readonly outbox: OutboxService,
  ) {}

  /** Idempotent. The enrolment turns completed with a guarded UPDATE: one `courseCompleted` event, ever. */
  async lessonDone(m: EntityManager, enrolmentId: string, courseId: string, lessonId: string): Promise<void> {
    await this.record(m, [{ enrolmentId, courseId, lessonId, done: true }]);
  }

  /**
   * A lesson no longer done (a regraded quiz now failed). Progress goes down, but a completed
   * enrolment stays completed: its certificate is flagged for review elsewhere, never revoked here.
   */
  async lessonUndone(
    m: EntityManager,
    enrolmentId: string,
    courseId: string,
    lessonId: string,
  ): Promise<void> {
    await this.record(m, [{ enrolmentId, courseId, lessonId, done: false }]);
  }

  /**
   * lessonDone / lessonUndone for many enrolments at once, with set-based statements whatever their
   * number (batched quiz grading records a hundred results in one transaction). The caller holds
   * every enrolment's row lock. An enrolment listed twice keeps its last lesson as the last one.
   */
  async record(m: EntityManager, changes: readonly LessonChange[]): Promise<void> {
    if (changes.length === 0) return;
    const [done, undone] = [changes.filter((c) => c.done), changes.filter((c) => !c.done)];
    if (done.length)
      await m.query(
        `INSERT INTO lesson_progress (enrolment_id, lesson_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [done.map((c) => c.enrolmentId), done.map((c) => c.lessonId)],
      );
    if (undone.length)
      await m.query(
        `DELETE FROM lesson_progress p USING unnest($1::uuid[], $2::uuid[]) AS u(enrolment_id, lesson_id)
          WHERE p.enrolment_id = u.enrolment_id AND p.lesson_id = u.lesson_id`,
        [undone.map((c) => c.enrolmentId), undone.map((c) => c.lessonId)],
      );
    await this.apply(m, [...new Map(changes.map((c) => [c.enrolmentId, c])).values()]);
  }

  /** Progress of each enrolment (one change each) from its course's required lessons; completion once. */
  private async apply(m: EntityManager, changes: readonly LessonChange[]): Promise<void> {
    const required = new Map<string, string[]>();
    for (const courseId of new Set(changes.map((c) => c.courseId))) {
      const { lessons } = await this.outline.parts(courseId, m);
      required.set(
        courseId,
        lessons.filter((l) => l.required).map((l) => l.id),
      );
    }
    const rows = await m.query<{ enrolment_id: string; lesson_id: string }[]>(
      `SELECT enrolment_id, lesson_id FROM lesson_progress WHERE enrolment_id = ANY($1::uuid[])`,
      [changes.map((c) => c.enrolmentId)],
    );
    const doneBy = new Map<string, Set<string>>();
    for (const r of rows)
      doneBy.set(r.enrolment_id, (doneBy.get(r.enrolment_id) ?? new Set()).add(r.lesson_id));
    const progress = changes.map((c) => ({
      ...c,
      ...courseProgress(required.get(c.courseId)!, doneBy.get(c.enrolmentId) ?? new Set()),
    }));
    // A completed enrolment keeps 100%: removing or adding lessons later never un-completes it.
    await m.query(
      `UPDATE enrolments e SET progress_percent = CASE WHEN e.completed_at IS NULL THEN u.percent ELSE 100 END,
              last_lesson_id = u.lesson_id, last_activity_at = now()
         FROM unnest($1::uuid[], $2::smallint[], $3::uuid[]) AS u(id, percent, lesson_id)
        WHERE e.id = ANY($1::uuid[]) AND e.id = u.id`,
      [progress.map((p) => p.enrolmentId), progress.map((p) => p.percent), progress.map((p) => p.lessonId)],
    );
    const complete = progress.filter((p) => p.complete).map((p) => p.enrolmentId);
    if (complete.length === 0) return;
    const [completed] = await m.query<[{ id: string }[], number]>(
      `UPDATE enrolments SET status = 'completed', completed_at = now(), progress_percent = 100
        WHERE id = ANY($1::uuid[]) AND completed_at IS NULL RETURNING id`,
      [complete],
    );
    for (const { id } of completed) await this.outbox.add(m, 'courseCompleted', { enrolmentId: id });
  }
}

/** A lesson of an enrolment now done or no longer done. */
export interface LessonChange {
  enrolmentId: string;
  courseId: string;
  lessonId: string;
  done: boolean;
}
