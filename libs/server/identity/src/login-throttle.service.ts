import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { DomainError } from '@campus/contracts';
import { REDIS_CLIENT, SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { hashToken } from './tokens';

const WINDOW_SECONDS = 15 * 60;

/**
 * Slows down password guessing per account and per client address. After the free failures each
 * new try must wait 2^(n - free) seconds, capped, since the last failure. The cap keeps it a
 * slowdown: an attacker can never lock the real owner out for longer than the cap.
 * Counters live in Redis, so every api replica sees the same numbers.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  private keys(email: string, ip: string) {
    return [
      { key: `login-fail:acct:${hashToken(email)}`, free: this.config.LOGIN_FREE_FAILURES_PER_ACCOUNT },
      { key: `login-fail:ip:${ip}`, free: this.config.LOGIN_FREE_FAILURES_PER_IP },
    ];
  }

  /** Throws SIGN_IN_SLOWED_DOWN (429 with Retry-After) when the caller must wait. */
  async check(email: string, ip: string): Promise<void> {
    const now = Date.now();
    let wait = 0;
    for (const { key, free } of this.keys(email, ip)) {
      const [count, last] = await this.redis.hmget(key, 'count', 'last');
      const n = Number(count ?? 0);
      if (n < free) continue;
      const delayMs = Math.min(2 ** (n - free) * 1000, this.config.LOGIN_MAX_DELAY_SECONDS * 1000);
      wait = Math.max(wait, Number(last ?? 0) + delayMs - now);
    }
    if (wait > 0) {
      const retryAfter = Math.ceil(wait / 1000);
      throw new DomainError(
        'SIGN_IN_SLOWED_DOWN',
        `Too many failed sign-ins. Try again in ${retryAfter} seconds.`,
        { retryAfter },
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const multi = this.redis.multi();
    for (const { key } of this.keys(email, ip)) {
      multi.hincrby(key, 'count', 1).hset(key, 'last', Date.now()).expire(key, WINDOW_SECONDS);
    }
    await multi.exec();
  }

  /** A success clears the account's counter (the address keeps its count: it may be guessing many accounts). */
  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(`login-fail:acct:${hashToken(email)}`);
  }
}
