import type { DateRange, MobilityStatus, ReminderKind } from '@campus/contracts';

/**
 * When the scheduled reminders of a mobility are due (issue 10), as plain functions of `now` and
 * the mobility's facts. Each due reminder carries its occasion: the sender records (kind, occasion)
 * in `sent_reminders` in the transaction that queues the e-mail, so an occasion is mailed once
 * however often, and by however many workers, the pass runs. See README.md, "Reminders".
 *
 * - participant_missing_entry: a day of the activity (not interrupted) without a log entry, once
 *   it is 18:00 of the next day in the participant's time zone; only while the mobility is agreed
 *   or in progress, and only for the last MISSING_ENTRY_MAX_AGE_DAYS days, so a mobility recorded
 *   late (or a pass that did not run for a while) sends a week of reminders at most, not one per
 *   day since the start. Occasion `${mobilityId}:${day}`.
 * - mentor_digest: entries waiting for the mentor's review, at most once per mobility and UTC day
 *   (the host's time zone is not recorded), while agreed, in progress or completed. Occasion
 *   `${mobilityId}:${UTC date}`.
 * - manager_agreement_pending: a draft or agreed mobility without an agreed learning agreement,
 *   from AGREEMENT_PENDING_DAYS_BEFORE days before its start date up to the start date itself (UTC
 *   calendar days); once per mobility and manager. Occasion `${mobilityId}:${managerUserId}`.
 */

/** Local hour of the day after a missing day from which its reminder is due (the evening). */
export const MISSING_ENTRY_DUE_HOUR = 18;
/** Days without an entry further back than this (from the participant's today) are never reminded. */
export const MISSING_ENTRY_MAX_AGE_DAYS = 7;
/** The manager is reminded from this many days before the start date. */
export const AGREEMENT_PENDING_DAYS_BEFORE = 7;

export const MISSING_ENTRY_STATUSES: readonly MobilityStatus[] = ['agreed', 'in_progress'];
export const MENTOR_DIGEST_STATUSES: readonly MobilityStatus[] = ['agreed', 'in_progress', 'completed'];
export const AGREEMENT_PENDING_STATUSES: readonly MobilityStatus[] = ['draft', 'agreed'];

/** What the rules need to know about one mobility. */
export interface ReminderFacts {
  mobilityId: string;
  status: MobilityStatus;
  startDate: string;
  endDate: string;
  interruptions: readonly DateRange[];
  /** The participant's IANA time zone (`users.time_zone`); one this runtime does not know counts as UTC. */
  participantTimeZone: string;
  /** Days that have a log entry (at least those within `missingEntryWindow(now)`). */
  entryDates: readonly string[];
  /** Log entries whose mentor status is still `pending`. */
  pendingEntries: number;
  /** Some version of the learning agreement has been agreed by all three parties. */
  agreementAgreed: boolean;
  /** User ids of the sending organisation's managers who can receive mail. */
  managerIds: readonly string[];
}

interface Due<K extends ReminderKind> {
  kind: K;
  occasion: string;
  mobilityId: string;
}

export type DueReminder =
  | (Due<'participant_missing_entry'> & { date: string })
  | (Due<'mentor_digest'> & { pendingCount: number })
  | (Due<'manager_agreement_pending'> & { managerId: string });

const DAY_MS = 86_400_000;

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function makeClock(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
}

function clockOf(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    // A zone this runtime's time-zone data does not know (stored by another version, or renamed
    // since) counts as UTC rather than costing the participant their reminders.
    clock = makeClock(timeZone) ?? makeClock('UTC')!;
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** The wall clock at `now` in `timeZone`: its calendar date and the minutes since its midnight. */
export function localClock(now: Date, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    clockOf(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/**
 * Every day that may have a missing-entry reminder due at `now`, in whatever time zone (local
 * dates lie within a day of the UTC date): the sender reads mobilities and entries of these days only.
 */
export function missingEntryWindow(now: Date): { from: string; to: string } {
  const today = utcDate(now);
  return { from: addDays(today, -(MISSING_ENTRY_MAX_AGE_DAYS + 1)), to: today };
}

/** The start dates of mobilities whose manager reminder may be due at `now` (UTC calendar days). */
export function agreementPendingWindow(now: Date): { from: string; to: string } {
  const today = utcDate(now);
  return { from: today, to: addDays(today, AGREEMENT_PENDING_DAYS_BEFORE) };
}

function interrupted(day: string, interruptions: readonly DateRange[]): boolean {
  return interruptions.some((r) => r.from <= day && day <= r.to);
}

export function missingEntryReminders(now: Date, f: ReminderFacts): DueReminder[] {
  if (!MISSING_ENTRY_STATUSES.includes(f.status)) return [];
  const local = localClock(now, f.participantTimeZone);
  // Yesterday's entry is due from this evening on; an earlier day's already is.
  const lastDue = addDays(local.date, local.minutes >= MISSING_ENTRY_DUE_HOUR * 60 ? -1 : -2);
  const oldest = addDays(local.date, -MISSING_ENTRY_MAX_AGE_DAYS);
  const from = f.startDate > oldest ? f.startDate : oldest;
  const to = f.endDate < lastDue ? f.endDate : lastDue;
  const written = new Set(f.entryDates);
  const due: DueReminder[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (written.has(day) || interrupted(day, f.interruptions)) continue;
    due.push({
      kind: 'participant_missing_entry',
      occasion: `${f.mobilityId}:${day}`,
      mobilityId: f.mobilityId,
      date: day,
    });
  }
  return due;
}

export function mentorDigestReminders(now: Date, f: ReminderFacts): DueReminder[] {
  if (!MENTOR_DIGEST_STATUSES.includes(f.status) || f.pendingEntries <= 0) return [];
  return [
    {
      kind: 'mentor_digest',
      occasion: `${f.mobilityId}:${utcDate(now)}`,
      mobilityId: f.mobilityId,
      pendingCount: f.pendingEntries,
    },
  ];
}

export function agreementPendingReminders(now: Date, f: ReminderFacts): DueReminder[] {
  if (!AGREEMENT_PENDING_STATUSES.includes(f.status) || f.agreementAgreed) return [];
  const window = agreementPendingWindow(now);
  if (f.startDate < window.from || f.startDate > window.to) return [];
  return f.managerIds.map((managerId) => ({
    kind: 'manager_agreement_pending' as const,
    occasion: `${f.mobilityId}:${managerId}`,
    mobilityId: f.mobilityId,
    managerId,
  }));
}

/** Every reminder of this mobility due at `now`, sent or not (the sender skips occasions already sent). */
export function dueReminders(now: Date, facts: ReminderFacts): DueReminder[] {
  return [
    ...missingEntryReminders(now, facts),
    ...mentorDigestReminders(now, facts),
    ...agreementPendingReminders(now, facts),
  ];
}
