import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { DomainError } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';

const ISSUER = 'campus';
const AUDIENCE = 'campus-api';

/** Short-lived HS256 access tokens carrying only the user id. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;

  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    this.key = new TextEncoder().encode(config.ACCESS_TOKEN_SECRET);
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw new Error('no subject');
      return payload.sub;
    } catch {
      throw new DomainError(
        'UNAUTHENTICATED',
        'The access token is missing, invalid or expired. Sign in again.',
      );
    }
  }
}
