import { z } from 'zod';

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
  courseTitle: string;
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
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type OrgCertificatesQuery = z.infer<typeof OrgCertificatesQuery>;

/** A certificate held by a member of the manager's organisation. */
export interface OrgCertificateRow {
  id: string;
  holder: { id: string; name: string; email: string };
  courseId: string | null;
  courseTitle: string;
  code: string;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
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
