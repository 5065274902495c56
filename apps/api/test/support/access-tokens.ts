import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { AccessTokens } from '@campus/server-identity';
import type { TestApp } from './test-app';

/**
 * An access token for `user`, issued by the api's own AccessTokens, without a sign-in: many learners
 * at once would otherwise meet the per-address sign-in limit before the test reaches what it measures.
 */
export function accessTokenFor(
  t: TestApp,
  user: { id: string; credentialsVersion: number },
): Promise<string> {
  return t.app.get(AccessTokens).issue(user.id, user.credentialsVersion);
}

/** Claims shaped like the api's; `expiresAt` in seconds since the epoch. */
function sign(secret: string, userId: string, expiresAt: number): Promise<string> {
  return new SignJWT({ cv: 0 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer('campus')
    .setAudience('campus-api')
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

/** Signed with the api's key, for a real user, but expired an hour ago. */
export function expiredAccessTokenFor(t: TestApp, userId: string): Promise<string> {
  return sign(t.config.ACCESS_TOKEN_SECRET, userId, inSeconds(-3600));
}

/** A token with the right shape and a real user's id, signed with a key the api does not know. */
export function forgedAccessTokenFor(userId: string): Promise<string> {
  return sign(randomBytes(32).toString('hex'), userId, inSeconds(3600));
}
