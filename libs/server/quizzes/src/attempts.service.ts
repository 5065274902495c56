import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  type AttemptSummary,
  type AttemptView,
  type LearnerQuizView,
  type SaveResponseResult,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { AttemptItem, QuizAttempt, type Quiz } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { OutboxService } from '@campus/server-jobs';
import { finalGrade, validateResponse } from '@campus/server-grading';
import { learnerItem, planAttempt, type BankQuestion, type SlotSpec } from './attempt-builder';
import { quizForLearner } from './quiz-access';
import { settingsView } from './quiz-authoring.service';
import { reviewAllowed } from './review-policy';

const UNIQUE_VIOLATION = '23505';

/**
 * A learner's attempts: start (the server sets the deadline), autosave, submit (idempotent; grading
 * happens in the worker). The database guards every rule a race could break: one attempt in
 * progress per learner and quiz, unique attempt numbers, and saves only before deadline + grace.
 */
@Injectable()
export class AttemptsService {
  private readonly graceSeconds: number;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) config: ServerConfig,
    private readonly outbox: OutboxService,
  ) {
    this.graceSeconds = config.QUIZ_GRACE_SECONDS;
  }

  async quiz(actor: Actor, quizId: string): Promise<LearnerQuizView> {
    const { quiz } = await quizForLearner(this.ds.manager, actor, quizId);
    const [attempts, [{ title }], questionCount, [{ now }]] = await Promise.all([
      this.ds
        .getRepository(QuizAttempt)
        .find({ where: { quizId, userId: actor.userId }, order: { number: 'ASC' } }),
      this.ds.query<{ title: string }[]>(`SELECT title FROM lessons WHERE id = $1`, [quiz.lessonId]),
      this.questionCount(quiz.id),
      this.ds.query<{ now: Date }[]>(`SELECT now() AS now`),
    ]);
    const showScore = reviewAllowed(quiz.showScore, quiz, now);
    const open = attempts.find((a) => a.status === 'in_progress');
    const left = quiz.attemptsAllowed === null ? null : Math.max(0, quiz.attemptsAllowed - attempts.length);
    const graded = attempts.filter((a) => a.status === 'graded' && a.scorePercent !== null);
    const final = finalGrade(
      quiz.gradingMethod,
      graded.map((a) => ({ number: a.number, scorePercent: a.scorePercent! })),
    );
    return {
      id: quiz.id,
      lessonId: quiz.lessonId,
      courseId: quiz.courseId,
      title,
      ...settingsView(quiz),
      questionCount,
      attempts: attempts.map((a) => summary(a, showScore)),
      attemptsLeft: left,
      openAttemptId: open?.id ?? null,
      ...(showScore
        ? { finalPercent: final, passed: final === null ? null : final >= quiz.passPercent }
        : {}),
      cannotStartBecause: open
        ? 'in_progress'
        : quiz.opensAt && now < quiz.opensAt
          ? 'not_open_yet'
          : quiz.closesAt && now >= quiz.closesAt
            ? 'closed'
            : left === 0
              ? 'no_attempts_left'
              : questionCount === 0
                ? 'no_questions'
                : null,
      serverNow: now.toISOString(),
    };
  }

  async start(actor: Actor, quizId: string): Promise<AttemptView> {
    try {
      const attemptId = await this.ds.transaction(async (m) => {
        const { quiz } = await quizForLearner(m, actor, quizId);
        // Serialises this learner's starts on this quiz; the unique indexes back it up.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${quizId}:${actor.userId}`]);
        const [{ now }] = await m.query<{ now: Date }[]>(`SELECT now() AS now`);
        const open = await m.findOneBy(QuizAttempt, { quizId, userId: actor.userId, status: 'in_progress' });
        if (open) throw inProgress(open.id);
        if (quiz.opensAt && now < quiz.opensAt)
          throw new DomainError('QUIZ_NOT_OPEN', `The quiz opens at ${quiz.opensAt.toISOString()}.`);
        if (quiz.closesAt && now >= quiz.closesAt)
          throw new DomainError('QUIZ_CLOSED', `The quiz closed at ${quiz.closesAt.toISOString()}.`);
        const [{ made }] = await m.query<{ made: number }[]>(
          `SELECT count(*)::int AS made FROM quiz_attempts WHERE quiz_id = $1 AND user_id = $2`,
          [quizId, actor.userId],
        );
        if (quiz.attemptsAllowed !== null && made >= quiz.attemptsAllowed)
          throw new DomainError('NO_ATTEMPTS_LEFT', `All ${quiz.attemptsAllowed} attempts have been used.`);
        const seed = randomBytes(12).toString('hex');
        const plan = planAttempt(await this.slots(m, quiz.id), await this.bank(m, quiz.courseId), {
          seed,
          shuffleQuestions: quiz.shuffleQuestions,
          shuffleOptions: quiz.shuffleOptions,
        });
        if (plan.length === 0) throw new DomainError('CONFLICT', 'This quiz has no questions yet.');
        const deadline = deadlineFor(quiz, now);
        const attempt = await m.save(QuizAttempt, {
          quizId,
          userId: actor.userId,
          number: made + 1,
          status: 'in_progress' as const,
          seed,
          startedAt: now,
          deadlineAt: deadline,
        });
        await m.insert(
          AttemptItem,
          plan.map((p, i) => ({
            attemptId: attempt.id,
            position: i + 1,
            questionVersionId: p.versionId,
            points: p.points,
            displayOrder: p.displayOrder,
          })),
        );
        // The automatic submission, due when the deadline and the grace period have passed.
        if (deadline)
          await this.outbox.add(
            m,
            'closeAttempt',
            { attemptId: attempt.id },
            { availableAt: new Date(deadline.getTime() + this.graceSeconds * 1000) },
          );
        return attempt.id;
      });
      return this.view(actor, attemptId);
    } catch (err) {
      // Two starts in a race: the loser meets the unique index and gets the winner's attempt.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
        const open = await this.ds
          .getRepository(QuizAttempt)
          .findOneBy({ quizId, userId: actor.userId, status: 'in_progress' });
        if (open) throw inProgress(open.id);
        throw new DomainError('CONFLICT', 'Another attempt was started at the same moment; try again.');
      }
      throw err;
    }
  }

  async view(actor: Actor, attemptId: string): Promise<AttemptView> {
    const attempt = await this.own(actor, attemptId);
    const [rows, [{ now }], [quiz]] = await Promise.all([
      this.ds.query<(ItemRow & BankQuestion)[]>(
        `SELECT i.position, i.points, i.display_order AS "displayOrder", i.response, i.saved_at AS "savedAt",
                v.type, v.prompt, v.content
           FROM attempt_items i JOIN question_versions v ON v.id = i.question_version_id
          WHERE i.attempt_id = $1 ORDER BY i.position`,
        [attemptId],
      ),
      this.ds.query<{ now: Date }[]>(`SELECT now() AS now`),
      this.ds.query<{ courseId: string; lessonId: string }[]>(
        `SELECT course_id AS "courseId", lesson_id AS "lessonId" FROM quizzes WHERE id = $1`,
        [attempt.quizId],
      ),
    ]);
    return {
      id: attempt.id,
      quizId: attempt.quizId,
      courseId: quiz.courseId,
      lessonId: quiz.lessonId,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      graceSeconds: this.graceSeconds,
      serverNow: now.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      items: rows.map((r) => learnerItem(r, r)),
    };
  }

  /**
   * Autosave of one answer: idempotent (the same answer saved twice is one answer), stamped with
   * the database clock, refused with 409 once the attempt is over or the deadline plus grace passed.
   */
  async save(
    actor: Actor,
    attemptId: string,
    position: number,
    response: unknown,
  ): Promise<SaveResponseResult> {
    const [item] = await this.ds.query<
      {
        userId: string;
        status: string;
        type: BankQuestion['type'];
        prompt: string;
        content: unknown;
        tags: string[];
      }[]
    >(
      `SELECT a.user_id AS "userId", a.status, v.type, v.prompt, v.content, v.tags
         FROM attempt_items i JOIN quiz_attempts a ON a.id = i.attempt_id
         JOIN question_versions v ON v.id = i.question_version_id
        WHERE i.attempt_id = $1 AND i.position = $2`,
      [attemptId, position],
    );
    if (!item || item.userId !== actor.userId) throw notFound('Answer');
    const checked = validateResponse(
      { type: item.type, prompt: item.prompt, content: item.content, tags: item.tags } as never,
      response,
    );
    if (!checked.ok)
      throw new DomainError('VALIDATION_FAILED', checked.message, {
        errors: [{ field: 'response', message: checked.message }],
      });
    const [rows] = await this.ds.query<[{ savedAt: Date }[], number]>(
      `UPDATE attempt_items i SET response = $3, saved_at = now()
         FROM quiz_attempts a
        WHERE a.id = i.attempt_id AND i.attempt_id = $1 AND i.position = $2 AND a.user_id = $4
          AND a.status = 'in_progress'
          AND (a.deadline_at IS NULL OR now() <= a.deadline_at + make_interval(secs => $5))
        RETURNING i.saved_at AS "savedAt"`,
      [attemptId, position, JSON.stringify(checked.value), actor.userId, this.graceSeconds],
    );
    if (rows.length === 0) throw closed();
    return { position, savedAt: rows[0].savedAt.toISOString() };
  }

  /**
   * Idempotent: the first submit moves the attempt to `submitted` and writes the grading job into the
   * outbox in the same transaction; every repeat (even in parallel) answers with the same attempt.
   */
  async submit(actor: Actor, attemptId: string): Promise<AttemptSummary> {
    await this.ds.transaction(async (m) => {
      const [rows] = await m.query<[{ id: string }[], number]>(
        `UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), submitted_by = 'learner'
          WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
            AND (deadline_at IS NULL OR now() <= deadline_at + make_interval(secs => $3))
          RETURNING id`,
        [attemptId, actor.userId, this.graceSeconds],
      );
      if (rows.length === 1) await this.outbox.add(m, 'gradeAttempt', { attemptId });
    });
    const attempt = await this.own(actor, attemptId);
    // Too late, or already submitted automatically at the deadline: that submission stands.
    if (attempt.status === 'in_progress' || attempt.submittedBy === 'deadline') throw closed();
    return summary(attempt, false);
  }

  private async own(
    actor: Actor,
    attemptId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<QuizAttempt> {
    const attempt = await m.findOneBy(QuizAttempt, { id: attemptId });
    if (!attempt || attempt.userId !== actor.userId) throw notFound('Attempt');
    return attempt;
  }

  private async questionCount(quizId: string): Promise<number> {
    const [{ n }] = await this.ds.query<{ n: number }[]>(
      `SELECT coalesce(sum(CASE WHEN question_id IS NULL THEN draw_count ELSE 1 END), 0)::int AS n FROM quiz_slots WHERE quiz_id = $1`,
      [quizId],
    );
    return n;
  }

  private slots(m: EntityManager, quizId: string): Promise<SlotSpec[]> {
    return m.query<SlotSpec[]>(
      `SELECT position, question_id AS "questionId", tag, draw_count AS "drawCount", points
         FROM quiz_slots WHERE quiz_id = $1 ORDER BY position`,
      [quizId],
    );
  }

  /** Current versions of the course's questions (archived ones only for fixed slots that name them). */
  private bank(m: EntityManager, courseId: string): Promise<BankQuestion[]> {
    return m.query<BankQuestion[]>(
      `SELECT q.id AS "questionId", v.id AS "versionId", v.type, v.prompt, v.content, q.tags
         FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
        WHERE q.course_id = $1
          AND (q.archived_at IS NULL OR q.id IN (SELECT question_id FROM quiz_slots WHERE question_id IS NOT NULL))
        ORDER BY q.created_at, q.id`,
      [courseId],
    );
  }
}

interface ItemRow {
  position: number;
  points: number;
  displayOrder: string[] | null;
  response: unknown;
  savedAt: Date | null;
}

/** min(start + time limit, close time): a late starter never gets more time than the close allows. */
export function deadlineFor(quiz: Pick<Quiz, 'timeLimitSeconds' | 'closesAt'>, now: Date): Date | null {
  const byLimit = quiz.timeLimitSeconds ? new Date(now.getTime() + quiz.timeLimitSeconds * 1000) : null;
  if (byLimit && quiz.closesAt) return byLimit < quiz.closesAt ? byLimit : quiz.closesAt;
  return byLimit ?? quiz.closesAt;
}

function summary(a: QuizAttempt, showScore: boolean): AttemptSummary {
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    ...(showScore ? { scorePercent: a.scorePercent, passed: a.passed } : {}),
  };
}

const inProgress = (attemptId: string) =>
  new DomainError('ATTEMPT_IN_PROGRESS', 'You already have an attempt in progress on this quiz.', {
    attemptId,
  });
const closed = () =>
  new DomainError('ATTEMPT_CLOSED', 'This attempt is over: its time ran out or it was submitted.');
