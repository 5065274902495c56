import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { GradingMethod } from '@campus/contracts';
import { Quiz, QuizAttempt } from '@campus/server-db';
import { CompletionService } from '@campus/server-courses';
import { OutboxService } from '@campus/server-jobs';
import {
  attemptResult,
  gradeItems,
  quizLessonDone,
  type AttemptResult,
  type GradedItem,
  type ItemToGrade,
} from './grading-batch';
import { QuestionVersionCache } from './question-version-cache';

/** A submitted attempt, locked, with what its quiz decides about it. */
interface QuizOfAttempt {
  quizId: string;
  userId: string;
  courseId: string;
  lessonId: string;
  passPercent: number;
  gradingMethod: GradingMethod;
}
interface LockedAttempt extends QuizOfAttempt {
  id: string;
}

/**
 * Grades attempts in the worker, one or many per transaction. Every method is idempotent: the
 * attempt rows are locked and their status guards the work, so a job run twice (or by two
 * workers) changes nothing the second time.
 */
@Injectable()
export class AttemptGradingService {
  private readonly log = new Logger(AttemptGradingService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    private readonly completion: CompletionService,
    private readonly versions: QuestionVersionCache,
  ) {}

  /** Submits an attempt left open at its deadline, keeping every autosaved answer, and queues its grading. */
  async close(attemptId: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [rows] = await m.query<[{ id: string }[], number]>(
        `UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), submitted_by = 'deadline'
          WHERE id = $1 AND status = 'in_progress' AND deadline_at IS NOT NULL AND deadline_at <= now()
          RETURNING id`,
        [attemptId],
      );
      if (rows.length === 0) return false;
      await this.outbox.add(m, 'gradeAttempt', { attemptId });
      return true;
    });
  }

  /** Returns false when there was nothing to do (already graded, or not submitted). */
  async grade(attemptId: string): Promise<boolean> {
    return (await this.gradeMany([attemptId])).has(attemptId);
  }

  /**
   * Grades the submitted attempts among `attemptIds` in one transaction with a fixed number of
   * statements, whatever their number (a round trip per attempt capped one worker at ~110
   * attempts/s). Returns the ids graded; the others had nothing to do. Fails as a whole: the caller
   * grades the attempts one by one to find the one at fault.
   */
  async gradeMany(attemptIds: readonly string[]): Promise<Set<string>> {
    return this.ds.transaction(async (m) => {
      const attempts = await this.lockSubmitted(m, attemptIds);
      if (attempts.length === 0) return new Set<string>();
      const ids = attempts.map((a) => a.id);
      const items = await m.query<ItemToGrade[]>(
        `SELECT attempt_id AS "attemptId", position, points, response,
                question_version_id AS "questionVersionId"
           FROM attempt_items WHERE attempt_id = ANY($1::uuid[])`,
        [ids],
      );
      // Versions never change once written: from memory, a query only for those not seen yet.
      const graded = gradeItems(items, await this.versions.get(items.map((i) => i.questionVersionId)));
      await this.writeItems(m, graded);
      const byAttempt = new Map<string, GradedItem[]>(ids.map((id) => [id, []]));
      for (const item of graded) byAttempt.get(item.attemptId)!.push(item);
      const results = attempts.map((a) => ({
        id: a.id,
        ...attemptResult(byAttempt.get(a.id)!, a.passPercent),
      }));
      await this.writeResults(m, results, { autoGraded: true });
      await this.syncLessons(
        m,
        attempts.filter((_, k) => results[k].status === 'graded'),
      );
      return new Set(ids);
    });
  }

  /**
   * Scores the attempt from its items: `needs_review` while an essay waits for a trainer, else
   * `graded` with score and pass. Then the learner's quiz result (by the grading method) decides
   * whether the quiz lesson counts as done for the course completion rule.
   */
  async finalise(
    m: EntityManager,
    attempt: QuizAttempt,
    items: { points: number; fraction: number | null }[],
  ): Promise<void> {
    const quiz = await m.findOneByOrFail(Quiz, { id: attempt.quizId });
    const result = attemptResult(items, quiz.passPercent);
    await this.writeResults(m, [{ id: attempt.id, ...result }], { autoGraded: false });
    if (result.status === 'graded')
      await this.syncLessons(m, [
        {
          quizId: quiz.id,
          userId: attempt.userId,
          courseId: quiz.courseId,
          lessonId: quiz.lessonId,
          passPercent: quiz.passPercent,
          gradingMethod: quiz.gradingMethod,
        },
      ]);
  }

  /** Locks the still-submitted attempts in id order (two batches sharing attempts cannot deadlock). */
  private async lockSubmitted(m: EntityManager, attemptIds: readonly string[]): Promise<LockedAttempt[]> {
    const rows = await m.query<(Omit<LockedAttempt, 'passPercent'> & { passPercent: string })[]>(
      `SELECT a.id, a.quiz_id AS "quizId", a.user_id AS "userId", q.course_id AS "courseId",
              q.lesson_id AS "lessonId", q.pass_percent AS "passPercent", q.grading_method AS "gradingMethod"
         FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
        WHERE a.id = ANY($1::uuid[]) AND a.status = 'submitted'
        ORDER BY a.id FOR UPDATE OF a`,
      [[...new Set(attemptIds)]],
    );
    return rows.map((r) => ({ ...r, passPercent: Number(r.passPercent) }));
  }

  /** One statement for every item of every attempt (typed arrays: cheaper to read than JSON). */
  private async writeItems(m: EntityManager, graded: readonly GradedItem[]): Promise<void> {
    if (graded.length === 0) return;
    await m.query(
      `UPDATE attempt_items i SET fraction = g.fraction, needs_review = g.needs_review, feedback = g.feedback,
              graded_at = now()
         FROM unnest($1::uuid[], $2::integer[], $3::numeric[], $4::boolean[], $5::jsonb[])
              AS g(attempt_id, position, fraction, needs_review, feedback)
        WHERE i.attempt_id = ANY($6::uuid[]) AND i.attempt_id = g.attempt_id AND i.position = g.position`,
      [
        graded.map((g) => g.attemptId),
        graded.map((g) => g.position),
        graded.map((g) => g.fraction),
        graded.map((g) => g.needsReview),
        graded.map((g) => JSON.stringify(g.feedback)),
        // The attempts alone as well: the planner then reads their items by index, not the whole table.
        [...new Set(graded.map((g) => g.attemptId))],
      ],
    );
  }

  /** Status, score and pass of each attempt; an automatic grading also counts itself (auto_gradings). */
  private async writeResults(
    m: EntityManager,
    results: readonly (AttemptResult & { id: string })[],
    { autoGraded }: { autoGraded: boolean },
  ): Promise<void> {
    await m.query(
      `UPDATE quiz_attempts a SET status = r.status, score_percent = r.score_percent, passed = r.passed,
              graded_at = CASE WHEN r.status = 'graded' THEN now() END,
              auto_gradings = a.auto_gradings + $5
         FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::boolean[]) AS r(id, status, score_percent, passed)
        WHERE a.id = ANY($1::uuid[]) AND a.id = r.id`,
      [
        results.map((r) => r.id),
        results.map((r) => r.status),
        results.map((r) => r.scorePercent),
        results.map((r) => r.passed),
        autoGraded ? 1 : 0,
      ],
    );
  }

  /**
   * The quiz lesson is done exactly when the learner's final grade passes: one decision per
   * (quiz, learner), recorded for every enrolment at once. Learners unenrolled since are skipped.
   */
  private async syncLessons(m: EntityManager, attempts: readonly QuizOfAttempt[]): Promise<void> {
    const pairs = [...new Map(attempts.map((a) => [`${a.quizId}/${a.userId}`, a])).values()];
    if (pairs.length === 0) return;
    // Locked in id order, so two batches sharing learners cannot deadlock. `user_id = ANY` in both
    // statements lets the planner start from the learners' index rows instead of scanning the table
    // (a scan of every graded attempt per batch made a long rush slower and slower).
    const enrolments = await m.query<{ id: string; userId: string; courseId: string }[]>(
      `SELECT id, user_id AS "userId", course_id AS "courseId" FROM enrolments
        WHERE user_id = ANY($1::uuid[]) AND (user_id, course_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY id FOR UPDATE`,
      [pairs.map((p) => p.userId), pairs.map((p) => p.courseId)],
    );
    const enrolmentOf = new Map(enrolments.map((e) => [`${e.courseId}/${e.userId}`, e.id]));
    const graded = await m.query<{ quizId: string; userId: string; number: number; scorePercent: string }[]>(
      `SELECT quiz_id AS "quizId", user_id AS "userId", number, score_percent AS "scorePercent"
         FROM quiz_attempts
        WHERE user_id = ANY($2::uuid[]) AND (quiz_id, user_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          AND status = 'graded'`,
      [pairs.map((p) => p.quizId), pairs.map((p) => p.userId)],
    );
    const gradedOf = new Map<string, { number: number; scorePercent: number }[]>();
    for (const g of graded) {
      const key = `${g.quizId}/${g.userId}`;
      if (!gradedOf.has(key)) gradedOf.set(key, []);
      gradedOf.get(key)!.push({ number: g.number, scorePercent: Number(g.scorePercent) });
    }
    const changes = pairs.flatMap((p) => {
      const enrolmentId = enrolmentOf.get(`${p.courseId}/${p.userId}`);
      if (!enrolmentId) return [];
      const done = quizLessonDone(
        p.gradingMethod,
        p.passPercent,
        gradedOf.get(`${p.quizId}/${p.userId}`) ?? [],
      );
      return [{ enrolmentId, courseId: p.courseId, lessonId: p.lessonId, done }];
    });
    await this.completion.record(m, changes);
    this.log.debug({ results: changes.length }, 'quiz results recorded');
  }
}
