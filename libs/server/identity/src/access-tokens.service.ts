import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { DomainError } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';

const ISSUER = 'campus';
const AUDIENCE = 'campus-api';

/** Who a valid access token names, and under which password (see `users.credentials_version`). */
export interface TokenSubject {
  userId: string;
  credentialsVersion: number;
}

/**
 * Short-lived HS256 access tokens carrying the user id and the user's credentials version (`cv`).
 * A password change or reset raises the version, so every token issued before it stops working at
 * once (the actor is loaded from PostgreSQL on each request anyway). A token without `cv` counts as
 * version 0: it dies with the first change.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;

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
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw new Error('no subject');
      const cv = payload['cv'] ?? 0;
      if (typeof cv !== 'number' || !Number.isInteger(cv)) throw new Error('bad credentials version');
      return { userId: payload.sub, credentialsVersion: cv };
    } catch {
      throw new DomainError(
        'UNAUTHENTICATED',
        'The access token is missing, invalid or expired. Sign in again.',
      );
    }
  }
}
