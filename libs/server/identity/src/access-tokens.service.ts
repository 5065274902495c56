import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { DomainError } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';

const ISSUER = 'campus';
const AUDIENCE = 'campus-api';
/** Tokens remembered as verified: about one per person active in the last TTL, ~300 bytes each. */
const VERIFIED_CAPACITY = 10_000;

/** Who a valid access token names, and under which password (see `users.credentials_version`). */
export interface TokenSubject {
  userId: string;
  credentialsVersion: number;
}

/**
 * Short-lived HS256 access tokens carrying the user id and the user's credentials version (`cv`).
 * A password change or reset raises the version, so every token issued before it stops working at
 * once (the actor, checked on each request, carries the current version). A token without `cv` counts as
 * version 0: it dies with the first change.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;
  /**
   * Token → what it names, until it expires. Checking the signature and claims again on every
   * request of a session was ~10% of the api's CPU under an exam rush, and gives nothing new: the
   * token cannot change, and revocation comes from the actor (credentials version, active flag).
   * Only exact tokens once verified are found here; entries leave at their expiry or oldest first.
   */
  private readonly verified = new Map<string, { subject: TokenSubject; expiresAtMs: number }>();

  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    this.key = new TextEncoder().encode(config.ACCESS_TOKEN_SECRET);
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(userId: string, credentialsVersion: number): Promise<string> {
    return new SignJWT({ cv: credentialsVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<TokenSubject> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known.subject;
    if (known) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw new Error('no subject');
      const cv = payload['cv'] ?? 0;
      if (typeof cv !== 'number' || !Number.isInteger(cv)) throw new Error('bad credentials version');
      const subject = { userId: payload.sub, credentialsVersion: cv };
      if (typeof payload.exp === 'number') this.remember(token, subject, payload.exp * 1000);
      return subject;
    } catch {
      throw new DomainError(
        'UNAUTHENTICATED',
        'The access token is missing, invalid or expired. Sign in again.',
      );
    }
  }

  private remember(token: string, subject: TokenSubject, expiresAtMs: number): void {
    this.verified.set(token, { subject, expiresAtMs });
    if (this.verified.size > VERIFIED_CAPACITY) this.verified.delete(this.verified.keys().next().value!);
  }
}
