import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { QuizAttempt, sqlPool } from '@campus/server-db';
import { outboxRow } from '@campus/server-jobs';
import type { Actor } from '@campus/server-identity';
import { finalGrade, validateResponse } from '@campus/server-grading';
import { AnswerSaves } from './answer-saves';
import { learnerItem, type BankQuestion } from './attempt-builder';
import { AttemptItemsCache } from './attempt-items-cache';
import { startAttempt } from './attempt-start';
import { SUBMIT_ATTEMPT, type AttemptSummaryRow } from './attempt-writes.queries';
import { QuestionVersionCache } from './question-version-cache';
import { quizForLearner } from './quiz-access';
import { settingsView } from './quiz-authoring.service';
import { reviewAllowed } from './review-policy';

export { deadlineFor } from './attempt-start';

/**
 * A learner's attempts: start (the server sets the deadline), autosave, submit (idempotent; grading
 * happens in the worker). The database guards every rule a race could break: one attempt in
 * progress per learner and quiz, unique attempt numbers, and saves only before deadline + grace.
 * Start, autosave and submit are the exam's hot path: plain pg with named statements, one round
 * trip for a submit, two for a start (see attempt-start.ts), and autosaves written in batches
 * (see answer-saves.ts): one round trip for each batch.
 */
@Injectable()
export class AttemptsService {
  private readonly graceSeconds: number;
  /** Filled at start and on first use: autosaves validate without reading the attempt. */
  private readonly items = new AttemptItemsCache(() => sqlPool(this.ds));
  /** Autosaves, written in batches under load. */
  private readonly saves: AnswerSaves;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) config: ServerConfig,
    private readonly versions: QuestionVersionCache,
  ) {
    this.graceSeconds = config.QUIZ_GRACE_SECONDS;
    this.saves = new AnswerSaves(() => sqlPool(this.ds), this.graceSeconds);
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
    const started = await startAttempt(sqlPool(this.ds), actor, quizId, this.graceSeconds);
    this.items.remember(started.view.id, started.items);
    return started.view;
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
   * One round trip when the attempt's items are in memory: validated here, then one guarded UPDATE
   * (shared with the other autosaves waiting in this process at that moment).
   */
  save(actor: Actor, attemptId: string, position: number, response: unknown): Promise<SaveResponseResult> {
    return this.saveAnswer(actor, attemptId, position, response, false);
  }

  /** `reread`: the attempt's items were just read again because a regrade moved one (retry once). */
  private async saveAnswer(
    actor: Actor,
    attemptId: string,
    position: number,
    response: unknown,
    reread: boolean,
  ): Promise<SaveResponseResult> {
    const items = await this.items.get(attemptId);
    const versionId = items?.versionIds[position - 1];
    if (!items || items.userId !== actor.userId || !versionId) throw notFound('Answer');
    const version = (await this.versions.get([versionId])).get(versionId)!;
    const checked = validateResponse(version as never, response);
    if (!checked.ok) {
      // A regrade may have moved the item to a fixed version this answer fits: check before refusing.
      if (!reread && (await this.versionNow(attemptId, position)) !== versionId) {
        this.items.forget(attemptId);
        return this.saveAnswer(actor, attemptId, position, response, true);
      }
      throw new DomainError('VALIDATION_FAILED', checked.message, {
        errors: [{ field: 'response', message: checked.message }],
      });
    }
    const savedAt = await this.saves.save({
      attemptId,
      position,
      userId: actor.userId,
      versionId,
      response: JSON.stringify(checked.value),
    });
    if (savedAt) return { position, savedAt: savedAt.toISOString() };
    return this.refusedSave(actor, attemptId, position, versionId, reread, response);
  }

  /** Why the guarded UPDATE wrote nothing: 404 (gone, or not the caller's), 409 (over), or a regrade. */
  private async refusedSave(
    actor: Actor,
    attemptId: string,
    position: number,
    validatedAgainst: string,
    reread: boolean,
    response: unknown,
  ): Promise<SaveResponseResult> {
    const { rows } = await sqlPool(this.ds).query<{
      userId: string;
      open: boolean;
      versionId: string | null;
    }>({
      name: 'attempt-save-refused',
      text: `SELECT a.user_id AS "userId", i.question_version_id AS "versionId",
                    a.status = 'in_progress'
                      AND (a.deadline_at IS NULL OR now() <= a.deadline_at + make_interval(secs => $3)) AS open
               FROM quiz_attempts a LEFT JOIN attempt_items i ON i.attempt_id = a.id AND i.position = $2
              WHERE a.id = $1`,
      values: [attemptId, position, this.graceSeconds],
    });
    const state = rows[0];
    if (!state || state.userId !== actor.userId || !state.versionId) {
      this.items.forget(attemptId);
      throw notFound('Answer');
    }
    if (!state.open) throw closed();
    // Still open, so the item's version moved under us (a trainer regraded a fixed question while
    // the attempt ran): validate again against the version it holds now.
    if (state.versionId !== validatedAgainst && !reread) {
      this.items.forget(attemptId);
      return this.saveAnswer(actor, attemptId, position, response, true);
    }
    throw new DomainError('CONFLICT', 'The question changed while your answer was saved; save it again.');
  }

  /** The question version an item holds now (null: no such item). */
  private async versionNow(attemptId: string, position: number): Promise<string | null> {
    const { rows } = await sqlPool(this.ds).query<{ versionId: string }>({
      name: 'attempt-item-version',
      text: `SELECT question_version_id AS "versionId" FROM attempt_items WHERE attempt_id = $1 AND position = $2`,
      values: [attemptId, position],
    });
    return rows[0]?.versionId ?? null;
  }

  /**
   * Idempotent: the first submit moves the attempt to `submitted` and writes the grading job into the
   * outbox in the same statement; every repeat (even in parallel) answers with the same attempt.
   */
  async submit(actor: Actor, attemptId: string): Promise<AttemptSummary> {
    const grade = outboxRow('gradeAttempt', { attemptId });
    const { rows } = await sqlPool(this.ds).query<AttemptSummaryRow>({
      name: 'attempt-submit',
      text: SUBMIT_ATTEMPT,
      values: [attemptId, actor.userId, this.graceSeconds, grade.job, grade.payload, grade.jobId],
    });
    if (rows.length === 1) {
      this.items.forget(attemptId); // no save will succeed any more: free the entry
      return summary(rows[0], false);
    }
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
}

interface ItemRow {
  position: number;
  points: number;
  displayOrder: string[] | null;
  response: unknown;
  savedAt: Date | null;
}

function summary(a: AttemptSummaryRow, showScore: boolean): AttemptSummary {
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

const closed = () =>
  new DomainError('ATTEMPT_CLOSED', 'This attempt is over: its time ran out or it was submitted.');
