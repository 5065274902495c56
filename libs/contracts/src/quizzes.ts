import { z } from 'zod';
import { IsoInstant } from './common';
import { QuestionInput, type QuestionType } from './questions';

// ---- Question bank (trainers) ------------------------------------------------------------------

export const CreateQuestionRequest = QuestionInput;
export type CreateQuestionRequest = z.input<typeof CreateQuestionRequest>;
/** A full replacement. A question already used in an attempt gets a new version; attempts keep theirs. */
export const UpdateQuestionRequest = QuestionInput;

export interface QuestionView {
  id: string;
  courseId: string;
  version: number;
  type: QuestionType;
  prompt: string;
  content: unknown;
  tags: string[];
  generalFeedback: string | null;
  archived: boolean;
  /** Attempts that used the current version: editing it will make a new version. */
  attemptsUsingCurrentVersion: number;
  updatedAt: string;
}

export const QuestionListQuery = z.object({
  tag: z.string().trim().toLowerCase().max(60).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuery>;

export const ImportQuestionsRequest = z.object({
  format: z.enum(['json', 'gift']),
  /** The file's text: a campus-question-bank JSON document, or Moodle GIFT. */
  text: z.string().min(1).max(2_000_000),
});
export type ImportQuestionsRequest = z.infer<typeof ImportQuestionsRequest>;
export interface ImportQuestionsResult {
  imported: number;
  /** What could not be read: a line (GIFT) or an index (JSON) and why. Nothing is imported twice. */
  problems: { line?: number; index?: number; message: string }[];
}

// ---- Quizzes (a quiz is a lesson of kind "quiz") ------------------------------------------------

export const REVIEW_MOMENTS = ['after_submit', 'after_close', 'never'] as const;
export const ReviewMoment = z.enum(REVIEW_MOMENTS);
export type ReviewMoment = z.infer<typeof ReviewMoment>;
export const GRADING_METHODS = ['highest', 'last', 'first', 'average'] as const;
export const GradingMethod = z.enum(GRADING_METHODS);
export type GradingMethod = z.infer<typeof GradingMethod>;

export const QuizSlot = z.union([
  z.object({ questionId: z.uuid(), points: z.number().int().min(1).max(100).default(1) }),
  z.object({
    /** Draw `count` different questions carrying this tag, at random for each attempt. */
    tag: z.string().trim().toLowerCase().min(1).max(60),
    count: z.number().int().min(1).max(100).default(1),
    points: z.number().int().min(1).max(100).default(1),
  }),
]);
export type QuizSlot = z.input<typeof QuizSlot>;

export const QuizSettings = z
  .object({
    /** null: unlimited. */
    attemptsAllowed: z.number().int().min(1).max(100).nullable().default(1),
    /** null: no time limit. */
    timeLimitMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullable()
      .default(null),
    opensAt: IsoInstant.nullable().default(null),
    closesAt: IsoInstant.nullable().default(null),
    passPercent: z.number().min(0).max(100).default(50),
    gradingMethod: GradingMethod.default('highest'),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    showScore: ReviewMoment.default('after_submit'),
    showFeedback: ReviewMoment.default('after_submit'),
    showAnswers: ReviewMoment.default('after_close'),
    slots: z.array(QuizSlot).max(200).default([]),
  })
  .refine((s) => !s.opensAt || !s.closesAt || Date.parse(s.opensAt) < Date.parse(s.closesAt), {
    message: 'The quiz must open before it closes.',
    path: ['closesAt'],
  });
export type QuizSettings = z.input<typeof QuizSettings>;

export const CreateQuizLessonRequest = z.object({
  title: z.string().trim().min(1).max(200),
  required: z.boolean().default(true),
  /** Shown above the quiz (Markdown). */
  body: z.string().max(200_000).default(''),
  settings: QuizSettings.default({
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    opensAt: null,
    closesAt: null,
    passPercent: 50,
    gradingMethod: 'highest',
    shuffleQuestions: false,
    shuffleOptions: false,
    showScore: 'after_submit',
    showFeedback: 'after_submit',
    showAnswers: 'after_close',
    slots: [],
  }),
});
export type CreateQuizLessonRequest = z.input<typeof CreateQuizLessonRequest>;

export interface QuizSettingsView {
  attemptsAllowed: number | null;
  timeLimitMinutes: number | null;
  opensAt: string | null;
  closesAt: string | null;
  passPercent: number;
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showScore: ReviewMoment;
  showFeedback: ReviewMoment;
  showAnswers: ReviewMoment;
}
export interface AuthoringQuizView extends QuizSettingsView {
  id: string;
  lessonId: string;
  courseId: string;
  slots: ({ questionId: string; points: number } | { tag: string; count: number; points: number })[];
}

// ---- Attempts (learners) -----------------------------------------------------------------------

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'graded', 'needs_review'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export interface AttemptSummary {
  id: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  /** Present when the review policy lets the learner see scores. */
  scorePercent?: number | null;
  passed?: boolean | null;
}

export interface LearnerQuizView extends QuizSettingsView {
  id: string;
  lessonId: string;
  courseId: string;
  title: string;
  questionCount: number;
  attempts: AttemptSummary[];
  attemptsLeft: number | null;
  openAttemptId: string | null;
  /** The grade that counts (by the grading method), when the policy shows scores. */
  finalPercent?: number | null;
  passed?: boolean | null;
  /** Why a new attempt cannot start now, or null. */
  cannotStartBecause: 'not_open_yet' | 'closed' | 'no_attempts_left' | 'in_progress' | 'no_questions' | null;
  serverNow: string;
}

/** A question as the learner sees it during an attempt: no answer key. */
export interface AttemptItemView {
  position: number;
  type: QuestionType;
  prompt: string;
  points: number;
  /** single/multiple choice: options in this attempt's order. */
  options?: { id: string; text: string }[];
  /** matching: the prompts, and every match text (with distractors) in this attempt's order. */
  prompts?: { id: string; text: string }[];
  choices?: string[];
  /** ordering: the items in this attempt's starting order. */
  items?: { id: string; text: string }[];
  units?: string[];
  maxWords?: number | null;
  response: unknown;
  savedAt: string | null;
}

export interface AttemptView {
  id: string;
  quizId: string;
  courseId: string;
  lessonId: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  /** The server's deadline; answers are refused after it plus `graceSeconds`. */
  deadlineAt: string | null;
  graceSeconds: number;
  /** The server's clock when this view was made: clients time the countdown from it, not from their clock. */
  serverNow: string;
  submittedAt: string | null;
  items: AttemptItemView[];
}

export const SaveResponseRequest = z.object({ response: z.unknown() });
export type SaveResponseRequest = z.infer<typeof SaveResponseRequest>;
export interface SaveResponseResult {
  position: number;
  savedAt: string;
}

export interface AttemptResultView {
  id: string;
  status: AttemptStatus;
  scorePercent?: number | null;
  passed?: boolean | null;
  items: {
    position: number;
    fraction?: number | null;
    feedback?: string[];
    comment?: string | null;
    /** The question's answer key, when the policy shows answers. */
    answer?: unknown;
  }[];
}

// ---- Manual grading, results for trainers, regrading, reports -----------------------------------

/** An essay answer waiting for a trainer. */
export interface GradingQueueItem {
  attemptId: string;
  position: number;
  quizId: string;
  quizTitle: string;
  learner: { id: string; name: string };
  submittedAt: string;
  prompt: string;
  graderGuidance: string;
  maxWords: number | null;
  response: { text: string } | null;
  points: number;
}

export const GradeItemRequest = z.object({
  /** Points awarded, 0..the item's points, in steps of 0.01. */
  score: z.number().min(0).max(100).multipleOf(0.01),
  comment: z.string().trim().max(5000).default(''),
});
export type GradeItemRequest = z.input<typeof GradeItemRequest>;

/**
 * An attempt as its course's trainers see it: every answer with its grade and the answer key.
 * Trainers may teach learners of other schools: they see names and course work, never e-mails.
 */
export interface TrainerAttemptView {
  id: string;
  quizId: string;
  learner: { id: string; name: string };
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  submittedBy: 'learner' | 'deadline' | null;
  scorePercent: number | null;
  passed: boolean | null;
  items: {
    position: number;
    questionId: string;
    version: number;
    type: QuestionType;
    prompt: string;
    points: number;
    response: unknown;
    fraction: number | null;
    needsReview: boolean;
    feedback: string[];
    comment: string | null;
    /** The question's content, answer key included. */
    content: unknown;
  }[];
}

export interface QuizAttemptRow {
  id: string;
  learner: { id: string; name: string };
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  scorePercent: number | null;
  passed: boolean | null;
}

export const RegradeRequest = z.object({
  /** Attempts that used this version are graded again against the question's current version. */
  fromVersion: z.number().int().min(1),
});
export type RegradeRequest = z.infer<typeof RegradeRequest>;
export interface RegradeResult {
  regradedAttempts: number;
  /** Attempts whose pass or fail changed. */
  changedOutcomes: number;
}

export type GradebookCellStatus = 'not_started' | 'in_progress' | 'needs_review' | 'graded';
export interface Gradebook {
  quizzes: { id: string; title: string; passPercent: number }[];
  rows: {
    learner: { id: string; name: string };
    cells: Record<
      string,
      { status: GradebookCellStatus; attempts: number; finalPercent: number | null; passed: boolean | null }
    >;
  }[];
}

/** Per question of a quiz. Formulas: libs/server/grading/README.md. */
export interface QuizItemStatistics {
  questionId: string;
  version: number;
  type: QuestionType;
  prompt: string;
  answered: number;
  /** Mean fraction of the points earned (0..1); null with no graded answers. */
  facility: number | null;
  /** Correlation of this item with the rest of the attempt (-1..1); null when undefined. */
  discrimination: number | null;
}
