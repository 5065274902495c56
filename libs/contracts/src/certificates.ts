import { z } from 'zod';
import { IsoDateOrInstant, type Page } from './common';
import type { MobilityActivityType } from './mobilities';
import type { OutcomeRating } from './mobility-records';

/** What a mobility credential certifies, read back from the signed credential itself. */
export interface MobilityCredentialFacts {
  /** The Erasmus+ activity code, e.g. SM-JOB-SHDW. */
  activityType: MobilityActivityType | null;
  host: { name: string; country: string; city: string; address: string; website: string };
  /** The actual dates the host mentor confirmed (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  durationDays: number | null;
  /** Hours logged in the logbook. */
  hours: number;
  /** The planned outcomes the mentor rated achieved or partly achieved. */
  outcomes: { statement: string; rating: OutcomeRating }[];
  mentor: { name: string; role: string } | null;
  /** The mentor's statement of the skills and competences acquired (Europass Mobility 5a). */
  statement: string | null;
}

/** How a list names a mobility credential, which has no course title: activity, host and city. */
export interface MobilityCredentialTitle {
  activityType: MobilityActivityType | null;
  hostName: string;
  hostCity: string;
}

/** The public answer for a verification code: enough to trust it, nothing more. */
export interface CertificateVerification {
  status: 'valid' | 'revoked' | 'unknown';
  certificate?: {
    code: string;
    /** null once the holder has been erased (the signed credential itself cannot change). */
    holderName: string | null;
    achievement: {
      kind: 'course' | 'mobility';
      title: string;
      learningOutcomes: string[];
      eqfLevel: number | null;
      workloadHours: number;
    };
    issuer: { name: string; country: string };
    issuedAt: string;
    revokedAt: string | null;
    revokedReason: string | null;
    /** Set on mobility credentials. */
    mobility?: MobilityCredentialFacts;
  };
}

/** The result of checking an uploaded PDF or credential (JSON or JWT) against the published keys. */
export interface FileVerification {
  result: 'valid' | 'revoked' | 'tampered' | 'wrong_key' | 'not_a_credential';
  detail: string;
  credential?: {
    holderName: string;
    achievement: string;
    issuer: string;
    validFrom: string;
    learningOutcomes: string[];
  };
  revokedAt?: string | null;
}

export interface MyCertificate {
  id: string;
  code: string;
  /** A mobility credential's signed name (in the holder's language) when it is one. */
  courseTitle: string;
  /** Set on mobility credentials: lists name them by activity, host and city. */
  mobility?: MobilityCredentialTitle | null;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  verifyUrl: string;
  /** Signed, expiring download links. */
  pdfUrl: string | null;
  credentialUrl: string;
  /** Add-to-profile link of LinkedIn's certification form, prefilled. */
  linkedInUrl: string;
}

export const RevokeCertificateRequest = z.object({ reason: z.string().trim().min(3).max(500) });
export type RevokeCertificateRequest = z.infer<typeof RevokeCertificateRequest>;

/** `POST /api/verify` with JSON: the credential as a VC-JWT, or `{ jwt }` inside a JSON file. */
export const VerifyCredentialRequest = z.object({ jwt: z.string().min(10).max(200_000) });
export type VerifyCredentialRequest = z.infer<typeof VerifyCredentialRequest>;

export const OrgCertificatesQuery = z.object({
  courseId: z.uuid().optional(),
  userId: z.uuid().optional(),
  /** Issued on or after / before, as dates (YYYY-MM-DD) or date-times. */
  from: IsoDateOrInstant.optional(),
  to: IsoDateOrInstant.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type OrgCertificatesQuery = z.infer<typeof OrgCertificatesQuery>;

/** The filters of a manager's certificate downloads (the list's, without paging). */
export const OrgCertificatesFilters = OrgCertificatesQuery.omit({ page: true, pageSize: true });
export type OrgCertificatesFilters = z.infer<typeof OrgCertificatesFilters>;

/** One page of the manager's list, and the largest set whose ZIP streams at once. */
export interface OrgCertificatesPage extends Page<OrgCertificateRow> {
  zipStreamLimit: number;
}

export const CERTIFICATE_EXPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type CertificateExportStatus = (typeof CERTIFICATE_EXPORT_STATUSES)[number];

/** A ZIP of certificates that the `reports` worker builds in the background. */
export interface CertificateExportView {
  id: string;
  status: CertificateExportStatus;
  filters: OrgCertificatesFilters;
  /** Certificates in the ZIP, and how many have been added so far. */
  total: number;
  done: number;
  sizeBytes: number | null;
  createdAt: string;
  finishedAt: string | null;
  /** When a ready ZIP's file is removed. */
  expiresAt: string | null;
  /** A signed link, while the ZIP is ready. */
  downloadUrl: string | null;
}

/** A certificate held by a member of the manager's organisation. */
export interface OrgCertificateRow {
  id: string;
  holder: { id: string; name: string; email: string };
  courseId: string | null;
  /** A mobility credential's signed name (in the holder's language) when it is one. */
  courseTitle: string;
  /** Set on mobility credentials: lists name them by activity, host and city. */
  mobility?: MobilityCredentialTitle | null;
  code: string;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
}

/** The credential of a validated mobility, on the manager's record page. */
export interface MobilityCredentialView {
  /** `pending` while the worker issues it (a moment after validation). */
  status: 'pending' | 'valid' | 'revoked';
  /** The live credential, or else the latest revoked one; null while pending. */
  certificate: {
    id: string;
    code: string;
    issuedAt: string;
    revokedAt: string | null;
    revokedReason: string | null;
    verifyUrl: string;
    /** The manager's download of the PDF. */
    pdfUrl: string;
  } | null;
}

export const CourseCertificatesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type CourseCertificatesQuery = z.infer<typeof CourseCertificatesQuery>;

/** One page of a course's certificates, flagged ones first, and how many are flagged in all. */
export interface CourseCertificatesPage extends Page<CourseCertificateRow> {
  reviewRequested: number;
}

/** A certificate of a course, as the course's trainers see it (names only; DESIGN's tenancy rule). */
export interface CourseCertificateRow {
  id: string;
  holderName: string;
  code: string;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  /** Set when a regrade changed the result behind it: the trainer decides whether to revoke or re-issue. */
  reviewRequestedAt: string | null;
}
