import type { Question, QuestionContent, ResponseGrade } from '@campus/contracts';
import { gradeNumeric } from './numeric-answer';
import { isPermutation, parseResponse } from './response-check';
import { gradeShortAnswer } from './short-answer';

const ZERO: ResponseGrade = { fraction: 0, needsReview: false, feedback: [] };

/**
 * Grades one response; the rules per type are in this lib's README and beside each rule below.
 * Pure and total: `response` comes from the learner, so a missing response (`null`/`undefined`), a
 * response of the wrong shape for `question.type`, or one naming an option, pair or item id that
 * is not in the question grades 0 with no feedback and no review; this never throws.
 */
export function gradeResponse(question: Question, response: unknown): ResponseGrade {
  if (response == null) return ZERO;
  const result = parseResponse(question, response);
  if (!result.ok) return ZERO;
  const { parsed } = result;
  switch (parsed.type) {
    case 'single_choice': {
      // 1 for the correct option, else 0; the chosen option's feedback.
      const chosen = parsed.question.content.options.find((o) => o.id === parsed.value.optionId);
      return graded(chosen?.correct ? 1 : 0, [chosen?.feedback]);
    }
    case 'multiple_choice': {
      const { options } = parsed.question.content;
      const picked = new Set(parsed.value.optionIds);
      return graded(
        multipleChoiceFraction(options, picked),
        options.filter((o) => picked.has(o.id)).map((o) => o.feedback),
      );
    }
    case 'true_false': {
      // 1 for the correct value, else 0; the feedback written for the chosen value.
      const { correct, feedbackTrue, feedbackFalse } = parsed.question.content;
      const { value } = parsed.value;
      return graded(value === correct ? 1 : 0, [value ? feedbackTrue : feedbackFalse]);
    }
    case 'short_answer':
      // Rules in short-answer.ts and numeric-answer.ts; no per-answer feedback exists for these.
      return graded(gradeShortAnswer(parsed.question.content, parsed.value.text), []);
    case 'numeric':
      return graded(gradeNumeric(parsed.question.content, parsed.value.text), []);
    case 'matching':
      return graded(matchingFraction(parsed.question.content, parsed.value.matches), []);
    case 'ordering':
      return graded(orderingFraction(parsed.question.content, parsed.value.order), []);
    case 'essay':
      // A trainer grades an essay; a blank one is unanswered and scores 0 without review. A text
      // over `maxWords` is graded like any other (saving it is refused by `validateResponse`).
      return parsed.value.text.trim() === '' ? ZERO : { fraction: null, needsReview: true, feedback: [] };
  }
}

/**
 * max(0, correctPicked / C − wrongPicked / W), C and W being the numbers of correct and wrong
 * options; the wrong term is dropped when W = 0. So picking nothing scores 0, and picking every
 * option scores 0 whenever at least one option is wrong (1 when all are correct).
 */
export function multipleChoiceFraction(
  options: QuestionContent<'multiple_choice'>['options'],
  picked: ReadonlySet<string>,
): number {
  const correct = options.filter((o) => o.correct);
  const wrong = options.filter((o) => !o.correct);
  const correctPicked = correct.filter((o) => picked.has(o.id)).length;
  const wrongPicked = wrong.filter((o) => picked.has(o.id)).length;
  const penalty = wrong.length === 0 ? 0 : wrongPicked / wrong.length;
  return Math.max(0, correctPicked / correct.length - penalty);
}

/**
 * Pairs whose chosen text, trimmed, equals the pair's own `match` exactly / number of pairs. Two
 * pairs sharing a match text are both right with that text. A pair left out is wrong.
 */
export function matchingFraction(
  content: QuestionContent<'matching'>,
  matches: Readonly<Record<string, string>>,
): number {
  // Own keys only: a pair id may be "constructor", which every object inherits.
  const right = content.pairs.filter(
    (p) => Object.hasOwn(matches, p.id) && matches[p.id]?.trim() === p.match,
  ).length;
  return right / content.pairs.length;
}

/**
 * Items at their correct absolute position (the authored order) / number of items; 0 unless the
 * order is a permutation of the item ids.
 */
export function orderingFraction(content: QuestionContent<'ordering'>, order: readonly string[]): number {
  const ids = content.items.map((i) => i.id);
  if (!isPermutation(order, ids)) return 0;
  return ids.filter((id, position) => order[position] === id).length / ids.length;
}

function graded(fraction: number, feedback: (string | undefined)[]): ResponseGrade {
  return {
    fraction,
    needsReview: false,
    feedback: feedback.filter((text): text is string => text !== undefined && text !== ''),
  };
}
