import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Custom refinements name their message by translation key: `{ params: { i18nKey: 'validation.passwordsDiffer' } }`. */
export interface I18nIssueParams {
  i18nKey?: string;
}

/**
 * Zod's messages (and the contracts' own) are English; the form shows them in the UI language.
 * Maps each issue to a `validation.*` key of the common namespace by its code.
 */
export function issueMessage(issue: z.core.$ZodIssue, value: unknown, t: TFunction<'common'>): string {
  if (value === '' || value === undefined || value === null) return t('validation.required');
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.minLength', { count: Number(issue.minimum) });
    case 'too_big':
      return t('validation.maxLength', { count: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_type':
      return t('validation.required');
    case 'custom': {
      const key = (issue.params as I18nIssueParams | undefined)?.i18nKey;
      // The key comes from our own schemas; i18next falls back to the message when it is unknown.
      return key ? t(key as 'validation.invalid', { defaultValue: issue.message }) : issue.message;
    }
    // Rare in forms: Zod's own (English) message.
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return issue.message;
    default:
      // An issue code newer than these typings.
      return (issue as { message: string }).message;
  }
}

/** The first message of each field, keyed by the dotted path. */
export function zodFieldErrors(
  error: z.ZodError,
  values: Record<string, unknown>,
  t: TFunction<'common'>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    out[field] ??= issueMessage(issue, values[String(issue.path[0])], t);
  }
  return out;
}
