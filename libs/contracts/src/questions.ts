import { z } from 'zod';

/**
 * Question types, their authoring content (with the answer key: never sent to learners before the
 * quiz's review policy allows) and the shape of a learner's response to each.
 */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'numeric',
  'matching',
  'ordering',
  'essay',
] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

/** Short, stable ids chosen by the author's client (options, pairs, items), unique in a question. */
const LocalId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'Use letters, digits, "_" and "-".' });
const Text = z.string().trim().min(1).max(2000);
const Feedback = z.string().trim().max(2000).optional();

const unique = (ids: string[]) => new Set(ids).size === ids.length;
const UNIQUE_IDS = { message: 'Ids must be unique within the question.' };

const ChoiceOption = z.object({ id: LocalId, text: Text, correct: z.boolean(), feedback: Feedback });

export const SingleChoiceContent = z
  .object({ options: z.array(ChoiceOption).min(2).max(20) })
  .refine((c) => unique(c.options.map((o) => o.id)), UNIQUE_IDS)
  .refine((c) => c.options.filter((o) => o.correct).length === 1, {
    message: 'Mark exactly one option as correct.',
    path: ['options'],
  });
export const MultipleChoiceContent = z
  .object({ options: z.array(ChoiceOption).min(2).max(20) })
  .refine((c) => unique(c.options.map((o) => o.id)), UNIQUE_IDS)
  .refine((c) => c.options.some((o) => o.correct), {
    message: 'Mark at least one option as correct.',
    path: ['options'],
  });
export const TrueFalseContent = z.object({
  correct: z.boolean(),
  feedbackTrue: Feedback,
  feedbackFalse: Feedback,
});
export const ShortAnswerContent = z.object({
  accepted: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  /** false: "Erasmus" matches "erasmus". */
  caseSensitive: z.boolean().default(false),
  /** 'collapse': runs of spaces count as one (leading and trailing space never counts). */
  whitespace: z.enum(['collapse', 'exact']).default('collapse'),
});
export const NumericContent = z.object({
  /** Each accepted value with its absolute tolerance, in the base unit. */
  answers: z
    .array(z.object({ value: z.number().finite(), tolerance: z.number().finite().min(0).default(0) }))
    .min(1)
    .max(20),
  /** Units a learner may write after the number; `factor` converts the base unit into this unit. */
  units: z
    .array(z.object({ unit: z.string().trim().min(1).max(20), factor: z.number().finite().positive() }))
    .max(20)
    .default([]),
  unitRequired: z.boolean().default(false),
});
export const MatchingContent = z
  .object({
    pairs: z
      .array(z.object({ id: LocalId, prompt: Text, match: Text }))
      .min(2)
      .max(20),
    /** Wrong answers offered among the matches. */
    distractors: z.array(Text).max(20).default([]),
  })
  .refine((c) => unique(c.pairs.map((p) => p.id)), UNIQUE_IDS);
export const OrderingContent = z
  .object({
    items: z
      .array(z.object({ id: LocalId, text: Text }))
      .min(2)
      .max(20),
  })
  .refine((c) => unique(c.items.map((i) => i.id)), UNIQUE_IDS);
export const EssayContent = z.object({
  /** What graders look for; shown to trainers, never to learners. */
  graderGuidance: z.string().trim().max(5000).default(''),
  maxWords: z.number().int().min(1).max(20_000).nullable().default(null),
});

const QuestionBase = z.object({
  /** The question itself (Markdown, rendered safely). */
  prompt: z.string().trim().min(1).max(10_000),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(20).default([]),
  /** Shown after grading when the review policy allows, whatever the answer. */
  generalFeedback: Feedback,
});

/** A question as authors write it; `type` chooses the shape of `content`. */
export const QuestionInput = z.discriminatedUnion('type', [
  QuestionBase.extend({ type: z.literal('single_choice'), content: SingleChoiceContent }),
  QuestionBase.extend({ type: z.literal('multiple_choice'), content: MultipleChoiceContent }),
  QuestionBase.extend({ type: z.literal('true_false'), content: TrueFalseContent }),
  QuestionBase.extend({ type: z.literal('short_answer'), content: ShortAnswerContent }),
  QuestionBase.extend({ type: z.literal('numeric'), content: NumericContent }),
  QuestionBase.extend({ type: z.literal('matching'), content: MatchingContent }),
  QuestionBase.extend({ type: z.literal('ordering'), content: OrderingContent }),
  QuestionBase.extend({ type: z.literal('essay'), content: EssayContent }),
]);
export type QuestionInput = z.input<typeof QuestionInput>;
export type Question = z.output<typeof QuestionInput>;
export type QuestionContent<T extends QuestionType> = Extract<Question, { type: T }>['content'];

/** A learner's response, by question type. Shapes are checked against the question's type on save. */
export const RESPONSE_SCHEMAS = {
  single_choice: z.object({ optionId: LocalId }),
  multiple_choice: z.object({ optionIds: z.array(LocalId).max(20) }),
  true_false: z.object({ value: z.boolean() }),
  short_answer: z.object({ text: z.string().max(500) }),
  /** As typed: "12,5 kg" and "12.5kg" both read. */
  numeric: z.object({ text: z.string().max(100) }),
  /** Pair id → the chosen match text. */
  matching: z.object({ matches: z.record(LocalId, z.string().max(2000)) }),
  ordering: z.object({ order: z.array(LocalId).max(20) }),
  essay: z.object({ text: z.string().max(100_000) }),
} as const satisfies Record<QuestionType, z.ZodType>;
export type QuestionResponse<T extends QuestionType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;

/**
 * The grade of one response. `fraction` is 0..1 of the question's points; null while an essay waits
 * for a trainer. `feedback` holds the texts the author wrote for what the learner chose.
 */
export interface ResponseGrade {
  fraction: number | null;
  needsReview: boolean;
  feedback: string[];
}
