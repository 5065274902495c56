import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DomainError, notFound, type AttemptView } from '@campus/contracts';
import { canSee } from '@campus/server-courses';
import type { Quiz } from '@campus/server-db';
import { outboxRow } from '@campus/server-jobs';
import type { Actor } from '@campus/server-identity';
import { learnerItem, planAttempt, type BankQuestion } from './attempt-builder';
import type { AttemptItems } from './attempt-items-cache';
import { INSERT_ATTEMPT, START_CONTEXT, type StartContext } from './attempt-start.queries';

const UNIQUE_VIOLATION = '23505';

export interface StartedAttempt {
  view: AttemptView;
  items: AttemptItems;
}

/**
 * Starts an attempt in two round trips (the context, then one statement that writes the attempt,
 * its items and its automatic submission) and answers with what it wrote, without reading it back.
 * No transaction spans them, so no connection is held while the plan is drawn: the unique indexes
 * (one open attempt per learner and quiz, unique attempt numbers) decide between racing starts,
 * and the loser answers 409 ATTEMPT_IN_PROGRESS naming the winner. The attempt count read with the
 * context gives the number, so two starts that both read "no attempt left over" cannot both write.
 */
export async function startAttempt(
  pool: Pool,
  actor: Actor,
  quizId: string,
  graceSeconds: number,
): Promise<StartedAttempt> {
  try {
    const { rows } = await pool.query<StartContext>({
      name: 'attempt-start-context',
      text: START_CONTEXT,
      values: [quizId, actor.userId],
    });
    const ctx = rows[0];
    checkMayStart(actor, ctx);
    const seed = randomBytes(12).toString('hex');
    const plan = planAttempt(ctx.slots, ctx.bank, {
      seed,
      shuffleQuestions: ctx.shuffleQuestions,
      shuffleOptions: ctx.shuffleOptions,
    });
    if (plan.length === 0) throw new DomainError('CONFLICT', 'This quiz has no questions yet.');
    const id = randomUUID();
    const number = ctx.made + 1;
    const deadline = deadlineFor(ctx, ctx.now);
    // The automatic submission, due when the deadline and the grace period have passed.
    const close = outboxRow('closeAttempt', { attemptId: id });
    const items = plan.map((p, i) => ({ position: i + 1, ...p }));
    await pool.query({
      name: 'attempt-start-insert',
      text: INSERT_ATTEMPT,
      values: [
        id,
        quizId,
        actor.userId,
        number,
        seed,
        ctx.now,
        deadline,
        JSON.stringify(items),
        close.job,
        close.payload,
        close.jobId,
        deadline ? new Date(deadline.getTime() + graceSeconds * 1000) : null,
      ],
    });
    const byVersion = new Map<string, BankQuestion>(ctx.bank.map((q) => [q.versionId, q]));
    return {
      view: {
        id,
        quizId,
        courseId: ctx.courseId,
        lessonId: ctx.lessonId,
        number,
        status: 'in_progress',
        startedAt: ctx.now.toISOString(),
        deadlineAt: deadline?.toISOString() ?? null,
        graceSeconds,
        serverNow: ctx.now.toISOString(),
        submittedAt: null,
        items: items.map((item) =>
          learnerItem({ ...item, response: null, savedAt: null }, byVersion.get(item.versionId)!),
        ),
      },
      items: { userId: actor.userId, versionIds: items.map((item) => item.versionId) },
    };
  } catch (err) {
    // Two starts in a race: the loser meets the unique index and gets the winner's attempt.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
      const { rows } = await pool.query<{ id: string }>({
        name: 'attempt-open-for-learner',
        text: `SELECT id FROM quiz_attempts WHERE quiz_id = $1 AND user_id = $2 AND status = 'in_progress'`,
        values: [quizId, actor.userId],
      });
      if (rows[0]) throw inProgress(rows[0].id);
      throw new DomainError('CONFLICT', 'Another attempt was started at the same moment; try again.');
    }
    throw err;
  }
}

/** The reasons a start is refused, in the order a learner should hear them. */
function checkMayStart(actor: Actor, ctx: StartContext | undefined): asserts ctx is StartContext {
  if (!ctx || !ctx.lessonLive || !canSee(actor, ctx)) throw notFound('Quiz');
  if (!ctx.enrolled) throw new DomainError('FORBIDDEN', 'Enrol in the course to take its quizzes.');
  if (ctx.openAttemptId) throw inProgress(ctx.openAttemptId);
  if (ctx.opensAt && ctx.now < ctx.opensAt)
    throw new DomainError('QUIZ_NOT_OPEN', `The quiz opens at ${ctx.opensAt.toISOString()}.`);
  if (ctx.closesAt && ctx.now >= ctx.closesAt)
    throw new DomainError('QUIZ_CLOSED', `The quiz closed at ${ctx.closesAt.toISOString()}.`);
  if (ctx.attemptsAllowed !== null && ctx.made >= ctx.attemptsAllowed)
    throw new DomainError('NO_ATTEMPTS_LEFT', `All ${ctx.attemptsAllowed} attempts have been used.`);
}

/** min(start + time limit, close time): a late starter never gets more time than the close allows. */
export function deadlineFor(quiz: Pick<Quiz, 'timeLimitSeconds' | 'closesAt'>, now: Date): Date | null {
  const byLimit = quiz.timeLimitSeconds ? new Date(now.getTime() + quiz.timeLimitSeconds * 1000) : null;
  if (byLimit && quiz.closesAt) return byLimit < quiz.closesAt ? byLimit : quiz.closesAt;
  return byLimit ?? quiz.closesAt;
}

export const inProgress = (attemptId: string) =>
  new DomainError('ATTEMPT_IN_PROGRESS', 'You already have an attempt in progress on this quiz.', {
    attemptId,
  });
