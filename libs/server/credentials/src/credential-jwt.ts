import {
  compactVerify,
  decodeProtectedHeader,
  errors,
  importJWK,
  SignJWT,
  type JWK,
  type KeyLike,
} from 'jose';
import { OB_V3_CONTEXT, VC_V2_CONTEXT, type OpenBadgeCredential } from './open-badge-credential';

/** Media type of a VC 2.0 credential secured with JOSE (VC-JOSE-COSE), used as the JWT `typ`. */
export const VC_JWT_TYPE = 'vc+jwt';

/** The parts of any VC 2.0 credential that the JWT claims are derived from. */
export interface SignableCredential {
  id: string;
  issuer: string | { id: string };
  validFrom: string;
  credentialSubject: { id?: string };
}

export type VerifyFailureReason = 'malformed' | 'unknown_key' | 'bad_signature' | 'not_yet_valid';

export type VerifyResult<C = OpenBadgeCredential> =
  { ok: true; credential: C; kid: string } | { ok: false; reason: VerifyFailureReason };

export interface VerifyOptions {
  /** Defaults to the current time. */
  now?: Date;
  /** Clock skew tolerated on `nbf`, in seconds (issuing and verifying hosts differ). Default 60. */
  clockToleranceSeconds?: number;
}

const JWT_CLAIMS = ['iss', 'jti', 'nbf', 'sub', 'iat', 'exp'] as const;

function issuerId(credential: SignableCredential): string {
  return typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
}

function seconds(dateTime: string): number {
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms)) throw new Error(`validFrom is not a date-time: ${dateTime}`);
  return Math.floor(ms / 1000);
}

/** Imported private keys, per JWK object: a worker signs thousands of credentials with one key. */
const privateKeys = new WeakMap<JWK, Promise<KeyLike | Uint8Array>>();

/**
 * Signs a credential as a VC-JWT: the credential is the payload, with `iss` (issuer id), `jti`
 * (credential id), `nbf` (validFrom) and `sub` (subject id) added; header `{alg: EdDSA, kid, typ}`.
 * Ed25519 signatures are deterministic, so the same credential and key give the same JWT.
 */
export async function signCredential(
  credential: SignableCredential,
  key: { privateJwk: JWK; kid: string },
): Promise<string> {
  let imported = privateKeys.get(key.privateJwk);
  if (!imported) {
    imported = importJWK(key.privateJwk, 'EdDSA');
    privateKeys.set(key.privateJwk, imported);
  }
  const claims: Record<string, unknown> = {
    ...credential,
    iss: issuerId(credential),
    jti: credential.id,
    nbf: seconds(credential.validFrom),
  };
  if (credential.credentialSubject.id) claims.sub = credential.credentialSubject.id;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: VC_JWT_TYPE })
    .sign(await imported);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Verifies a VC-JWT against a JWKS and checks that the JWT claims agree with the credential they
 * wrap; `isCredential` checks the credential's own shape. Never throws.
 */
export async function verifyVcJwt<C extends SignableCredential>(
  jwt: string,
  keySet: { keys: JWK[] },
  isCredential: (value: Record<string, unknown>) => boolean,
  options: VerifyOptions = {},
): Promise<VerifyResult<C>> {
  const token = jwt.trim();
  let kid: string;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'EdDSA' || header.typ !== VC_JWT_TYPE || typeof header.kid !== 'string') {
      return { ok: false, reason: 'malformed' };
    }
    kid = header.kid;
  } catch {
    return { ok: false, reason: 'malformed' };
  }

  const keys: unknown = isRecord(keySet) ? keySet.keys : undefined;
  if (!Array.isArray(keys)) return { ok: false, reason: 'unknown_key' };
  const jwk = (keys as JWK[]).find(
    (k) => isRecord(k) && k.kid === kid && k.kty === 'OKP' && k.crv === 'Ed25519',
  );
  if (!jwk) return { ok: false, reason: 'unknown_key' };

  let payloadBytes: Uint8Array;
  try {
    const { d: _private, ...publicJwk } = jwk;
    const key = await importJWK(publicJwk, 'EdDSA');
    ({ payload: payloadBytes } = await compactVerify(token, key, { algorithms: ['EdDSA'] }));
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof errors.JWSSignatureVerificationFailed ? 'bad_signature' : 'malformed',
    };
  }

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isRecord(payload) || !isCredential(payload)) return { ok: false, reason: 'malformed' };
  const credential = payload as unknown as C;
  const subject = credential.credentialSubject;
  if (
    payload.iss !== issuerId(credential) ||
    payload.jti !== credential.id ||
    typeof payload.nbf !== 'number' ||
    (subject.id !== undefined && payload.sub !== subject.id)
  ) {
    return { ok: false, reason: 'malformed' };
  }

  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.clockToleranceSeconds ?? 60;
  const validFrom = Date.parse(credential.validFrom);
  if (Number.isNaN(validFrom)) return { ok: false, reason: 'malformed' };
  if (payload.nbf > now + tolerance || Math.floor(validFrom / 1000) > now + tolerance) {
    return { ok: false, reason: 'not_yet_valid' };
  }

  const bare: Record<string, unknown> = { ...payload };
  for (const claim of JWT_CLAIMS) delete bare[claim];
  return { ok: true, credential: bare as unknown as C, kid };
}

function hasType(value: unknown, type: string): boolean {
  return Array.isArray(value) ? value.includes(type) : value === type;
}

/** Shape check of a credential this library issues: enough for every field the verifiers read. */
export function isOpenBadgeCredential(value: Record<string, unknown>): boolean {
  const context = value['@context'];
  const subject = value.credentialSubject;
  const issuer = value.issuer;
  if (!Array.isArray(context) || context[0] !== VC_V2_CONTEXT || !context.includes(OB_V3_CONTEXT))
    return false;
  if (!hasType(value.type, 'VerifiableCredential') || !hasType(value.type, 'OpenBadgeCredential'))
    return false;
  if (typeof value.id !== 'string' || typeof value.validFrom !== 'string') return false;
  if (!isRecord(issuer) || typeof issuer.id !== 'string' || typeof issuer.name !== 'string') return false;
  if (!isRecord(subject) || typeof subject.name !== 'string' || !isRecord(subject.achievement)) return false;
  const achievement = subject.achievement;
  if (typeof achievement.name !== 'string' || !isRecord(achievement.criteria)) return false;
  return typeof achievement.criteria.narrative === 'string';
}

/** Verifies a Campus certificate's VC-JWT against the issuer's JWKS. Never throws. */
export function verifyCredentialJwt(
  jwt: string,
  keySet: { keys: JWK[] },
  options: VerifyOptions = {},
): Promise<VerifyResult<OpenBadgeCredential>> {
  return verifyVcJwt<OpenBadgeCredential>(jwt, keySet, isOpenBadgeCredential, options);
}
