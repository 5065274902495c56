import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  type GradeItemRequest,
  type GradingQueueItem,
  type QuizAttemptRow,
  type TrainerAttemptView,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { QuizAttempt } from '@campus/server-db';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { EmailOutbox } from '@campus/server-notifications';
import { AttemptGradingService } from './attempt-grading.service';
import { learnerStillEnrolled, quizForAuthor, requireEnrolledLearner } from './quiz-access';

const numberOrNull = (v: string | number | null) => (v === null ? null : Number(v));

/**
 * What trainers of the course do with attempts: see them, grade essays (and override any grade)
 * with a score and comment. The last answer waiting finalises the attempt and tells the learner.
 */
@Injectable()
export class ManualGradingService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly outline: CourseOutlineService,
    private readonly grading: AttemptGradingService,
    private readonly mail: EmailOutbox,
  ) {}

  async queue(actor: Actor, courseId: string): Promise<GradingQueueItem[]> {
    requireAuthor(actor, await this.outline.course(courseId));
    const rows = await this.ds.query<
      (Omit<GradingQueueItem, 'learner' | 'submittedAt' | 'graderGuidance' | 'maxWords'> & {
        userId: string;
        name: string;
        submittedAt: Date;
        content: { graderGuidance?: string; maxWords?: number | null };
      })[]
    >(
      `SELECT i.attempt_id AS "attemptId", i.position, a.quiz_id AS "quizId", l.title AS "quizTitle",
              u.id AS "userId", u.name, a.submitted_at AS "submittedAt", v.prompt, v.content, i.response, i.points
         FROM attempt_items i
         JOIN quiz_attempts a ON a.id = i.attempt_id
         JOIN quizzes q ON q.id = a.quiz_id
         JOIN lessons l ON l.id = q.lesson_id
         JOIN users u ON u.id = a.user_id
         JOIN question_versions v ON v.id = i.question_version_id
        WHERE q.course_id = $1 AND a.status = 'needs_review' AND i.needs_review AND ${learnerStillEnrolled('$1')}
        ORDER BY a.submitted_at, i.attempt_id, i.position`,
      [courseId],
    );
    return rows.map((r) => ({
      attemptId: r.attemptId,
      position: r.position,
      quizId: r.quizId,
      quizTitle: r.quizTitle,
      learner: { id: r.userId, name: r.name },
      submittedAt: r.submittedAt.toISOString(),
      prompt: r.prompt,
      graderGuidance: r.content.graderGuidance ?? '',
      maxWords: r.content.maxWords ?? null,
      response: r.response ?? null,
      points: r.points,
    }));
  }

  async attempts(actor: Actor, quizId: string): Promise<QuizAttemptRow[]> {
    const { course } = await quizForAuthor(this.ds.manager, actor, quizId);
    const rows = await this.ds.query<
      {
        id: string;
        userId: string;
        name: string;
        number: number;
        status: QuizAttemptRow['status'];
        startedAt: Date;
        submittedAt: Date | null;
        scorePercent: string | null;
        passed: boolean | null;
      }[]
    >(
      `SELECT a.id, u.id AS "userId", u.name, a.number, a.status, a.started_at AS "startedAt",
              a.submitted_at AS "submittedAt", a.score_percent AS "scorePercent", a.passed
         FROM quiz_attempts a JOIN users u ON u.id = a.user_id
        WHERE a.quiz_id = $1 AND ${learnerStillEnrolled('$2')} ORDER BY u.name, a.number`,
      [quizId, course.id],
    );
    return rows.map((r) => ({
      id: r.id,
      learner: { id: r.userId, name: r.name },
      number: r.number,
      status: r.status,
      startedAt: r.startedAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      scorePercent: numberOrNull(r.scorePercent),
      passed: r.passed,
    }));
  }

  async attempt(actor: Actor, attemptId: string): Promise<TrainerAttemptView> {
    const attempt = await this.ds.getRepository(QuizAttempt).findOneBy({ id: attemptId });
    if (!attempt) throw notFound('Attempt');
    const { course } = await quizForAuthor(this.ds.manager, actor, attempt.quizId);
    await requireEnrolledLearner(this.ds.manager, course.id, attempt.userId, 'Attempt');
    const [[learner], items] = await Promise.all([
      this.ds.query<{ id: string; name: string }[]>(`SELECT id, name FROM users WHERE id = $1`, [
        attempt.userId,
      ]),
      this.ds.query<(Omit<TrainerAttemptView['items'][number], 'fraction'> & { fraction: string | null })[]>(
        `SELECT i.position, v.question_id AS "questionId", v.version, v.type, v.prompt, i.points, i.response,
                i.fraction, i.needs_review AS "needsReview", i.feedback, i.comment, v.content
           FROM attempt_items i JOIN question_versions v ON v.id = i.question_version_id
          WHERE i.attempt_id = $1 ORDER BY i.position`,
        [attemptId],
      ),
    ]);
    return {
      id: attempt.id,
      quizId: attempt.quizId,
      learner,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      submittedBy: attempt.submittedBy,
      scorePercent: attempt.scorePercent,
      passed: attempt.passed,
      items: items.map((i) => ({ ...i, fraction: numberOrNull(i.fraction) })),
    };
  }

  /** Grades one answer of a submitted attempt (0..its points); finalises the attempt when none waits. */
  async grade(
    actor: Actor,
    attemptId: string,
    position: number,
    req: Required<GradeItemRequest>,
  ): Promise<TrainerAttemptView> {
    const found = await this.ds.getRepository(QuizAttempt).findOneBy({ id: attemptId });
    if (!found) throw notFound('Attempt');
    const { course } = await quizForAuthor(this.ds.manager, actor, found.quizId);
    await requireEnrolledLearner(this.ds.manager, course.id, found.userId, 'Attempt');
    await this.ds.transaction(async (m) => {
      const attempt = await m.findOneOrFail(QuizAttempt, {
        where: { id: attemptId },
        lock: { mode: 'pessimistic_write' },
      });
      if (attempt.status === 'in_progress' || attempt.status === 'submitted')
        throw new DomainError(
          'CONFLICT',
          'This attempt is not graded automatically yet; grade it once it has been.',
        );
      const [item] = await m.query<{ points: number }[]>(
        `SELECT points FROM attempt_items WHERE attempt_id = $1 AND position = $2`,
        [attemptId, position],
      );
      if (!item) throw notFound('Answer');
      if (req.score > item.points) {
        const message = `At most ${item.points} points.`;
        throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'score', message }] });
      }
      await m.query(
        `UPDATE attempt_items SET fraction = $3, needs_review = false, comment = $4, graded_by = $5, graded_at = now()
          WHERE attempt_id = $1 AND position = $2`,
        [attemptId, position, req.score / item.points, req.comment || null, actor.userId],
      );
      const items = await m.query<{ points: number; fraction: string | null; needsReview: boolean }[]>(
        `SELECT points, fraction, needs_review AS "needsReview" FROM attempt_items WHERE attempt_id = $1`,
        [attemptId],
      );
      const wasWaiting = attempt.status === 'needs_review';
      await this.grading.finalise(
        m,
        attempt,
        items.map((i) => ({ points: i.points, fraction: i.needsReview ? null : numberOrNull(i.fraction) })),
      );
      const nowGraded = items.every((i) => !i.needsReview);
      if (wasWaiting && nowGraded) await this.tellLearner(m, attempt, course.title);
    });
    return this.attempt(actor, attemptId);
  }

  private async tellLearner(m: EntityManager, attempt: QuizAttempt, courseTitle: string): Promise<void> {
    const [row] = await m.query<
      { email: string; name: string; locale: string; quizTitle: string; courseId: string; lessonId: string }[]
    >(
      `SELECT u.email, u.name, u.locale, l.title AS "quizTitle", q.course_id AS "courseId", q.lesson_id AS "lessonId"
         FROM users u, quizzes q JOIN lessons l ON l.id = q.lesson_id
        WHERE u.id = $1 AND q.id = $2`,
      [attempt.userId, attempt.quizId],
    );
    await this.mail.queue(m, {
      template: 'attempt-graded',
      to: row.email,
      locale: row.locale,
      userId: attempt.userId,
      params: {
        name: row.name,
        quizTitle: row.quizTitle,
        courseTitle,
        link: `${this.config.PUBLIC_URL}/learn/${row.courseId}/${row.lessonId}`,
      },
    });
  }
}
