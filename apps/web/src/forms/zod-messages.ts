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
    // Numbers have bounds, not lengths: "Use at most 100 characters" would mislead for a pass mark.
    case 'too_small':
      if (issue.origin === 'number')
        return issue.inclusive === false
          ? t('validation.moreThan', { min: Number(issue.minimum) })
          : t('validation.atLeast', { min: Number(issue.minimum) });
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.minLength', { count: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number')
        return issue.inclusive === false
          ? t('validation.lessThan', { max: Number(issue.maximum) })
          : t('validation.atMost', { max: Number(issue.maximum) });
      return t('validation.maxLength', { count: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_type':
      // A number field with text that reads as no number (NaN), or a fraction where a count is due.
      if (issue.expected === 'int') return t('validation.wholeNumber');
      if (issue.expected === 'number') return t('validation.number');
      return t('validation.required');
    case 'not_multiple_of':
      return t('validation.step', { step: Number(issue.divisor) });
    case 'custom': {
      const key = (issue.params as I18nIssueParams | undefined)?.i18nKey;
      // The key comes from our own schemas; i18next falls back to the message when it is unknown.
      return key ? t(key as 'validation.invalid', { defaultValue: issue.message }) : issue.message;
    }
    // Rare in forms: Zod's own (English) message.
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
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
