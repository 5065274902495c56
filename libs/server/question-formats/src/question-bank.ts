import { z } from 'zod';
import { QuestionInput, type Question } from '@campus/contracts';
import { capProblems, IMPORT_LIMITS, tooManyQuestions } from './import-limits';

export const BANK_FORMAT = 'campus-question-bank';
export const BANK_VERSION = 1;

/** Campus's own question bank file: questions exactly as stored, answer keys included. */
export interface BankFile {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  questions: Question[];
}

export interface BankImport {
  /** The valid questions, in file order, parsed (trimmed, defaults filled). */
  questions: Question[];
  /** One per refused question, `index` being its position in the file's `questions` array; -1 when the file itself is not a bank. */
  problems: { index: number; message: string }[];
}

const BankEnvelope = z.object({
  format: z.literal(BANK_FORMAT),
  version: z.literal(BANK_VERSION),
  questions: z.array(z.unknown()),
});

export function exportBank(questions: readonly Question[]): BankFile {
  // Copies, so later edits of the caller's objects do not change an export already made.
  return { format: BANK_FORMAT, version: BANK_VERSION, questions: questions.map((q) => structuredClone(q)) };
}

/**
 * Reads a bank file already parsed from JSON (check its text with `checkBankJsonText` first). Each
 * question is checked with `QuestionInput` on its own: invalid ones are reported with zod's message
 * and skipped, valid ones kept, so one bad question does not block the rest. At most
 * `IMPORT_LIMITS.problems` problems are listed. Throws only PAYLOAD_TOO_LARGE, for more than
 * `IMPORT_LIMITS.questions` questions.
 */
export function importBank(json: unknown): BankImport {
  const questions =
    typeof json === 'object' && json !== null ? (json as { questions?: unknown }).questions : null;
  if (Array.isArray(questions) && questions.length > IMPORT_LIMITS.questions) throw tooManyQuestions();
  const envelope = BankEnvelope.safeParse(json);
  if (!envelope.success) {
    return {
      questions: [],
      problems: [
        {
          index: -1,
          message: `Not a Campus question bank (expected format "${BANK_FORMAT}", version ${BANK_VERSION}, and a list of questions): ${z.prettifyError(envelope.error)}`,
        },
      ],
    };
  }
  const result: BankImport = { questions: [], problems: [] };
  envelope.data.questions.forEach((candidate, index) => {
    const parsed = QuestionInput.safeParse(candidate);
    if (parsed.success) result.questions.push(parsed.data);
    else result.problems.push({ index, message: z.prettifyError(parsed.error) });
  });
  const firstUnlisted = result.problems[IMPORT_LIMITS.problems]?.index ?? -1;
  result.problems = capProblems(result.problems, (message) => ({ index: firstUnlisted, message }));
  return result;
}
