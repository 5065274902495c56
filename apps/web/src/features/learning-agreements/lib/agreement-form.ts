import type { TFunction } from 'i18next';
import {
  SaveLearningAgreementRequest,
  type LearningAgreementContent,
  type OutcomeCategory,
} from '@campus/contracts';
import { issueMessage } from '../../../forms/zod-messages';

/** The contracts' limits on the lists of one agreement. */
export const OUTCOMES_MAX = 30;
export const LANGUAGES_MAX = 10;

/** A planned outcome as typed; its id is made here for a new one and kept for an existing one. */
export interface OutcomeValues {
  id: string;
  statement: string;
  category: OutcomeCategory | '';
}

/**
 * What the agreement editor edits. Field names are the content's, so an error path of the request
 * (`content.outcomes.1.statement`) names the field here without its `content.` prefix.
 */
export interface AgreementFormValues {
  objectives: string;
  outcomes: OutcomeValues[];
  tasks: string;
  /** Language codes as typed, separated by commas or spaces: `en, fi`. */
  languages: string;
  mentoring: string;
  recognition: string;
}

export function newOutcome(): OutcomeValues {
  return { id: crypto.randomUUID(), statement: '', category: '' };
}

export function emptyAgreementValues(): AgreementFormValues {
  return {
    objectives: '',
    outcomes: [newOutcome()],
    tasks: '',
    languages: '',
    mentoring: '',
    recognition: '',
  };
}

export function agreementValues(c: LearningAgreementContent): AgreementFormValues {
  return {
    objectives: c.objectives,
    outcomes: c.outcomes.map((o) => ({ id: o.id, statement: o.statement, category: o.category ?? '' })),
    tasks: c.tasks,
    languages: c.languages.join(', '),
    mentoring: c.mentoring,
    recognition: c.recognition,
  };
}

/** `en, fi` or `en fi` → ['en', 'fi']. */
export function languageList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The error's field in the form: `content.languages.2` is the one languages field. */
export function formField(path: string): string {
  const field = path.replace(/^content\./, '');
  return field.startsWith('languages') ? 'languages' : field;
}

/**
 * The save request the values make, checked with the contracts' schema (the API's own): `body`
 * when valid, otherwise each field's first error in the UI language, keyed by its form field.
 */
export function agreementRequest(
  values: AgreementFormValues,
  basedOnVersion: number | null,
  t: TFunction<'common'>,
  ta: TFunction<'agreements'>,
): { body: SaveLearningAgreementRequest | null; errors: Record<string, string> } {
  const raw = {
    content: {
      objectives: values.objectives,
      outcomes: values.outcomes.map((o) => ({
        id: o.id,
        statement: o.statement,
        category: o.category === '' ? null : o.category,
      })),
      tasks: values.tasks,
      languages: languageList(values.languages),
      mentoring: values.mentoring,
      recognition: values.recognition,
    },
    basedOnVersion,
  };
  const parsed = SaveLearningAgreementRequest.safeParse(raw);
  if (parsed.success) return { body: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = formField(issue.path.join('.'));
    if (errors[field]) continue;
    // The lists as a whole have their own words; their items and the texts the common ones.
    errors[field] =
      field === 'languages'
        ? ta('form.languagesInvalid', { max: LANGUAGES_MAX })
        : field === 'outcomes'
          ? ta('form.outcomesInvalid', { max: OUTCOMES_MAX })
          : issueMessage(issue, valueAt(raw, issue.path), t);
  }
  return { body: null, errors };
}

/** Errors the API put on request fields, keyed by form field. */
export function serverErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) out[formField(path)] ??= message;
  return out;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v = body;
  for (const key of path) v = v == null ? undefined : (v as Record<PropertyKey, unknown>)[key];
  return v;
}
