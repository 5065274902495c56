import { z } from 'zod';
import { AgreementParty, LearningAgreementContent, type PlannedOutcome } from './mobility-records';

/**
 * The learning agreement of a mobility (issue 10), in versions. A save replaces the content of the
 * latest version while nobody has confirmed it; once anyone has, a save makes the next version
 * (an amendment when an earlier version was agreed). A version is agreed when the participant,
 * the sending manager and the host mentor have each confirmed it.
 */

const VersionNumber = z
  .number({ message: 'Give a version number.' })
  .int({ message: 'Give a whole version number.' })
  .min(1, { message: 'Versions start at 1.' });

/**
 * `basedOnVersion` is the version the editor started from (null for the first agreement): when
 * someone else saved meanwhile, the save is refused with 409 naming the current version.
 */
export const SaveLearningAgreementRequest = z.object({
  content: LearningAgreementContent,
  basedOnVersion: VersionNumber.nullable(),
});
export type SaveLearningAgreementRequest = z.input<typeof SaveLearningAgreementRequest>;

/** Confirms one version: only the latest can be confirmed; confirming twice changes nothing. */
export const ConfirmAgreementRequest = z.object({ version: VersionNumber });
export type ConfirmAgreementRequest = z.infer<typeof ConfirmAgreementRequest>;

/** The host mentor asks for changes to a version, with a comment saying which. */
export const RequestAgreementChangesRequest = z.object({
  version: VersionNumber,
  comment: z
    .string()
    .trim()
    .min(1, { message: 'Say what should change.' })
    .max(2000, { message: 'Use at most 2000 characters.' }),
});
export type RequestAgreementChangesRequest = z.infer<typeof RequestAgreementChangesRequest>;

/** The free-text fields of the content, compared one by one between versions. */
export const AGREEMENT_TEXT_FIELDS = ['objectives', 'tasks', 'mentoring', 'recognition'] as const;
export type AgreementTextField = (typeof AGREEMENT_TEXT_FIELDS)[number];

/** What a version changed compared with the version before it. */
export interface AgreementChanges {
  fields: { field: AgreementTextField; before: string; after: string }[];
  outcomesAdded: PlannedOutcome[];
  outcomesRemoved: PlannedOutcome[];
  /** Same id, different statement or category. */
  outcomesChanged: { id: string; before: PlannedOutcome; after: PlannedOutcome }[];
  languagesAdded: string[];
  languagesRemoved: string[];
}

export interface AgreementConfirmationView {
  party: AgreementParty;
  at: string;
  /** The person who confirmed (the mentor's name from the mobility); null once erased. */
  byName: string | null;
}

export interface AgreementVersionSummary {
  version: number;
  isAmendment: boolean;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  agreedAt: string | null;
  confirmedParties: AgreementParty[];
  /** Versus the previous version; null for version 1. */
  changes: AgreementChanges | null;
}

export interface AgreementVersionView extends AgreementVersionSummary {
  content: LearningAgreementContent;
  confirmations: AgreementConfirmationView[];
  /** Parties yet to confirm, in the order participant, manager, mentor. */
  missingParties: AgreementParty[];
}

/** A host mentor's request for changes (mentor action `agreement_changes_requested`). */
export interface AgreementChangeRequestView {
  id: string;
  version: number;
  comment: string;
  at: string;
  by: { party: 'mentor'; name: string };
}

export interface LearningAgreementView {
  mobilityId: string;
  /** The version all three parties confirmed last; it stays agreed until an amendment is. */
  agreedVersion: number | null;
  /** The latest version (maybe an amendment awaiting confirmations); null before the first save. */
  current: AgreementVersionView | null;
  /** Newest first. */
  versions: AgreementVersionSummary[];
  /** Newest first. */
  changeRequests: AgreementChangeRequestView[];
  /** False once the mobility is completed, validated or cancelled: nothing can be saved or confirmed. */
  editable: boolean;
}
