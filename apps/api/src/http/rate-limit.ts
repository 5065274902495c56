import { applyDecorators, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import {
  normalizeIp,
  SkipThrottle,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
} from '@nestjs/throttler';
import { DomainError } from '@campus/contracts';
import type { AccessTokens } from '@campus/server-identity';
import { bearerToken, verifiedSubject } from './bearer';
import type { ApiConfig } from '../config';

export const AUTH_RATE_LIMITED = 'campus:auth-rate-limited';
/** Marks routes that attackers hammer (sign-in, registration, reset): they get the stricter 'auth' limit. */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMITED, true);

export function isAuthRateLimited(ctx: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_RATE_LIMITED, ctx.getHandler()) === true;
}

export const VERIFY_RATE_LIMITED = 'campus:verify-rate-limited';
/**
 * Public certificate verification: its own per-address limit, counted in batches like the general
 * one (a code carries 100 random bits, so the limit guards the service rather than the codes, and
 * one batch of slack per replica costs nothing; a Redis round trip per check was most of a cached
 * answer's cost). It replaces the general limit there, being the stricter of the two.
 */
export const VerifyRateLimit = () =>
  applyDecorators(SetMetadata(VERIFY_RATE_LIMITED, true), SkipThrottle({ default: true }));

export function isVerifyRateLimited(ctx: ExecutionContext): boolean {
  return Reflect.getMetadata(VERIFY_RATE_LIMITED, ctx.getHandler()) === true;
}

/** Throttler whose refusal is a problem+json 429 with Retry-After. Counters live in Redis. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _ctx: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    return Promise.reject(
      new DomainError('RATE_LIMITED', `Too many requests. Try again in ${retryAfter} seconds.`, {
        retryAfter,
      }),
    );
  }
}

/** The general limits per minute and route, after defaults and the former single setting. */
export function generalRateLimits(config: ApiConfig): { perUser: number; anonymous: number } {
  return {
    perUser: config.RATE_LIMIT_PER_USER_PER_MINUTE ?? config.RATE_LIMIT_PER_MINUTE ?? 600,
    anonymous: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? config.RATE_LIMIT_PER_MINUTE ?? 600,
  };
}

/** Whom a request counts against under the general limit. */
interface Requester {
  signedIn: boolean;
  tracker: string;
}

/**
 * The general limit ('default', so `@SkipThrottle()` still skips it), counted per person: a request
 * whose access token verifies counts against its user, any other against its client address (as
 * the Fastify request sees it, so TRUST_PROXY applies). A whole school often shares one address, so
 * counting signed-in requests per address refused most of an exam room's autosaves. The token is
 * verified exactly as the auth guard does (signature, issuer, audience, expiry); an unverified
 * subject is never trusted, or anyone could spread requests over made-up ids: a forged or expired
 * token counts against its address like no token at all. The auth and verify limits keep counting
 * per address (the guard's own tracker).
 */
export function perPersonThrottler(
  tokens: AccessTokens,
  limits: { perUser: number; anonymous: number },
): ThrottlerOptions {
  const requesterOf = (req: FastifyLikeRequest) => identify(req, tokens);
  return {
    name: 'default',
    ttl: 60_000,
    limit: async (ctx) =>
      (await requesterOf(ctx.switchToHttp().getRequest<FastifyLikeRequest>())).signedIn
        ? limits.perUser
        : limits.anonymous,
    getTracker: async (req) => (await requesterOf(req as FastifyLikeRequest)).tracker,
  };
}

interface FastifyLikeRequest {
  ip: string;
  headers: { authorization?: string };
}

async function identify(req: FastifyLikeRequest, tokens: AccessTokens): Promise<Requester> {
  const token = bearerToken(req);
  if (token) {
    try {
      return { signedIn: true, tracker: `user:${(await verifiedSubject(req, token, tokens)).userId}` };
    } catch {
      // Invalid, forged or expired: the auth guard answers 401; the request counts per address.
    }
  }
  return { signedIn: false, tracker: `address:${normalizeIp(req.ip)}` };
}
