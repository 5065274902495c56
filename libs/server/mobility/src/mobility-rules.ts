import {
  DomainError,
  MOBILITY_EDITABLE_STATUSES,
  MOBILITY_STATUS_TRANSITIONS,
  type DateRange,
  type FieldError,
  type MobilityActivityType,
  type MobilityStatus,
} from '@campus/contracts';

/**
 * The Erasmus+ rules of a mobility record, as plain functions (see README.md for their sources).
 * Dates are ISO calendar dates (`2027-03-01`); day arithmetic is done in UTC so no time zone or
 * daylight-saving change can add or lose a day.
 */

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function inclusiveDays(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export interface MobilityDates {
  startDate: string;
  endDate: string;
  interruptions: readonly DateRange[];
}

/**
 * Duration of the activity in days: days from start to end, both included, minus the days of
 * interruptions that fall within it, each day counted once even if two interruptions name it.
 * Travel days are not part of the activity and never counted here.
 */
export function durationDays(m: MobilityDates): number {
  const start = dayNumber(m.startDate);
  const end = dayNumber(m.endDate);
  if (end < start) return 0;
  // Clip each interruption to the activity, then merge overlaps: arithmetic on ranges, never a
  // loop over days (a range may span millennia of a hostile request's dates).
  const ranges = m.interruptions
    .map((r) => [Math.max(start, dayNumber(r.from)), Math.min(end, dayNumber(r.to))] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let interrupted = 0;
  let coveredTo = start - 1;
  for (const [from, to] of ranges) {
    if (to <= coveredTo) continue;
    interrupted += to - Math.max(from, coveredTo + 1) + 1;
    coveredTo = to;
  }
  return end - start + 1 - interrupted;
}

/** Funded travel days: up to 2, or up to 6 when the participant travels green (sustainable transport). */
export const FUNDED_TRAVEL_DAYS = { standard: 2, green: 6 } as const;

export function fundedTravelDays(m: {
  travelDaysBefore: number;
  travelDaysAfter: number;
  greenTravel: boolean;
}): number {
  const cap = m.greenTravel ? FUNDED_TRAVEL_DAYS.green : FUNDED_TRAVEL_DAYS.standard;
  return Math.min(m.travelDaysBefore + m.travelDaysAfter, cap);
}

/** Duration limits per activity type, in days of activity (travel excluded). */
export const DURATION_LIMITS: Record<MobilityActivityType, { min: number; max: number; label: string }> = {
  'SM-JOB-SHDW': { min: 2, max: 60, label: 'Job shadowing' },
  'SM-TTA': { min: 2, max: 365, label: 'A teaching or training assignment' },
  'SM-COUR-TRAIN': { min: 2, max: 30, label: 'A structured course' },
  'LM-SHORT-VET': { min: 10, max: 89, label: 'A short-term VET learner mobility' },
  'LM-LONG-VET': { min: 90, max: 365, label: 'A long-term VET learner mobility (ErasmusPro)' },
};

export interface MobilityRecordInput extends MobilityDates {
  activityType: MobilityActivityType;
}

/** Every broken rule of a mobility record, each naming its field; empty when the record is valid. */
export function mobilityErrors(m: MobilityRecordInput): FieldError[] {
  if (dayNumber(m.endDate) < dayNumber(m.startDate)) {
    return [{ field: 'endDate', message: 'The activity must end on or after the day it starts.' }];
  }
  const errors: FieldError[] = [];
  const start = dayNumber(m.startDate);
  const end = dayNumber(m.endDate);
  m.interruptions.forEach((r, i) => {
    const from = dayNumber(r.from);
    const to = dayNumber(r.to);
    if (to < from) {
      errors.push({
        field: `interruptions.${i}.to`,
        message: 'An interruption must end on or after the day it starts.',
      });
    } else if (from < start || to > end) {
      errors.push({
        field: `interruptions.${i}`,
        message: `An interruption must lie within the activity (${m.startDate} to ${m.endDate}).`,
      });
    }
  });
  if (errors.length) return errors;

  const sorted = m.interruptions
    .map((r, i) => ({ i, from: dayNumber(r.from), to: dayNumber(r.to) }))
    .sort((a, b) => a.from - b.from);
  // Compared with the interruption reaching furthest so far, so one long interruption that
  // covers several later ones is caught against each of them.
  let furthest = sorted[0];
  for (let k = 1; k < sorted.length; k++) {
    const current = sorted[k];
    if (current.from <= furthest.to) {
      const [a, b] = [furthest.i, current.i].sort((x, y) => x - y);
      errors.push({
        field: `interruptions.${b}`,
        message: `Interruptions must not overlap: ${m.interruptions[a].from} to ${m.interruptions[a].to} overlaps ${m.interruptions[b].from} to ${m.interruptions[b].to}.`,
      });
    }
    if (current.to > furthest.to) furthest = current;
  }
  if (errors.length) return errors;

  const limit = DURATION_LIMITS[m.activityType];
  const days = durationDays(m);
  if (days < limit.min || days > limit.max) {
    errors.push({
      field: 'endDate',
      message: `${limit.label} lasts ${limit.min} to ${limit.max} days; this one lasts ${days}.`,
    });
  }
  return errors;
}

/** Throws 400 VALIDATION_FAILED naming each broken rule's field. */
export function assertValidMobility(m: MobilityRecordInput): void {
  const errors = mobilityErrors(m);
  if (errors.length) {
    throw new DomainError('VALIDATION_FAILED', errors.map((e) => e.message).join(' '), { errors });
  }
}

/**
 * Lifecycle: draft → agreed → in_progress → completed → validated, and cancelled from any state
 * before validated. Validated and cancelled are final.
 */
/** The lifecycle's moves, declared in contracts so the web app offers only these. */
export const STATUS_TRANSITIONS = MOBILITY_STATUS_TRANSITIONS;

export function canTransition(from: MobilityStatus, to: MobilityStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Throws 409 CONFLICT naming both states. */
export function assertTransition(from: MobilityStatus, to: MobilityStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('CONFLICT', `A mobility cannot go from ${from} to ${to}.`);
  }
}

export const EDITABLE_STATUSES = MOBILITY_EDITABLE_STATUSES;
