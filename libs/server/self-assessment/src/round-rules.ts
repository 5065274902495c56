import { DomainError, type FieldError } from '@campus/contracts';

/** A 400 naming the one field that was wrong. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

/** `q1`, `q2`, … in the order the manager wrote them: stable keys the answers refer to. */
export function customQuestionKeys(questions: { text: string }[]): { key: string; text: string }[] {
  return questions.map((q, i) => ({ key: `q${i + 1}`, text: q.text }));
}

/**
 * Checks that `given` answers exactly the `expected` keys: every key missing or unknown is named
 * under `field` (scores 0..5 are checked by the request schema). Empty when all is well.
 */
export function answerKeyErrors(
  field: 'answers' | 'customAnswers',
  expected: readonly string[],
  given: Record<string, number>,
): FieldError[] {
  const known = new Set(expected);
  const errors: FieldError[] = [];
  for (const key of expected) {
    if (!Object.hasOwn(given, key)) {
      errors.push({ field: `${field}.${key}`, message: `Answer ${key} (0 if it does not apply).` });
    }
  }
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      errors.push({ field: `${field}.${key}`, message: `${key} is not a question of this round.` });
    }
  }
  return errors;
}

/** The rows of an `UPDATE … RETURNING`: TypeORM's `query` answers one with `[rows, rowCount]`. */
export function updatedRows<T>(result: [T[], number] | T[]): T[] {
  return Array.isArray(result[0]) ? result[0] : (result as T[]);
}
