import type { TFunction } from 'i18next';
import { QuestionInput, type QuestionType, type QuestionView } from '@campus/contracts';
import { zodFieldErrors } from '../../../forms/zod-messages';

export interface OptionRow {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}
export interface NumericRow {
  value: string;
  tolerance: string;
}
export interface UnitRow {
  unit: string;
  factor: string;
}
export interface PairRow {
  id: string;
  prompt: string;
  match: string;
}
export interface ItemRow {
  id: string;
  text: string;
}

/** Everything the question editor edits; the fields of other types are kept while switching type. */
export interface QuestionFormValues {
  type: QuestionType;
  prompt: string;
  /** Comma-separated. */
  tags: string;
  generalFeedback: string;
  options: OptionRow[];
  correctTrue: boolean;
  feedbackTrue: string;
  feedbackFalse: string;
  accepted: string[];
  caseSensitive: boolean;
  whitespace: 'collapse' | 'exact';
  answers: NumericRow[];
  units: UnitRow[];
  unitRequired: boolean;
  pairs: PairRow[];
  distractors: string[];
  items: ItemRow[];
  graderGuidance: string;
  /** Empty: no limit. */
  maxWords: string;
}

/** A short id not yet used among `taken`: o1, o2, … */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function emptyQuestionValues(type: QuestionType = 'single_choice'): QuestionFormValues {
  return {
    type,
    prompt: '',
    tags: '',
    generalFeedback: '',
    options: [
      { id: 'o1', text: '', correct: true, feedback: '' },
      { id: 'o2', text: '', correct: false, feedback: '' },
    ],
    correctTrue: true,
    feedbackTrue: '',
    feedbackFalse: '',
    accepted: [''],
    caseSensitive: false,
    whitespace: 'collapse',
    answers: [{ value: '', tolerance: '0' }],
    units: [],
    unitRequired: false,
    pairs: [
      { id: 'p1', prompt: '', match: '' },
      { id: 'p2', prompt: '', match: '' },
    ],
    distractors: [],
    items: [
      { id: 'i1', text: '' },
      { id: 'i2', text: '' },
    ],
    graderGuidance: '',
    maxWords: '',
  };
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(obj) : []);
const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The editor's values for a question of the bank. */
export function questionValues(q: QuestionView): QuestionFormValues {
  const base = emptyQuestionValues(q.type);
  const c = obj(q.content);
  const v: QuestionFormValues = {
    ...base,
    prompt: q.prompt,
    tags: q.tags.join(', '),
    generalFeedback: q.generalFeedback ?? '',
  };
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      v.options = arr(c.options).map((o) => ({
        id: s(o.id),
        text: s(o.text),
        correct: o.correct === true,
        feedback: s(o.feedback),
      }));
      break;
    case 'true_false':
      v.correctTrue = c.correct === true;
      v.feedbackTrue = s(c.feedbackTrue);
      v.feedbackFalse = s(c.feedbackFalse);
      break;
    case 'short_answer':
      v.accepted = Array.isArray(c.accepted) ? c.accepted.map(s) : [''];
      v.caseSensitive = c.caseSensitive === true;
      v.whitespace = c.whitespace === 'exact' ? 'exact' : 'collapse';
      break;
    case 'numeric':
      v.answers = arr(c.answers).map((a) => ({ value: s(a.value), tolerance: s(a.tolerance) || '0' }));
      v.units = arr(c.units).map((u) => ({ unit: s(u.unit), factor: s(u.factor) }));
      v.unitRequired = c.unitRequired === true;
      break;
    case 'matching':
      v.pairs = arr(c.pairs).map((p) => ({ id: s(p.id), prompt: s(p.prompt), match: s(p.match) }));
      v.distractors = Array.isArray(c.distractors) ? c.distractors.map(s) : [];
      break;
    case 'ordering':
      v.items = arr(c.items).map((i) => ({ id: s(i.id), text: s(i.text) }));
      break;
    case 'essay':
      v.graderGuidance = s(c.graderGuidance);
      v.maxWords = c.maxWords == null ? '' : s(c.maxWords);
      break;
  }
  return v;
}

/** "12,5" and "12.5" both read; an empty or unreadable field gives NaN (refused by the schema). */
export function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' ? Number.NaN : Number(t);
}

const optional = (text: string) => (text.trim() ? text : undefined);

/** The request body for the chosen type: only that type's content is sent. */
export function toQuestionInput(v: QuestionFormValues): QuestionInput {
  const base = {
    prompt: v.prompt,
    tags: v.tags
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
    generalFeedback: optional(v.generalFeedback),
  };
  const options = v.options.map((o) => ({
    id: o.id,
    text: o.text,
    correct: o.correct,
    feedback: optional(o.feedback),
  }));
  switch (v.type) {
    case 'single_choice':
      return { ...base, type: 'single_choice', content: { options } };
    case 'multiple_choice':
      return { ...base, type: 'multiple_choice', content: { options } };
    case 'true_false':
      return {
        ...base,
        type: 'true_false',
        content: {
          correct: v.correctTrue,
          feedbackTrue: optional(v.feedbackTrue),
          feedbackFalse: optional(v.feedbackFalse),
        },
      };
    case 'short_answer':
      return {
        ...base,
        type: 'short_answer',
        content: { accepted: v.accepted, caseSensitive: v.caseSensitive, whitespace: v.whitespace },
      };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        content: {
          answers: v.answers.map((a) => ({
            value: parseNumber(a.value),
            tolerance: a.tolerance.trim() ? parseNumber(a.tolerance) : 0,
          })),
          units: v.units.map((u) => ({ unit: u.unit, factor: parseNumber(u.factor) })),
          unitRequired: v.unitRequired,
        },
      };
    case 'matching':
      return { ...base, type: 'matching', content: { pairs: v.pairs, distractors: v.distractors } };
    case 'ordering':
      return { ...base, type: 'ordering', content: { items: v.items } };
    case 'essay':
      return {
        ...base,
        type: 'essay',
        content: {
          graderGuidance: v.graderGuidance,
          maxWords: v.maxWords.trim() ? parseNumber(v.maxWords) : null,
        },
      };
  }
}

/** The text typed in the number field at a body path (`content.answers.0.value`), when there is one. */
function rawText(v: QuestionFormValues, path: readonly PropertyKey[]): string | undefined {
  const [, list, index, field] = path.map(String);
  const row = Number(index);
  if (list === 'answers' && (field === 'value' || field === 'tolerance'))
    return v.answers[row]?.[field].trim();
  if (list === 'units' && field === 'factor') return v.units[row]?.factor.trim();
  return undefined;
}

/**
 * Checks the values with the shared schema. Errors are keyed by the body's dotted paths
 * (`prompt`, `content.options.1.text`, `content.options` for "mark one correct").
 */
export interface QuestionMessages {
  /** Single choice: exactly one option is correct. */
  oneCorrect: string;
  /** Multiple choice: at least one. */
  someCorrect: string;
  uniqueIds: string;
}

export function questionRequest(
  v: QuestionFormValues,
  t: TFunction<'common'>,
  m: QuestionMessages,
): { body: QuestionInput | null; errors: Record<string, string> } {
  const body = toQuestionInput(v);
  const parsed = QuestionInput.safeParse(body);
  if (parsed.success) return { body, errors: {} };
  const errors = zodFieldErrors(parsed.error, body, t);
  // Empty text inside the content reads "Fill in this field", not the schema's English message.
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    if (issue.code === 'too_small' && issue.origin === 'string') errors[key] = t('validation.required');
    // A number field left empty reads "Fill in this field"; one with other text keeps "Enter a number".
    if (issue.code === 'invalid_type' && issue.expected === 'number' && rawText(v, issue.path) === '')
      errors[key] = t('validation.required');
    if (issue.code === 'custom')
      errors[key] =
        key === 'content.options' ? (v.type === 'single_choice' ? m.oneCorrect : m.someCorrect) : m.uniqueIds;
  }
  return { body: null, errors };
}
