import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '@campus/contracts';

export const AUTH_RATE_LIMITED = 'campus:auth-rate-limited';
/** Marks routes that attackers hammer (sign-in, registration, reset): they get the stricter 'auth' limit. */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMITED, true);

export function isAuthRateLimited(ctx: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_RATE_LIMITED, ctx.getHandler()) === true;
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
