import {
  AGREEMENT_PARTIES,
  type AgreementChangeRequestView,
  type AgreementParty,
  type AgreementVersionSummary,
  type AgreementVersionView,
  type LearningAgreementView,
  type MobilityStatus,
} from '@campus/contracts';
import type {
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  MentorAction,
} from '@campus/server-db';
import { agreementDiff } from './agreement-diff';

/** Saving and confirming stop once the mobility is completed, validated or cancelled. */
export const AGREEMENT_OPEN_STATUSES: readonly MobilityStatus[] = ['draft', 'agreed', 'in_progress'];

/** Everything the views of one mobility's agreement are built from, read in one go. */
export interface AgreementRecords {
  mobilityId: string;
  status: MobilityStatus;
  mentorName: string;
  /** Oldest first. */
  versions: LearningAgreementVersion[];
  confirmations: LearningAgreementConfirmation[];
  /** Changes requested by the mentor, newest first. */
  changeRequests: MentorAction[];
  /** Names of the users who created versions or confirmed them. */
  names: ReadonlyMap<string, string>;
}

export function agreementView(r: AgreementRecords): LearningAgreementView {
  const agreed = r.versions.filter((v) => v.agreedAt !== null);
  const latest = r.versions.at(-1);
  return {
    mobilityId: r.mobilityId,
    agreedVersion: agreed.at(-1)?.version ?? null,
    current: latest ? versionView(r, latest.version) : null,
    versions: r.versions.map((v) => summary(r, v)).reverse(),
    changeRequests: r.changeRequests.map((a): AgreementChangeRequestView => ({
      id: a.id,
      version: a.agreementVersion ?? 0,
      comment: a.comment ?? '',
      at: a.at.toISOString(),
      by: { party: 'mentor', name: r.mentorName },
    })),
    editable: AGREEMENT_OPEN_STATUSES.includes(r.status),
  };
}

/** One version in full, or null when the mobility has no such version. */
export function versionView(r: AgreementRecords, version: number): AgreementVersionView | null {
  const v = r.versions.find((x) => x.version === version);
  if (!v) return null;
  const confirmations = confirmationsOf(r, v);
  return {
    ...summary(r, v),
    content: v.content,
    confirmations: AGREEMENT_PARTIES.flatMap((party) => {
      const c = confirmations.find((x) => x.party === party);
      return c ? [{ party, at: c.confirmedAt.toISOString(), byName: confirmerName(r, c) }] : [];
    }),
    missingParties: missingParties(confirmations.map((c) => c.party)),
  };
}

function summary(r: AgreementRecords, v: LearningAgreementVersion): AgreementVersionSummary {
  const previous = r.versions.find((x) => x.version === v.version - 1);
  const parties = new Set(confirmationsOf(r, v).map((c) => c.party));
  return {
    version: v.version,
    isAmendment: v.isAmendment,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy ? { id: v.createdBy, name: r.names.get(v.createdBy) ?? '' } : null,
    agreedAt: v.agreedAt?.toISOString() ?? null,
    confirmedParties: AGREEMENT_PARTIES.filter((p) => parties.has(p)),
    changes: previous ? agreementDiff(previous.content, v.content) : null,
  };
}

function confirmationsOf(r: AgreementRecords, v: LearningAgreementVersion): LearningAgreementConfirmation[] {
  return r.confirmations.filter((c) => c.agreementVersionId === v.id);
}

function confirmerName(r: AgreementRecords, c: LearningAgreementConfirmation): string | null {
  if (c.party === 'mentor') return r.mentorName;
  return c.confirmedBy ? (r.names.get(c.confirmedBy) ?? null) : null;
}

/** The parties still missing on a version, given its confirmations. */
export function missingParties(confirmed: Iterable<AgreementParty>): AgreementParty[] {
  const done = new Set(confirmed);
  return AGREEMENT_PARTIES.filter((p) => !done.has(p));
}
