import type { LogbookView, LogEntryView } from '@campus/contracts';
import type { LogEntryBody, OutboxItem } from './logbook-outbox';

/**
 * What a day of the logbook shows:
 * - `missing`: no entry yet; `saved`: on the server, waiting for the mentor;
 * - `waiting`: saved on this device, not sent yet; `refused`: the server refused the last version;
 * - `confirmed` / `commented`: the host mentor's review of the entry on the server.
 */
export type DayState = 'missing' | 'saved' | 'waiting' | 'refused' | 'confirmed' | 'commented';

export interface LogbookDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Within an interruption of the mobility: no entry is expected. */
  interrupted: boolean;
  /** The date is not (or no longer) between the mobility's start and end. */
  outside: boolean;
  /** The entry as the server has it. */
  entry: LogEntryView | null;
  /** A version saved on this device and not yet stored by the server. */
  queued: OutboxItem | null;
  state: DayState;
  /** The newest text of the day: the queued version, else the server's. */
  content: LogEntryBody | null;
}

export interface LogbookTotals {
  days: number;
  hours: number;
  confirmed: number;
  waiting: number;
}

const DAY_MS = 86_400_000;
/** The longest activity type lasts 365 days; this bounds the loop for any dates a record holds. */
const MAX_DAYS = 400;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The days from start to end (inclusive), each marked when it falls in an interruption. */
export function activityDays(
  startDate: string,
  endDate: string,
  interruptions: readonly { from: string; to: string }[],
): { date: string; interrupted: boolean }[] {
  const days: { date: string; interrupted: boolean }[] = [];
  const end = toTime(endDate);
  for (let t = toTime(startDate), n = 0; t <= end && n < MAX_DAYS; t += DAY_MS, n++) {
    const date = toDate(t);
    days.push({ date, interrupted: interruptions.some((i) => i.from <= date && date <= i.to) });
  }
  return days;
}

function stateOf(entry: LogEntryView | null, queued: OutboxItem | null): DayState {
  if (queued) return queued.error ? 'refused' : 'waiting';
  if (!entry) return 'missing';
  switch (entry.mentor.status) {
    case 'confirmed':
      return 'confirmed';
    case 'commented':
      return 'commented';
    case 'pending':
      return 'saved';
  }
}

function contentOf(entry: LogEntryView): LogEntryBody {
  return {
    date: entry.date,
    hours: entry.hours,
    activities: entry.activities,
    outcomeIds: entry.outcomeIds,
    reflection: entry.reflection,
  };
}

/**
 * The logbook's days, oldest first: every day of the mobility, plus any day that has an entry
 * outside it (the dates of the record may have changed since), with the server's entries and
 * this device's queued versions laid over them.
 */
export function logbookDays(view: LogbookView, queued: readonly OutboxItem[]): LogbookDay[] {
  const { startDate, endDate, interruptions } = view.mobility;
  const range = activityDays(startDate, endDate, interruptions);
  const dates = new Map(range.map((d) => [d.date, d]));
  const extra = [...view.entries.map((e) => e.date), ...queued.map((q) => q.body.date)].filter(
    (d) => !dates.has(d),
  );
  const all = [...new Set([...dates.keys(), ...extra])].sort();
  return all.map((date) => {
    const entry = view.entries.find((e) => e.date === date) ?? null;
    const item = queued.find((q) => q.body.date === date) ?? null;
    return {
      date,
      interrupted: dates.get(date)?.interrupted ?? false,
      outside: !dates.has(date),
      entry,
      queued: item,
      state: stateOf(entry, item),
      content: item ? item.body : entry ? contentOf(entry) : null,
    };
  });
}

/** Days with an entry, their hours and the mentor's confirmations, counting what waits on this device. */
export function logbookTotals(days: readonly LogbookDay[]): LogbookTotals {
  const written = days.filter((d) => d.content);
  return {
    days: written.length,
    hours: written.reduce((sum, d) => sum + (d.content?.hours ?? 0), 0),
    confirmed: days.filter((d) => d.state === 'confirmed').length,
    waiting: days.filter((d) => d.state === 'waiting' || d.state === 'refused').length,
  };
}

/** Today's date in an IANA time zone (the participant's: "today" follows where they live). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
