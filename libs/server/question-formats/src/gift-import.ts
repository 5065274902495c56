import { z } from 'zod';
import { DomainError, QuestionInput } from '@campus/contracts';
import { capProblems, IMPORT_LIMITS, tooManyQuestions } from './import-limits';

/**
 * Moodle GIFT import. What is read, and how it maps to Campus questions, is listed in this lib's
 * README. Pure: text in, questions and problems out; one unreadable question is reported with the
 * line where it starts and parsing goes on with the next.
 */
export interface GiftImport {
  questions: QuestionInput[];
  problems: { line: number; message: string }[];
}

type Built = { ok: true; question: QuestionInput } | { ok: false; message: string };
type Base = Pick<QuestionInput, 'prompt' | 'tags' | 'generalFeedback'>;

/**
 * GIFT escapes (`\~ \= \# \{ \} \:`, `\\` and `\n` for a line break) are swapped for private-use
 * characters before any parsing, so an escaped character can never act as syntax, and swapped back
 * in every text that leaves the parser. (A file that itself contains U+E000–U+E007 would see them
 * turned into these characters; no real bank does.)
 */
const PLACEHOLDER: Record<string, string> = {
  '\\': '\uE000',
  '~': '\uE001',
  '=': '\uE002',
  '#': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  ':': '\uE006',
  n: '\uE007',
};
const RESTORED: Record<string, string> = {
  '\uE000': '\\',
  '\uE001': '~',
  '\uE002': '=',
  '\uE003': '#',
  '\uE004': '{',
  '\uE005': '}',
  '\uE006': ':',
  '\uE007': '\n',
};

const protect = (text: string) => text.replace(/\\([\\~=#{}:n])/g, (_, c: string) => PLACEHOLDER[c] ?? c);
const restore = (text: string) => text.replace(/[\uE000-\uE007]/g, (c) => RESTORED[c] ?? c);
/** `[markdown]`, `[html]`, `[plain]` or `[moodle]` at the start of a text: the text is kept as is. */
const stripFormat = (text: string) => text.replace(/^\s*\[(?:markdown|html|plain|moodle)\]/i, '');
/** A protected GIFT fragment as the text a Campus question holds. */
const clean = (text: string) => restore(stripFormat(text)).trim();
const feedbackOf = (text: string | undefined) => {
  const value = text === undefined ? '' : clean(text);
  return value === '' ? undefined : value;
};

const TAG_MAX = 60;
const BLANK = '_____';

/**
 * Throws PAYLOAD_TOO_LARGE for more than `IMPORT_LIMITS.questions` blocks; lists at most
 * `IMPORT_LIMITS.problems` problems (the last entry counts the others, at the first one's line).
 */
export function parseGift(text: string): GiftImport {
  const result: GiftImport = { questions: [], problems: [] };
  let category: string | null = null;
  for (const block of blocks(text)) {
    let start = 0;
    while (block[start] !== undefined && /^\s*\$CATEGORY:/i.test(block[start].text)) {
      const { line, text: categoryLine } = block[start];
      start += 1;
      const tag = categoryTag(categoryLine.replace(/^\s*\$CATEGORY:/i, ''));
      if (tag.length > TAG_MAX) {
        result.problems.push({
          line,
          message: `The category "${tag}" is longer than ${TAG_MAX} characters.`,
        });
        category = null;
      } else {
        category = tag === '' ? null : tag;
      }
    }
    const lines = block.slice(start);
    const first = lines[0];
    if (first === undefined) continue;
    const built = buildQuestion(
      lines.map((l) => l.text),
      category,
    );
    if (!built.ok) {
      result.problems.push({ line: first.line, message: built.message });
      continue;
    }
    const valid = QuestionInput.safeParse(built.question);
    if (valid.success) result.questions.push(built.question);
    else
      result.problems.push({
        line: first.line,
        message: `Not a valid question: ${z.prettifyError(valid.error)}`,
      });
  }
  const firstUnlisted = result.problems[IMPORT_LIMITS.problems]?.line ?? 1;
  result.problems = capProblems(result.problems, (message) => ({ line: firstUnlisted, message }));
  return result;
}

/**
 * Questions are separated by blank lines. Comment lines (`//` first on the line) are dropped without
 * separating anything. Each line keeps its 1-based number for problems.
 */
function blocks(text: string): { line: number; text: string }[][] {
  let lineCount = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCount += 1;
  if (lineCount > IMPORT_LIMITS.giftLines) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `A GIFT file has at most ${IMPORT_LIMITS.giftLines} lines: split it into several files.`,
    );
  }
  const result: { line: number; text: string }[][] = [];
  let current: { line: number; text: string }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, index) => {
      if (line.trim() === '') {
        if (current.length > 0) result.push(current);
        if (result.length > IMPORT_LIMITS.questions) throw tooManyQuestions();
        current = [];
      } else if (!/^\s*\/\//.test(line)) {
        current.push({ line: index + 1, text: line });
      }
    });
  if (current.length > 0) result.push(current);
  if (result.length > IMPORT_LIMITS.questions) throw tooManyQuestions();
  return result;
}

/** `$course$/top/Mobility/Visas` → `mobility/visas`: Moodle's context and "top" say nothing. */
function categoryTag(path: string): string {
  return path
    .trim()
    .replace(/^\$[a-z0-9]+\$\/?/i, '')
    .replace(/^top(?:\/|$)/i, '')
    .trim()
    .toLowerCase();
}

function buildQuestion(lines: string[], category: string | null): Built {
  const source = protect(lines.join('\n')).replace(/^\s*::[\s\S]*?::/, '');
  const opens = indexesOf(source, '{');
  const closes = indexesOf(source, '}');
  if (opens.length === 0 && closes.length === 0) {
    return fail('No answer block {…}: a text without answers (a Moodle "description") is not a question.');
  }
  if (opens.length > 1 && opens.length === closes.length) {
    return fail('More than one answer block {…}: a Campus question has one.');
  }
  if (opens.length !== 1 || closes.length !== 1) {
    return fail(
      `Unbalanced braces: ${opens.length} "{" and ${closes.length} "}". Write a literal brace as \\{ or \\}.`,
    );
  }
  const [open, close] = [opens[0], closes[0]];
  if (close < open) return fail('The answer block is closed with "}" before it is opened with "{".');
  const before = restore(stripFormat(source.slice(0, open))).trim();
  const after = restore(source.slice(close + 1)).trim();
  const [answers, general] = splitOnce(source.slice(open + 1, close), '####');
  const base: Base = {
    prompt: promptWithBlank(before, after),
    tags: category === null ? [] : [category],
  };
  const generalFeedback = feedbackOf(general);
  if (generalFeedback !== undefined) base.generalFeedback = generalFeedback;
  return answerBlock(answers.trim(), base);
}

/**
 * An answer block before the end of the text is a "missing word": the block becomes a blank in the
 * prompt. No space before closing punctuation ("is _____.").
 */
function promptWithBlank(before: string, after: string): string {
  if (after === '') return before;
  const blank = before === '' ? BLANK : `${before} ${BLANK}`;
  return /^[.,;:!?…)\]]/.test(after) ? `${blank}${after}` : `${blank} ${after}`;
}

/** The type follows from the block's content, in Moodle's order of precedence. */
function answerBlock(body: string, base: Base): Built {
  if (body === '') {
    return built({ ...base, type: 'essay', content: {} });
  }
  if (body.startsWith('#')) return numeric(body.slice(1).trim(), base);
  if (/^(?:T|TRUE|F|FALSE)\s*(?:#|$)/i.test(body)) return trueFalse(body, base);
  const answers = tokenize(body);
  if (typeof answers === 'string') return fail(answers);
  if (answers.some((a) => a.text.includes('->'))) return matching(answers, base);
  if (answers.some((a) => a.mark === '~')) return choice(answers, base);
  return shortAnswer(answers, base);
}

interface GiftAnswer {
  mark: '=' | '~';
  /** `%50%` after the mark, in percent; null when not written. */
  weight: number | null;
  /** Still protected (escapes not restored), without weight and feedback. */
  text: string;
  feedback: string | undefined;
}

/** `=right#feedback ~%-50%wrong#feedback …` → one entry per `=` or `~`. */
function tokenize(body: string): GiftAnswer[] | string {
  if (!/^[=~]/.test(body)) {
    return `Unknown answer syntax "${preview(body)}": each answer starts with "=" (right) or "~" (wrong).`;
  }
  let marks = 0;
  for (let i = body.indexOf('='); i >= 0; i = body.indexOf('=', i + 1)) marks += 1;
  for (let i = body.indexOf('~'); i >= 0; i = body.indexOf('~', i + 1)) marks += 1;
  if (marks > IMPORT_LIMITS.answersPerQuestion) {
    return `More than ${IMPORT_LIMITS.answersPerQuestion} answers in one question.`;
  }
  const answers: GiftAnswer[] = [];
  for (const part of body.split(/(?=[=~])/)) {
    const mark = part.startsWith('=') ? '=' : '~';
    const weighted = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(part.slice(1));
    const rest = weighted === null ? part.slice(1) : part.slice(1 + weighted[0].length);
    const [text, feedback] = splitOnce(rest, '#');
    if (clean(text) === '') return `An answer after "${mark}" is empty.`;
    answers.push({ mark, weight: weighted === null ? null : Number(weighted[1]), text, feedback });
  }
  return answers;
}

/**
 * Weights decide: an answer's weight is its `%n%`, else 100 for `=` and 0 for `~`.
 * - exactly one answer at 100% and none between 0 and 100 → single_choice;
 * - none at 100% and some between 0 and 100 (`~%50%`, `~%33.333%`) → multiple_choice, those being
 *   the correct options (zero and negative weights are wrong options);
 * - otherwise Campus has no equivalent (partial credit on one answer, several full-credit answers).
 */
function choice(answers: GiftAnswer[], base: Base): Built {
  const weightOf = (a: GiftAnswer) => a.weight ?? (a.mark === '=' ? 100 : 0);
  const full = answers.filter((a) => weightOf(a) >= 100).length;
  const partial = answers.filter((a) => weightOf(a) > 0 && weightOf(a) < 100).length;
  const options = answers.map((a, i) => ({
    id: optionId(i),
    text: clean(a.text),
    correct: weightOf(a) > 0,
    ...optional('feedback', feedbackOf(a.feedback)),
  }));
  if (full === 1 && partial === 0) return built({ ...base, type: 'single_choice', content: { options } });
  if (full === 0 && partial > 0) return built({ ...base, type: 'multiple_choice', content: { options } });
  if (full === 0)
    return fail('No right answer: mark one with "=", or several with positive weights like "~%50%".');
  if (partial > 0) {
    return fail(
      'Partial credit next to a full-credit answer is not supported: a single-choice question has one right answer.',
    );
  }
  return fail(
    'Several answers give full credit: use positive weights like "~%50%" for a multiple-answer question.',
  );
}

function shortAnswer(answers: GiftAnswer[], base: Base): Built {
  if (answers.some((a) => a.weight !== null && a.weight !== 100)) {
    return fail(
      'Partial credit (=%n%) on a short answer is not supported: every accepted answer scores 100%.',
    );
  }
  return built({
    ...base,
    type: 'short_answer',
    content: { accepted: answers.map((a) => clean(a.text)), caseSensitive: false },
  });
}

/** `=left -> right`; an empty left side (`= -> right`) offers `right` as a distractor. */
function matching(answers: GiftAnswer[], base: Base): Built {
  const pairs: { id: string; prompt: string; match: string }[] = [];
  const distractors: string[] = [];
  for (const answer of answers) {
    const [left, right] = splitOnce(answer.text, '->');
    if (answer.mark !== '=' || right === undefined || clean(right) === '') {
      return fail('A matching question has only "=item -> match" answers.');
    }
    if (clean(left) === '') distractors.push(clean(right));
    else pairs.push({ id: `p${pairs.length + 1}`, prompt: clean(left), match: clean(right) });
  }
  return built({ ...base, type: 'matching', content: { pairs, distractors } });
}

/**
 * `#3.14:0.01` (value:tolerance), `#1..5` (range: value = midpoint, tolerance = half width), `#42`
 * (exact), or several `#=2:0 =3:0`. `~` answers (wrong values, for feedback) are left out: any
 * value outside the accepted ones scores 0 anyway. Per-answer feedback has no place in Campus's
 * numeric questions and is dropped. GIFT writes numbers with "." only.
 */
function numeric(body: string, base: Base): Built {
  const accepted: { value: number; tolerance: number }[] = [];
  if (/^[=~]/.test(body)) {
    const answers = tokenize(body);
    if (typeof answers === 'string') return fail(answers);
    for (const answer of answers.filter((a) => a.mark === '=')) {
      if (answer.weight !== null && answer.weight !== 100) {
        return fail(
          'Partial credit (=%n%) on a numeric answer is not supported: every accepted value scores 100%.',
        );
      }
      const read = numericAnswer(answer.text);
      if (typeof read === 'string') return fail(read);
      accepted.push(read);
    }
  } else {
    const [spec] = splitOnce(body, '#');
    const read = numericAnswer(spec);
    if (typeof read === 'string') return fail(read);
    accepted.push(read);
  }
  return built({ ...base, type: 'numeric', content: { answers: accepted } });
}

const GIFT_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function numericAnswer(spec: string): { value: number; tolerance: number } | string {
  const text = spec.trim();
  const number = (raw: string) => {
    const trimmed = raw.trim();
    return GIFT_NUMBER.test(trimmed) ? Number(trimmed) : null;
  };
  const range = splitOnce(text, '..');
  if (range[1] !== undefined) {
    const low = number(range[0]);
    const high = number(range[1]);
    if (low === null || high === null || high < low) {
      return `Cannot read the numeric range "${restore(text)}": write low..high, e.g. 1..5.`;
    }
    return { value: (low + high) / 2, tolerance: (high - low) / 2 };
  }
  const [valueText, toleranceText] = splitOnce(text, ':');
  const value = number(valueText);
  const tolerance = toleranceText === undefined ? 0 : number(toleranceText);
  if (value === null || tolerance === null || tolerance < 0) {
    return `Cannot read the numeric answer "${restore(text)}": write value, value:tolerance or low..high.`;
  }
  return { value, tolerance };
}

/** `{T}`, `{FALSE#feedback if wrong#feedback if right}`: GIFT gives the wrong answer's feedback first. */
function trueFalse(body: string, base: Base): Built {
  const [value = '', wrongFeedback, rightFeedback, ...extra] = body.split('#');
  if (extra.length > 0) return fail('A true/false answer has at most two feedbacks: {T#if wrong#if right}.');
  const correct = /^T(?:RUE)?$/i.test(value.trim());
  const wrong = feedbackOf(wrongFeedback);
  const right = feedbackOf(rightFeedback);
  return built({
    ...base,
    type: 'true_false',
    content: {
      correct,
      ...optional('feedbackTrue', correct ? right : wrong),
      ...optional('feedbackFalse', correct ? wrong : right),
    },
  });
}

/** a, b, … z, then o27, o28… (a question has at most 20 options). */
function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

function indexesOf(text: string, char: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found.push(i);
  return found;
}

function preview(text: string): string {
  const flat = restore(text).replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

function built(question: QuestionInput): Built {
  return { ok: true, question };
}

function fail(message: string): Built {
  return { ok: false, message };
}
