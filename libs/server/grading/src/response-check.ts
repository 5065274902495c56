import { z } from 'zod';
import { RESPONSE_SCHEMAS, type Question, type QuestionResponse, type QuestionType } from '@campus/contracts';

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** A response that has the shape of its question's type and names only ids of that question. */
export type ParsedResponse = {
  [T in QuestionType]: { type: T; question: QuestionOf<T>; value: QuestionResponse<T> };
}[QuestionType];

export type ResponseCheck<T extends QuestionType = QuestionType> =
  { ok: true; value: QuestionResponse<T> } | { ok: false; message: string };

type Parse = { ok: true; parsed: ParsedResponse } | { ok: false; message: string };

/**
 * Checks what grading needs: the shape of `RESPONSE_SCHEMAS[question.type]` and that every option,
 * pair or item id belongs to the question. Duplicate option ids of a multiple-choice response are
 * dropped (a choice picked twice is one choice). Never throws: `response` comes from the learner.
 */
export function parseResponse(question: Question, response: unknown): Parse {
  switch (question.type) {
    case 'single_choice': {
      const r = RESPONSE_SCHEMAS.single_choice.safeParse(response);
      if (!r.success) return shapeError(r.error);
      const known = new Set(question.content.options.map((o) => o.id));
      if (!known.has(r.data.optionId)) return unknownId('option', r.data.optionId);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'multiple_choice': {
      const r = RESPONSE_SCHEMAS.multiple_choice.safeParse(response);
      if (!r.success) return shapeError(r.error);
      const known = new Set(question.content.options.map((o) => o.id));
      const stranger = r.data.optionIds.find((id) => !known.has(id));
      if (stranger !== undefined) return unknownId('option', stranger);
      const value = { optionIds: [...new Set(r.data.optionIds)] };
      return { ok: true, parsed: { type: question.type, question, value } };
    }
    case 'true_false': {
      const r = RESPONSE_SCHEMAS.true_false.safeParse(response);
      if (!r.success) return shapeError(r.error);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'short_answer': {
      const r = RESPONSE_SCHEMAS.short_answer.safeParse(response);
      if (!r.success) return shapeError(r.error);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'numeric': {
      const r = RESPONSE_SCHEMAS.numeric.safeParse(response);
      if (!r.success) return shapeError(r.error);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'matching': {
      const r = RESPONSE_SCHEMAS.matching.safeParse(response);
      if (!r.success) return shapeError(r.error);
      const known = new Set(question.content.pairs.map((p) => p.id));
      const stranger = Object.keys(r.data.matches).find((id) => !known.has(id));
      if (stranger !== undefined) return unknownId('pair', stranger);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'ordering': {
      const r = RESPONSE_SCHEMAS.ordering.safeParse(response);
      if (!r.success) return shapeError(r.error);
      const known = new Set(question.content.items.map((i) => i.id));
      const stranger = r.data.order.find((id) => !known.has(id));
      if (stranger !== undefined) return unknownId('item', stranger);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
    case 'essay': {
      const r = RESPONSE_SCHEMAS.essay.safeParse(response);
      if (!r.success) return shapeError(r.error);
      return { ok: true, parsed: { type: question.type, question, value: r.data } };
    }
  }
}

/**
 * What the API checks before saving a response (a failure is a 400): everything `parseResponse`
 * checks, plus rules that refuse a save but never change a grade:
 * - ordering: the order is a permutation of the question's items (each exactly once);
 * - matching: each chosen text is one of the offered texts (pair matches and distractors) or blank;
 * - essay: at most `maxWords` words, when the question sets a limit.
 * `null`/`undefined` (no response) is refused: clearing an answer is the caller's decision.
 * On success `value` is the response to store (multiple choice: duplicate ids removed).
 */
export function validateResponse<Q extends Question>(
  question: Q,
  response: unknown,
): ResponseCheck<Q['type']> {
  if (response == null) return { ok: false, message: 'No response given.' };
  const result = parseResponse(question, response);
  if (!result.ok) return result;
  const problem = saveRuleProblem(result.parsed);
  if (problem !== null) return { ok: false, message: problem };
  // The cast re-attaches the caller's question type: `parseResponse` keeps the question's type.
  return { ok: true, value: result.parsed.value } as ResponseCheck<Q['type']>;
}

function saveRuleProblem(parsed: ParsedResponse): string | null {
  switch (parsed.type) {
    case 'ordering': {
      const { items } = parsed.question.content;
      const order = parsed.value.order;
      return isPermutation(
        order,
        items.map((i) => i.id),
      )
        ? null
        : `Give the order of all ${items.length} items, each exactly once.`;
    }
    case 'matching': {
      const { pairs, distractors } = parsed.question.content;
      const offered = new Set([...pairs.map((p) => p.match), ...distractors]);
      const pairId = Object.keys(parsed.value.matches).find((id) => {
        const chosen = (parsed.value.matches[id] ?? '').trim();
        return chosen !== '' && !offered.has(chosen);
      });
      return pairId === undefined
        ? null
        : `The match chosen for pair "${pairId}" is not one of the offered answers.`;
    }
    case 'essay': {
      const { maxWords } = parsed.question.content;
      const words = countWords(parsed.value.text);
      return maxWords !== null && words > maxWords
        ? `The answer has ${words} words; the limit is ${maxWords}.`
        : null;
    }
    case 'single_choice':
    case 'multiple_choice':
    case 'true_false':
    case 'short_answer':
    case 'numeric':
      return null;
  }
}

/** Words are runs of non-whitespace (any Unicode whitespace separates them). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/** True when `ids` holds every one of `expected` exactly once and nothing else. */
export function isPermutation(ids: readonly string[], expected: readonly string[]): boolean {
  if (ids.length !== expected.length) return false;
  const seen = new Set(ids);
  return seen.size === ids.length && expected.every((id) => seen.has(id));
}

function shapeError(error: z.ZodError): { ok: false; message: string } {
  return { ok: false, message: `The response does not have the expected shape: ${z.prettifyError(error)}` };
}

function unknownId(kind: 'option' | 'pair' | 'item', id: string): { ok: false; message: string } {
  return { ok: false, message: `There is no ${kind} "${id}" in this question.` };
}
