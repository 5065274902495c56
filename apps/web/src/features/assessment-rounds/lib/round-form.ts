import type { TFunction } from 'i18next';
import {
  Email,
  MAX_CUSTOM_QUESTIONS,
  MIN_GROUP_SIZE,
  OpenRoundRequest,
  type Locale,
  type RespondentGroup,
} from '@campus/contracts';
import { issueMessage } from '../../../forms/zod-messages';

/** What the "Open a round" form holds, as its fields hold it. */
export interface RoundFormValues {
  frameworkVersionId: string;
  title: string;
  locale: Locale;
  groups: RespondentGroup[];
  questions: string[];
  minGroupSize: string;
  /** A date (`2027-06-30`): the round takes answers until the end of that day, local time. */
  closesOn: string;
}

export function initialRoundValues(locale: Locale): RoundFormValues {
  return {
    frameworkVersionId: '',
    title: '',
    locale,
    groups: [],
    questions: [],
    minGroupSize: String(MIN_GROUP_SIZE),
    closesOn: '',
  };
}

export const canAddQuestion = (values: RoundFormValues) => values.questions.length < MAX_CUSTOM_QUESTIONS;

/** The form field an API or schema path belongs to (`customQuestions.2.text` → `questions.2`). */
export function fieldOf(path: readonly PropertyKey[]): string {
  const [head, index] = path;
  switch (head) {
    case 'respondentGroups':
      return 'groups';
    case 'customQuestions':
      return typeof index === 'number' ? `questions.${index}` : 'questions';
    case 'closesAt':
      return 'closesOn';
    default:
      return String(head);
  }
}

/** The end of the chosen day in the browser's time zone, as an instant. */
export function endOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const end = new Date(`${date}T23:59:59.999`);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

/**
 * The request for the form's values, or the errors to show by field. A closing date must lie in
 * the future (the server checks it again by its own clock).
 */
export function toOpenRoundRequest(
  values: RoundFormValues,
  t: TFunction<'common'>,
  messages: { closesInFuture: string },
  now: Date = new Date(),
): { request: OpenRoundRequest } | { errors: Record<string, string> } {
  const closesAt = values.closesOn ? endOfDay(values.closesOn) : null;
  const body = {
    frameworkVersionId: values.frameworkVersionId,
    title: values.title,
    locale: values.locale,
    respondentGroups: values.groups,
    customQuestions: values.questions.map((text) => ({ text })),
    minGroupSize: Number(values.minGroupSize),
    closesAt,
  };
  const errors: Record<string, string> = {};
  const parsed = OpenRoundRequest.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field === 'groups' && !errors[field]) errors[field] = t('validation.choose');
      else if (!errors[field]) errors[field] = issueMessage(issue, valueAt(values, field), t);
    }
  }
  if (values.closesOn && (!closesAt || Date.parse(closesAt) <= now.getTime())) {
    errors['closesOn'] = messages.closesInFuture;
  }
  return Object.keys(errors).length > 0 ? { errors } : { request: body };
}

function valueAt(values: RoundFormValues, field: string): unknown {
  const [name, index] = field.split('.');
  if (name === 'questions' && index !== undefined) return values.questions[Number(index)];
  return (values as unknown as Record<string, unknown>)[name];
}

/**
 * The addresses in a pasted list (one per line, or separated by commas, semicolons or spaces):
 * valid ones lower-cased and each once, the rest returned to be shown.
 */
export function parseEmailList(text: string): { emails: string[]; invalid: string[] } {
  const emails = new Set<string>();
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue;
    const parsed = Email.safeParse(part);
    if (parsed.success) emails.add(parsed.data);
    else invalid.push(part);
  }
  return { emails: [...emails], invalid };
}
