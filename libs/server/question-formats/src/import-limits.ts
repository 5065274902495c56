import { DomainError } from '@campus/contracts';

/**
 * Hard caps on an imported question bank (JSON or GIFT), checked before the expensive work: a
 * 2 MB file of empty questions used to take ~10 s of the event loop and answer ~60-120 MB of
 * problems. A file over a cap is refused whole (413, or 400 for nesting), not partly imported.
 */
export const IMPORT_LIMITS = {
  /** Questions (JSON entries, GIFT blocks) per file. */
  questions: 1000,
  /** Problems listed in the answer; the rest are counted in a last entry. */
  problems: 100,
  /** Lines of a GIFT file (a question takes a few; each line becomes an object while parsing). */
  giftLines: 50_000,
  /** `=` and `~` answers in one GIFT answer block (Campus questions have at most 50). */
  answersPerQuestion: 100,
  /** Nesting of JSON objects and arrays (a bank file needs 5). */
  jsonDepth: 32,
  /** JSON objects and arrays in the whole file (a question needs at most ~25). */
  jsonContainers: 50_000,
} as const;

export const tooManyQuestions = () =>
  new DomainError(
    'PAYLOAD_TOO_LARGE',
    `A question bank file holds at most ${IMPORT_LIMITS.questions} questions: split it into several files.`,
  );

/**
 * Scans JSON text for its nesting depth and number of objects and arrays before it is parsed
 * (`JSON.parse` of 2 MB of nested brackets takes over a second). Linear, no allocation.
 */
export function checkBankJsonText(text: string): void {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      containers += 1;
      if (depth > IMPORT_LIMITS.jsonDepth) {
        throw new DomainError('VALIDATION_FAILED', 'The file nests objects or arrays too deeply.', {
          errors: [
            {
              field: 'text',
              message: `JSON nested deeper than ${IMPORT_LIMITS.jsonDepth} levels is not a question bank.`,
            },
          ],
        });
      }
      if (containers > IMPORT_LIMITS.jsonContainers) throw tooManyQuestions();
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    }
  }
}

/** At most `IMPORT_LIMITS.problems` problems, then one that counts the others. */
export function capProblems<P extends { message: string }>(problems: P[], more: (message: string) => P): P[] {
  if (problems.length <= IMPORT_LIMITS.problems) return problems;
  const rest = problems.length - IMPORT_LIMITS.problems;
  return [
    ...problems.slice(0, IMPORT_LIMITS.problems),
    more(`… and ${rest} more problem${rest === 1 ? '' : 's'}, not listed.`),
  ];
}
