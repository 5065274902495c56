import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Question } from '@campus/contracts';
import { Enrolment, Quiz, QuizAttempt } from '@campus/server-db';
import { CompletionService } from '@campus/server-courses';
import { OutboxService } from '@campus/server-jobs';
import { attemptScore, finalGrade, gradeResponse } from '@campus/server-grading';

interface GradingItem {
  position: number;
  points: number;
  response: unknown;
  type: Question['type'];
  prompt: string;
  content: unknown;
  tags: string[];
  generalFeedback: string | null;
}

/**
 * Grades attempts in the worker. Every method is idempotent: the attempt row is locked and its
 * status guards the work, so a job run twice (or by two workers) changes nothing the second time.
 */
@Injectable()
export class AttemptGradingService {
  private readonly log = new Logger(AttemptGradingService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    private readonly completion: CompletionService,
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
    return this.ds.transaction(async (m) => {
      const attempt = await m.findOne(QuizAttempt, {
        where: { id: attemptId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!attempt || attempt.status !== 'submitted') return false;
      const items = await m.query<GradingItem[]>(
        `SELECT i.position, i.points, i.response, v.type, v.prompt, v.content, v.tags,
                v.general_feedback AS "generalFeedback"
           FROM attempt_items i JOIN question_versions v ON v.id = i.question_version_id
          WHERE i.attempt_id = $1 ORDER BY i.position`,
        [attemptId],
      );
      const graded = items.map((item) => {
        const question = {
          type: item.type,
          prompt: item.prompt,
          content: item.content,
          tags: item.tags,
          generalFeedback: item.generalFeedback ?? undefined,
        } as Question;
        return { item, grade: gradeResponse(question, item.response ?? null) };
      });
      // One statement for every item: a round trip per item made grading the slow part of a rush.
      await m.query(
        `UPDATE attempt_items i SET fraction = g.fraction, needs_review = g.needs_review, feedback = g.feedback,
                graded_at = now()
           FROM jsonb_to_recordset($2::jsonb)
                AS g(position integer, fraction numeric, needs_review boolean, feedback jsonb)
          WHERE i.attempt_id = $1 AND i.position = g.position`,
        [
          attemptId,
          JSON.stringify(
            graded.map(({ item, grade }) => ({
              position: item.position,
              fraction: grade.fraction,
              needs_review: grade.needsReview,
              feedback: grade.feedback,
            })),
          ),
        ],
      );
      await m.query(`UPDATE quiz_attempts SET auto_gradings = auto_gradings + 1 WHERE id = $1`, [attemptId]);
      await this.finalise(
        m,
        attempt,
        graded.map(({ item, grade }) => ({ points: item.points, fraction: grade.fraction })),
      );
      return true;
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
    const { percent, pending } = attemptScore(items);
    if (pending) {
      await m.update(
        QuizAttempt,
        { id: attempt.id },
        { status: 'needs_review', gradedAt: null, scorePercent: null, passed: null },
      );
      return;
    }
    await m.update(
      QuizAttempt,
      { id: attempt.id },
      {
        status: 'graded',
        gradedAt: new Date(),
        scorePercent: percent,
        passed: (percent ?? 0) >= quiz.passPercent,
      },
    );
    await this.syncLesson(m, quiz, attempt.userId);
  }

  /** The quiz lesson is done exactly when the learner's final grade passes. */
  private async syncLesson(m: EntityManager, quiz: Quiz, userId: string): Promise<void> {
    const enrolment = await m.findOne(Enrolment, {
      where: { userId, courseId: quiz.courseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!enrolment) return; // unenrolled since: nothing to record
    const graded = await m.query<{ number: number; scorePercent: string }[]>(
      `SELECT number, score_percent AS "scorePercent" FROM quiz_attempts
        WHERE quiz_id = $1 AND user_id = $2 AND status = 'graded'`,
      [quiz.id, userId],
    );
    const final = finalGrade(
      quiz.gradingMethod,
      graded.map((g) => ({ number: g.number, scorePercent: Number(g.scorePercent) })),
    );
    if (final !== null && final >= quiz.passPercent)
      await this.completion.lessonDone(m, enrolment.id, quiz.courseId, quiz.lessonId);
    else await this.completion.lessonUndone(m, enrolment.id, quiz.courseId, quiz.lessonId);
    this.log.debug({ quizId: quiz.id, userId, final }, 'quiz result recorded');
  }
}
