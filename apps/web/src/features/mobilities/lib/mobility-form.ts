import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  CreateMobilityRequest,
  DATE_RANGE_MESSAGE,
  type DistanceBand,
  type Locale,
  type MobilityActivityType,
  type MobilityView,
  type TransportMeans,
} from '@campus/contracts';
import { issueMessage } from '../../../forms/zod-messages';

/** An interruption as typed; `key` keeps a row's inputs in place when an earlier row is removed. */
export interface InterruptionValues {
  key: string;
  from: string;
  to: string;
}

/**
 * What the mobility form edits: text as typed (numbers too), choices empty until made. Nested like
 * the request, so a field's error path (`host.country`, `interruptions.1`) is the same on both sides.
 */
export interface MobilityFormValues {
  participantId: string;
  activityType: MobilityActivityType | '';
  projectNumber: string;
  mobilityId: string;
  host: { name: string; country: string; city: string; address: string; website: string; oid: string };
  mentor: { name: string; role: string; email: string; language: Locale | '' };
  startDate: string;
  endDate: string;
  travelDaysBefore: string;
  travelDaysAfter: string;
  transport: TransportMeans | '';
  greenTravel: boolean;
  distanceBand: DistanceBand | '';
  interruptions: InterruptionValues[];
}

let lastKey = 0;
export function newInterruption(from = '', to = ''): InterruptionValues {
  lastKey += 1;
  return { key: `i${lastKey}`, from, to };
}

export function emptyMobilityValues(): MobilityFormValues {
  return {
    participantId: '',
    activityType: '',
    projectNumber: '',
    mobilityId: '',
    host: { name: '', country: '', city: '', address: '', website: '', oid: '' },
    mentor: { name: '', role: '', email: '', language: '' },
    startDate: '',
    endDate: '',
    travelDaysBefore: '0',
    travelDaysAfter: '0',
    transport: '',
    greenTravel: false,
    distanceBand: '',
    interruptions: [],
  };
}

export function mobilityValues(m: MobilityView): MobilityFormValues {
  return {
    participantId: m.participant.id,
    activityType: m.activityType,
    projectNumber: m.projectNumber,
    mobilityId: m.mobilityId,
    host: { ...m.host, oid: m.host.oid ?? '' },
    mentor: { ...m.mentor },
    startDate: m.startDate,
    endDate: m.endDate,
    travelDaysBefore: String(m.travelDaysBefore),
    travelDaysAfter: String(m.travelDaysAfter),
    transport: m.transport,
    greenTravel: m.greenTravel,
    distanceBand: m.distanceBand,
    interruptions: m.interruptions.map((r) => newInterruption(r.from, r.to)),
  };
}

/** A count of days as typed: empty is none, anything but digits is no number (the schema says so). */
function days(text: string): number {
  const s = text.trim();
  if (s === '') return 0;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** The value at a dotted path of the request, to tell an empty field from a wrong one. */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v = body;
  for (const key of path) v = v == null ? undefined : (v as Record<PropertyKey, unknown>)[key];
  return v;
}

/** Each field's first message in the UI language, keyed by its dotted path. */
function fieldErrors(error: z.ZodError, body: unknown, t: TFunction<'common'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    if (out[field]) continue;
    const value = valueAt(body, issue.path);
    out[field] =
      issue.code === 'custom' && issue.message === DATE_RANGE_MESSAGE && value !== ''
        ? t('validation.dateRange')
        : // Choices and nested texts left empty are "required", whatever the schema calls them.
          issueMessage(issue, value, t);
  }
  return out;
}

/**
 * The request the form's values make, checked with the contracts' schema (the same the API uses
 * for both creating and editing): `body` when valid, otherwise the translated errors by field.
 * The rules that need the whole record (the type's day limits, interruptions within the dates)
 * are the API's: its answer puts them on the same fields.
 */
export function mobilityRequest(
  values: MobilityFormValues,
  t: TFunction<'common'>,
): { body: CreateMobilityRequest | null; errors: Record<string, string> } {
  const oid = values.host.oid.trim();
  const raw = {
    participantId: values.participantId,
    activityType: values.activityType,
    projectNumber: values.projectNumber,
    mobilityId: values.mobilityId,
    host: { ...values.host, oid: oid === '' ? null : oid },
    mentor: { ...values.mentor },
    startDate: values.startDate,
    endDate: values.endDate,
    travelDaysBefore: days(values.travelDaysBefore),
    travelDaysAfter: days(values.travelDaysAfter),
    transport: values.transport,
    greenTravel: values.greenTravel,
    distanceBand: values.distanceBand,
    interruptions: values.interruptions.map(({ from, to }) => ({ from, to })),
  };
  const parsed = CreateMobilityRequest.safeParse(raw);
  if (!parsed.success) return { body: null, errors: fieldErrors(parsed.error, raw, t) };
  return { body: parsed.data, errors: {} };
}

/** Drops the errors of a field and of everything under it (`host` clears `host.city`). */
export function withoutErrors(errors: Record<string, string>, field: string): Record<string, string> {
  const kept = Object.entries(errors).filter(([k]) => k !== field && !k.startsWith(`${field}.`));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}
