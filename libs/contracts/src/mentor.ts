import { z } from 'zod';
import { Uuid, type Locale } from './common';
import type { AgreementChanges, LearningAgreementView } from './learning-agreements';
import type { LogbookView } from './logbook';
import { PlainDate, type MobilityActivityType, type MobilityStatus } from './mobilities';
import { OutcomeRating, type MentorActionKind, type PlannedOutcome } from './mobility-records';

/**
 * The host mentor's side of a mobility (issue 10). The mentor has no account: an e-mailed link
 * `${PUBLIC_URL}/mentor#token=…` carries a token that the web app sends in the `X-Mentor-Token`
 * header. A token opens only its own mobility, so no mentor route names a mobility.
 */
export const MENTOR_TOKEN_HEADER = 'x-mentor-token';

/** A link is active until it expires or is revoked (a cancelled mobility revokes all of them). */
export const MENTOR_LINK_STATES = ['active', 'expired', 'revoked'] as const;
export type MentorLinkState = (typeof MENTOR_LINK_STATES)[number];

/** What the sending manager sees of a link: never its token, nor the token's hash. */
export interface MentorLinkView {
  id: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  state: MentorLinkState;
}

/** Something the mentor did, as the participant and the manager see it; newest first in lists. */
export interface MentorActionView {
  id: string;
  action: MentorActionKind;
  at: string;
  /** The agreement version confirmed or questioned; null for entry and assessment actions. */
  agreementVersion: number | null;
  /** The log entry confirmed or commented on, with its day. */
  entry: { id: string; date: string } | null;
  comment: string | null;
}

/** The mentor's final assessment (Europass Mobility section 5a). */
export const MENTOR_STATEMENT_MAX = 5000;

/** The actual dates may differ from the planned ones by up to this many days either way. */
export const ACTUAL_DATES_SLACK_DAYS = 7;

/** The first and last day the actual dates may take: the planned dates give or take the slack. */
export function actualDateBounds(plan: { startDate: string; endDate: string }): { min: string; max: string } {
  const shift = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    min: shift(plan.startDate, -ACTUAL_DATES_SLACK_DAYS),
    max: shift(plan.endDate, ACTUAL_DATES_SLACK_DAYS),
  };
}

export const SubmitMentorAssessmentRequest = z.object({
  /** The days the participant actually spent at the host, within a week of the planned dates. */
  actualStart: PlainDate,
  actualEnd: PlainDate,
  /** Every planned outcome of the agreed learning agreement, each rated once. */
  outcomes: z
    .array(z.object({ outcomeId: Uuid, rating: OutcomeRating }), { message: 'Rate each planned outcome.' })
    .min(1, { message: 'Rate each planned outcome.' })
    .max(30),
  statement: z
    .string({ message: 'Describe the skills and competences acquired.' })
    .trim()
    .min(1, { message: 'Describe the skills and competences acquired.' })
    .max(MENTOR_STATEMENT_MAX, { message: `Use at most ${MENTOR_STATEMENT_MAX} characters.` }),
});
export type SubmitMentorAssessmentRequest = z.infer<typeof SubmitMentorAssessmentRequest>;

export interface MentorAssessmentView {
  /** The agreed learning agreement version whose planned outcomes were rated. */
  agreementVersion: number;
  actualStart: string;
  actualEnd: string;
  outcomes: { outcomeId: string; rating: OutcomeRating }[];
  statement: string;
  submittedAt: string;
}

/** Everything the mentor's pages show, from the token alone. */
export interface MentorMobilityView {
  mobility: {
    participantName: string;
    sendingOrganisation: string;
    host: { name: string; country: string; city: string };
    startDate: string;
    endDate: string;
    activityType: MobilityActivityType;
    status: MobilityStatus;
    mentor: { name: string; language: Locale };
  };
  /** Null until the learning agreement has a first version. */
  agreement: LearningAgreementView | null;
  /**
   * The latest agreement version the mentor confirmed or commented on before the current one, and
   * what changed since it (null when the mentor has not acted on an earlier version).
   */
  agreementSeen: { version: number; changes: AgreementChanges } | null;
  logbook: LogbookView;
  assessment: MentorAssessmentView | null;
  /** The planned outcomes of the agreed version, which the assessment rates (empty before agreement). */
  assessmentOutcomes: PlannedOutcome[];
  /** Whether an assessment can be submitted now (in progress or completed, with an agreed agreement). */
  assessmentOpen: boolean;
  linkExpiresAt: string;
}
