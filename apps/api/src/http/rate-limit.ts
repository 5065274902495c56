import { applyDecorators, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '@campus/contracts';

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
