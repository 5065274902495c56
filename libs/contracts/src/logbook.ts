import { z } from 'zod';
import type { FileRef } from './files';
import type { LogEntryMentorStatus, PlannedOutcome } from './mobility-records';
import { PlainDate } from './mobilities';
import { Uuid } from './common';

/**
 * The participant's daily logbook. Entries are written on a phone abroad, often offline: the
 * browser generates each entry's id and sends it with `PUT …/logbook/{entryId}`, so an entry
 * sent twice is one entry. One entry per day of the activity.
 */
export const LOG_HOURS_MAX = 16;

/** Evidence files one log entry may hold (photos, PDFs, office documents; limits in UPLOAD_RULES). */
export const LOG_EVIDENCE_MAX = 10;

export const PutLogEntryRequest = z.object({
  /** A day of the activity (start to end date, not an interruption). */
  date: PlainDate,
  /** 0-16, in quarter hours. */
  hours: z
    .number({ message: 'Enter the hours as a number.' })
    .min(0, { message: 'Hours cannot be negative.' })
    .max(LOG_HOURS_MAX, { message: `At most ${LOG_HOURS_MAX} hours in a day.` })
    .refine((h) => Number.isInteger(h * 4), { message: 'Use quarter hours, e.g. 6.5 or 7.25.' }),
  activities: z.string().trim().min(1, { message: 'Describe what you did.' }).max(5000),
  /** Planned outcomes of the learning agreement practised that day. */
  outcomeIds: z.array(Uuid).max(30).default([]),
  reflection: z.string().trim().max(5000).default(''),
});
export type PutLogEntryRequest = z.input<typeof PutLogEntryRequest>;

export const ReviewLogEntryRequest = z.discriminatedUnion('status', [
  z.object({ status: z.literal('confirmed'), comment: z.string().trim().max(2000).optional() }),
  z.object({ status: z.literal('commented'), comment: z.string().trim().min(1).max(2000) }),
]);
export type ReviewLogEntryRequest = z.input<typeof ReviewLogEntryRequest>;

/**
 * An evidence file of a log entry, answered by `POST …/logbook/{entryId}/evidence` (multipart,
 * one `file` field). Photos are stored without their location and other metadata.
 */
export type LogEvidenceView = FileRef & { evidenceId: string };

export interface LogEntryView {
  id: string;
  date: string;
  hours: number;
  activities: string;
  outcomeIds: string[];
  reflection: string;
  /**
   * The host mentor's review. Changing a commented entry (or its evidence) sets it back to pending;
   * the comment and its time stay, so the participant still sees what was asked.
   */
  mentor: { status: LogEntryMentorStatus; comment: string | null; reviewedAt: string | null };
  /** Oldest first; URLs are signed and expire within hours. */
  evidence: LogEvidenceView[];
  createdAt: string;
  /** When the participant last changed the entry (a mentor's review does not change it). */
  updatedAt: string;
}

export interface LogbookView {
  mobility: {
    id: string;
    status: string;
    startDate: string;
    endDate: string;
    interruptions: { from: string; to: string }[];
    /** The participant's IANA time zone: "today" and reminders follow it. */
    timeZone: string;
  };
  /** Planned outcomes of the latest version of the learning agreement (empty without one). */
  outcomes: PlannedOutcome[];
  /** Oldest day first. */
  entries: LogEntryView[];
  totals: { days: number; hours: number; confirmed: number };
}
