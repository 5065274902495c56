import type { TFunction } from 'i18next';
import { PutLogEntryRequest } from '@campus/contracts';
import { zodFieldErrors } from '../../../forms/zod-messages';
import type { LogEntryBody } from './logbook-outbox';

/** The entry form's fields as typed; hours stay text until they are parsed. */
export interface LogEntryFormValues {
  hours: string;
  activities: string;
  outcomeIds: string[];
  reflection: string;
}

export type LogEntryFormResult =
  { ok: true; body: LogEntryBody } | { ok: false; errors: Partial<Record<keyof LogEntryFormValues, string>> };

export function formValuesOf(content: Omit<LogEntryBody, 'date'> | null): LogEntryFormValues {
  if (!content) return { hours: '', activities: '', outcomeIds: [], reflection: '' };
  return {
    hours: String(content.hours),
    activities: content.activities,
    outcomeIds: [...content.outcomeIds],
    reflection: content.reflection,
  };
}

/** "6,5" is how most of the eight languages write six and a half. */
function parseHours(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Checks the form with the contract's own schema (the API applies the same one) and returns the
 * request body, or each field's message in the UI language.
 */
export function parseLogEntryForm(
  date: string,
  values: LogEntryFormValues,
  t: TFunction<'common'>,
  /** The quarter-hours rule in the UI language (the contract's refinement speaks English). */
  quarterHoursMessage: string,
): LogEntryFormResult {
  const input = {
    date,
    hours: parseHours(values.hours),
    activities: values.activities,
    outcomeIds: values.outcomeIds,
    reflection: values.reflection,
  };
  const parsed = PutLogEntryRequest.safeParse(input);
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: Partial<Record<keyof LogEntryFormValues, string>> = zodFieldErrors(
    parsed.error,
    { ...values },
    t,
  );
  if (parsed.error.issues.some((i) => i.path[0] === 'hours' && i.code === 'custom')) {
    errors.hours = quarterHoursMessage;
  }
  return { ok: false, errors };
}
