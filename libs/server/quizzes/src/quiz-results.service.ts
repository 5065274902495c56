import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, notFound, type AttemptResultView, type Question } from '@campus/contracts';
import { Quiz, QuizAttempt } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { reviewAllowed } from './review-policy';

/** A learner's own submitted attempt, showing score, feedback and answers only as the quiz allows. */
@Injectable()
export class QuizResultsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async result(actor: Actor, attemptId: string): Promise<AttemptResultView> {
    const attempt = await this.ds.getRepository(QuizAttempt).findOneBy({ id: attemptId });
    if (!attempt || attempt.userId !== actor.userId) throw notFound('Attempt');
    if (attempt.status === 'in_progress')
      throw new DomainError('CONFLICT', 'Submit the attempt to see its result.');
    const quiz = await this.ds.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });
    const [{ now }] = await this.ds.query<{ now: Date }[]>(`SELECT now() AS now`);
    const graded = attempt.status === 'graded';
    const score = graded && reviewAllowed(quiz.showScore, quiz, now);
    const feedback = graded && reviewAllowed(quiz.showFeedback, quiz, now);
    const answers = graded && reviewAllowed(quiz.showAnswers, quiz, now);
    const items = await this.ds.query<
      {
        position: number;
        fraction: string | null;
        feedback: string[];
        comment: string | null;
        content: unknown;
        type: Question['type'];
        generalFeedback: string | null;
      }[]
    >(
      `SELECT i.position, i.fraction, i.feedback, i.comment, v.content, v.type, v.general_feedback AS "generalFeedback"
         FROM attempt_items i JOIN question_versions v ON v.id = i.question_version_id
        WHERE i.attempt_id = $1 ORDER BY i.position`,
      [attemptId],
    );
    return {
      id: attempt.id,
      status: attempt.status,
      ...(score ? { scorePercent: attempt.scorePercent, passed: attempt.passed } : {}),
      items: items.map((i) => ({
        position: i.position,
        ...(score ? { fraction: i.fraction === null ? null : Number(i.fraction) } : {}),
        ...(feedback
          ? {
              feedback: [...i.feedback, ...(i.generalFeedback ? [i.generalFeedback] : [])],
              comment: i.comment,
            }
          : {}),
        // Essays have no key; the grader's guidance is for trainers only.
        ...(answers && i.type !== 'essay' ? { answer: i.content } : {}),
      })),
    };
  }
}
