import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, notFound, type Question, type RegradeResult } from '@campus/contracts';
import { QuizAttempt } from '@campus/server-db';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { gradeResponse } from '@campus/server-grading';
import { OutboxService } from '@campus/server-jobs';
import { AttemptGradingService } from './attempt-grading.service';

interface VersionRow {
  id: string;
  version: number;
  type: Question['type'];
  prompt: string;
  content: unknown;
  tags: string[];
  generalFeedback: string | null;
}

/**
 * After a trainer fixes a question (which made a new version), every attempt that used the old
 * version is graded again against the fixed one. Automatic grades are recomputed; a trainer's own
 * grades (essays) stay. Scores, pass or fail and course progress follow; a course already
 * completed stays completed. A changed pass or fail raises `attemptRegraded` in the same transaction:
 * certificates are the certificates domain's to flag for review (never revoked), not this one's.
 */
@Injectable()
export class RegradeService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly grading: AttemptGradingService,
    private readonly outbox: OutboxService,
  ) {}

  async regrade(actor: Actor, questionId: string, fromVersion: number): Promise<RegradeResult> {
    const [question] = await this.ds.query<{ courseId: string; currentVersion: number }[]>(
      `SELECT course_id AS "courseId", current_version AS "currentVersion" FROM questions WHERE id = $1`,
      [questionId],
    );
    if (!question) throw notFound('Question');
    requireAuthor(actor, await this.outline.course(question.courseId));
    const versions = await this.ds.query<VersionRow[]>(
      `SELECT id, version, type, prompt, content, tags, general_feedback AS "generalFeedback"
         FROM question_versions WHERE question_id = $1 AND version IN ($2, $3)`,
      [questionId, fromVersion, question.currentVersion],
    );
    const from = versions.find((v) => v.version === fromVersion);
    const to = versions.find((v) => v.version === question.currentVersion);
    if (!from || !to) throw notFound('Version');
    if (from.version === to.version)
      throw new DomainError(
        'CONFLICT',
        'This is the current version: edit the question first, then regrade.',
      );
    if (from.type !== to.type)
      throw new DomainError(
        'CONFLICT',
        'The question changed type: old answers cannot be graded against it.',
      );
    const attemptIds = await this.ds.query<{ attemptId: string }[]>(
      `SELECT DISTINCT attempt_id AS "attemptId" FROM attempt_items WHERE question_version_id = $1`,
      [from.id],
    );
    const fixed = {
      type: to.type,
      prompt: to.prompt,
      content: to.content,
      tags: to.tags,
      generalFeedback: to.generalFeedback ?? undefined,
    } as Question;
    let regraded = 0;
    let changed = 0;
    for (const { attemptId } of attemptIds) {
      await this.ds.transaction(async (m) => {
        const attempt = await m.findOneOrFail(QuizAttempt, {
          where: { id: attemptId },
          lock: { mode: 'pessimistic_write' },
        });
        const items = await m.query<{ position: number; response: unknown; gradedBy: string | null }[]>(
          `SELECT position, response, graded_by AS "gradedBy" FROM attempt_items
            WHERE attempt_id = $1 AND question_version_id = $2`,
          [attemptId, from.id],
        );
        for (const item of items) {
          const grade = gradeResponse(fixed, item.response ?? null);
          // A trainer's grade is theirs: only the version moves under it.
          const keepManual = item.gradedBy !== null;
          await m.query(
            keepManual
              ? `UPDATE attempt_items SET question_version_id = $3 WHERE attempt_id = $1 AND position = $2`
              : `UPDATE attempt_items SET question_version_id = $3, fraction = $4, needs_review = $5, feedback = $6,
                        graded_at = CASE WHEN graded_at IS NULL THEN NULL ELSE now() END
                  WHERE attempt_id = $1 AND position = $2`,
            keepManual
              ? [attemptId, item.position, to.id]
              : [
                  attemptId,
                  item.position,
                  to.id,
                  grade.fraction,
                  grade.needsReview,
                  JSON.stringify(grade.feedback),
                ],
          );
        }
        // Submitted but not graded yet: the grading job will use the fixed version.
        if (attempt.status !== 'graded' && attempt.status !== 'needs_review') return;
        const all = await m.query<{ points: number; fraction: string | null; needsReview: boolean }[]>(
          `SELECT points, fraction, needs_review AS "needsReview" FROM attempt_items WHERE attempt_id = $1`,
          [attemptId],
        );
        await this.grading.finalise(
          m,
          attempt,
          all.map((i) => ({
            points: i.points,
            fraction: i.needsReview || i.fraction === null ? null : Number(i.fraction),
          })),
        );
        const after = await m.findOneByOrFail(QuizAttempt, { id: attemptId });
        regraded++;
        if (after.passed !== attempt.passed) {
          changed++;
          // now() is this transaction's start: a certificate issued later already reflects the change.
          const [{ courseId, at }] = await m.query<{ courseId: string; at: Date }[]>(
            `SELECT course_id AS "courseId", now() AS at FROM quizzes WHERE id = $1`,
            [attempt.quizId],
          );
          await this.outbox.add(m, 'attemptRegraded', {
            attemptId,
            userId: attempt.userId,
            courseId,
            questionVersionId: to.id,
            regradedAt: at.toISOString(),
          });
        }
      });
    }
    return { regradedAttempts: regraded, changedOutcomes: changed };
  }
}
