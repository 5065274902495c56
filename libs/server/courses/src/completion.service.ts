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
    await m.query(
      `INSERT INTO lesson_progress (enrolment_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [enrolmentId, lessonId],
    );
    await this.apply(m, enrolmentId, courseId, lessonId);
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
    await m.query(`DELETE FROM lesson_progress WHERE enrolment_id = $1 AND lesson_id = $2`, [
      enrolmentId,
      lessonId,
    ]);
    await this.apply(m, enrolmentId, courseId, lessonId);
  }

  private async apply(
    m: EntityManager,
    enrolmentId: string,
    courseId: string,
    lastLessonId: string,
  ): Promise<void> {
    const { lessons } = await this.outline.parts(courseId, m);
    const done = await m.query<{ lesson_id: string }[]>(
      `SELECT lesson_id FROM lesson_progress WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    const { percent, complete } = courseProgress(
      lessons.filter((l) => l.required).map((l) => l.id),
      new Set(done.map((d) => d.lesson_id)),
    );
    // A completed enrolment keeps 100%: removing or adding lessons later never un-completes it.
    await m.query(
      `UPDATE enrolments SET progress_percent = CASE WHEN completed_at IS NULL THEN $2 ELSE 100 END,
              last_lesson_id = $3, last_activity_at = now() WHERE id = $1`,
      [enrolmentId, percent, lastLessonId],
    );
    if (!complete) return;
    const [rows] = await m.query<[{ id: string }[], number]>(
      `UPDATE enrolments SET status = 'completed', completed_at = now(), progress_percent = 100
        WHERE id = $1 AND completed_at IS NULL RETURNING id`,
      [enrolmentId],
    );
    if (rows.length === 1) await this.outbox.add(m, 'courseCompleted', { enrolmentId });
  }
}
