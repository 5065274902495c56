import { z } from 'zod';
import { Uuid } from './common';

/**
 * The vocabulary shared by the learning agreement, the logbook, the host mentor's pages and the
 * mobility credential (issue 10). Values are stored: never rename one.
 */

/** The three parties whose confirmations of one version make a learning agreement agreed. */
export const AGREEMENT_PARTIES = ['participant', 'manager', 'mentor'] as const;
export const AgreementParty = z.enum(AGREEMENT_PARTIES);
export type AgreementParty = z.infer<typeof AgreementParty>;

/** The EQF descriptor a planned learning outcome belongs to, when the author says. */
export const OUTCOME_CATEGORIES = ['knowledge', 'skills', 'responsibility'] as const;
export const OutcomeCategory = z.enum(OUTCOME_CATEGORIES);
export type OutcomeCategory = z.infer<typeof OutcomeCategory>;

const Text = (max: number) => z.string().trim().max(max);

/**
 * A planned learning outcome. Its id is kept across versions of the agreement, so log entries and
 * the mentor's assessment keep pointing at it after an amendment; a new outcome gets a new id.
 */
export const PlannedOutcome = z.object({
  id: Uuid,
  statement: Text(500).min(1),
  category: OutcomeCategory.nullable().default(null),
});
export type PlannedOutcome = z.infer<typeof PlannedOutcome>;

/** What the participant, the sending manager and the host mentor agree on. */
export const LearningAgreementContent = z.object({
  objectives: Text(5000).min(1),
  outcomes: z
    .array(PlannedOutcome)
    .min(1)
    .max(30)
    // A UUID in capitals is the same id (the logbook compares them so).
    .refine((os) => new Set(os.map((o) => o.id.toLowerCase())).size === os.length, {
      message: 'Each planned outcome needs its own id.',
    }),
  tasks: Text(5000).min(1),
  /** Languages used during the activity, as ISO 639-1 codes (e.g. en, fi). */
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/, { message: 'Use a two-letter language code such as fi.' }),
    )
    .min(1)
    .max(10),
  mentoring: Text(3000).min(1),
  recognition: Text(3000).min(1),
});
export type LearningAgreementContent = z.infer<typeof LearningAgreementContent>;

/** The mentor's review of one log entry. */
export const LOG_ENTRY_MENTOR_STATUSES = ['pending', 'confirmed', 'commented'] as const;
export const LogEntryMentorStatus = z.enum(LOG_ENTRY_MENTOR_STATUSES);
export type LogEntryMentorStatus = z.infer<typeof LogEntryMentorStatus>;

/** The mentor's assessment of one planned outcome at the end of the mobility. */
export const OUTCOME_RATINGS = ['achieved', 'partly', 'not_achieved'] as const;
export const OutcomeRating = z.enum(OUTCOME_RATINGS);
export type OutcomeRating = z.infer<typeof OutcomeRating>;

export const MENTOR_ACTIONS = [
  'agreement_confirmed',
  'agreement_changes_requested',
  'entry_confirmed',
  'entry_commented',
  'assessment_submitted',
] as const;
export const MentorActionKind = z.enum(MENTOR_ACTIONS);
export type MentorActionKind = z.infer<typeof MentorActionKind>;

export const REMINDER_KINDS = [
  'participant_missing_entry',
  'mentor_digest',
  'manager_agreement_pending',
] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;
