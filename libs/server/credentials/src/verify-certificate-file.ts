import type { JWK } from 'jose';
import {
  verifyCredentialJwt,
  verifyVcJwt,
  type VerifyFailureReason,
  type VerifyOptions,
} from './credential-jwt';
import {
  summariseCredential,
  type CredentialSummary,
  type OpenBadgeCredential,
} from './open-badge-credential';
import { extractCredentialFromPdf } from './pdf-attachment';
import { isSet, isStatusListCredential, type BitstringStatusListCredential } from './status-list';

/**
 * A compact JWS whose header is at most 2 KiB (a credential's is under 200 bytes): the header is
 * parsed before the signature is checked, so its size is what an unsigned upload can make us parse.
 */
const COMPACT_JWS = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Whether the text can be a VC-JWT worth verifying (see COMPACT_JWS). */
export function looksLikeCompactJws(text: string): boolean {
  return COMPACT_JWS.test(text.trim());
}
/** A credential as text or JSON is a few kB; a larger non-PDF file is not read at all. */
export const MAX_TEXT_CREDENTIAL_BYTES = 256 * 1024;

/**
 * Gets the document at a status list URL: the parsed JSON of a BitstringStatusListCredential, or
 * the text of one secured as a VC-JWT (whose signature is then checked against the same JWKS).
 */
export type StatusListFetcher = (url: string) => Promise<unknown>;

export type StatusCheck =
  | { state: 'not_checked' }
  | { state: 'active' | 'revoked'; listUrl: string }
  | { state: 'unavailable'; listUrl: string | null; error: string };

export type CertificateFileCheck =
  /** No credential found: not a certificate PDF, a VC-JWT, or JSON of the form `{"jwt": "…"}`. */
  | { verdict: 'unreadable'; detail: string }
  /** A credential was found but is not authentic (or not valid yet). */
  | { verdict: 'invalid'; reason: VerifyFailureReason }
  /** Authentic. `valid` needs an unrevoked status, or no status check at all (offline). */
  | {
      verdict: 'valid' | 'revoked' | 'status_unavailable';
      kid: string;
      credential: OpenBadgeCredential;
      summary: CredentialSummary;
      status: StatusCheck;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The VC-JWT carried by an uploaded file, whatever its name says: a certificate PDF (its
 * `credential.jwt` attachment, read off the event loop with caps: see `extractCredentialFromPdf`),
 * the JWT as text, or JSON `{"jwt": "…"}` (at most `MAX_TEXT_CREDENTIAL_BYTES`). Null when there is
 * none. Rejects only with `PdfReaderBusyError`.
 */
export async function readCredentialJwt(file: Buffer): Promise<string | null> {
  // A PDF header may follow up to 1 KiB of other bytes (ISO 32000-1, 7.5.2 note).
  if (file.subarray(0, 1024).includes('%PDF-')) return extractCredentialFromPdf(file);
  if (file.length > MAX_TEXT_CREDENTIAL_BYTES) return null;
  const text = file
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      const jwt = isRecord(parsed) && typeof parsed.jwt === 'string' ? parsed.jwt.trim() : null;
      return jwt && COMPACT_JWS.test(jwt) ? jwt : null;
    } catch {
      return null;
    }
  }
  return COMPACT_JWS.test(text) ? text : null;
}

async function statusListFrom(
  body: unknown,
  keySet: { keys: JWK[] },
  options: VerifyOptions,
): Promise<BitstringStatusListCredential | string> {
  let document = body;
  if (typeof document === 'string') {
    const text = document.trim();
    if (COMPACT_JWS.test(text)) {
      const verified = await verifyVcJwt<BitstringStatusListCredential>(
        text,
        keySet,
        isStatusListCredential,
        options,
      );
      return verified.ok
        ? verified.credential
        : `the status list's signature does not verify (${verified.reason})`;
    }
    try {
      document = JSON.parse(text);
    } catch {
      return 'the status list is neither JSON nor a VC-JWT';
    }
  }
  return isRecord(document) && isStatusListCredential(document)
    ? (document as unknown as BitstringStatusListCredential)
    : 'the status list is not a BitstringStatusListCredential';
}

/** Checks the credential's BitstringStatusListEntry against the published list. Never throws. */
export async function checkCredentialStatus(
  credential: OpenBadgeCredential,
  fetchStatus: StatusListFetcher,
  keySet: { keys: JWK[] },
  options: VerifyOptions = {},
): Promise<StatusCheck> {
  const entry: unknown = credential.credentialStatus;
  if (
    !isRecord(entry) ||
    entry.type !== 'BitstringStatusListEntry' ||
    typeof entry.statusListCredential !== 'string' ||
    typeof entry.statusListIndex !== 'string' ||
    !/^\d{1,15}$/.test(entry.statusListIndex)
  ) {
    return { state: 'unavailable', listUrl: null, error: 'the credential has no BitstringStatusListEntry' };
  }
  const listUrl = entry.statusListCredential;
  try {
    const list = await statusListFrom(await fetchStatus(listUrl), keySet, options);
    if (typeof list === 'string') return { state: 'unavailable', listUrl, error: list };
    if (list.credentialSubject.statusPurpose !== entry.statusPurpose) {
      return {
        state: 'unavailable',
        listUrl,
        error: `the status list's purpose is not ${String(entry.statusPurpose)}`,
      };
    }
    return {
      state: isSet(list.credentialSubject.encodedList, Number(entry.statusListIndex)) ? 'revoked' : 'active',
      listUrl,
    };
  } catch (err) {
    return { state: 'unavailable', listUrl, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Verifies an uploaded certificate file (see {@link readCredentialJwt}) against the issuer's JWKS
 * and, given a fetcher, its revocation status. Without `fetchStatus` (offline) the status is not
 * checked and an authentic credential is `valid`. Rejects only with `PdfReaderBusyError`.
 */
export async function verifyCertificateFile(
  file: Buffer,
  fileName: string,
  keySet: { keys: JWK[] },
  fetchStatus?: StatusListFetcher,
  options: VerifyOptions = {},
): Promise<CertificateFileCheck> {
  const jwt = await readCredentialJwt(file);
  if (!jwt) {
    return {
      verdict: 'unreadable',
      detail: `${fileName} holds no credential: expected a certificate PDF with a credential.jwt attachment, a VC-JWT, or JSON {"jwt": "…"}`,
    };
  }
  const verified = await verifyCredentialJwt(jwt, keySet, options);
  if (!verified.ok) return { verdict: 'invalid', reason: verified.reason };
  const { credential, kid } = verified;
  const status: StatusCheck = fetchStatus
    ? await checkCredentialStatus(credential, fetchStatus, keySet, options)
    : { state: 'not_checked' };
  const verdict =
    status.state === 'revoked' ? 'revoked' : status.state === 'unavailable' ? 'status_unavailable' : 'valid';
  return { verdict, kid, credential, summary: summariseCredential(credential), status };
}
