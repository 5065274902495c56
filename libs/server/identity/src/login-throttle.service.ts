import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { DomainError } from '@campus/contracts';
import { REDIS_CLIENT, SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { hashToken } from './tokens';

const WINDOW_SECONDS = 15 * 60;

/**
 * KEYS: the counters (hashes with `count` and `last`). ARGV: now (ms), the delay cap (ms), the
 * window (s), then each key's free failures. Answers the wait in ms (0: the try is reserved, every
 * counter went up by one and `last` is now). One script, so Redis runs it without interleaving.
 */
const RESERVE = `
local now = tonumber(ARGV[1])
local cap = tonumber(ARGV[2])
local wait = 0
for i, key in ipairs(KEYS) do
  local free = tonumber(ARGV[3 + i])
  local n = tonumber(redis.call('HGET', key, 'count') or '0')
  if n >= free then
    local last = tonumber(redis.call('HGET', key, 'last') or '0')
    local delay = math.min(2 ^ (n - free) * 1000, cap)
    wait = math.max(wait, last + delay - now)
  end
end
if wait > 0 then return math.ceil(wait) end
for _, key in ipairs(KEYS) do
  redis.call('HINCRBY', key, 'count', 1)
  redis.call('HSET', key, 'last', ARGV[1])
  redis.call('EXPIRE', key, tonumber(ARGV[3]))
end
return 0
`;

/** KEYS: the account's counter, the address's. Never leaves a counter behind without its expiry. */
const RELEASE = `
redis.call('DEL', KEYS[1])
if redis.call('HEXISTS', KEYS[2], 'count') == 1 then redis.call('HINCRBY', KEYS[2], 'count', -1) end
return 0
`;

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

  /**
   * Reserves one try, atomically for both counters: throws SIGN_IN_SLOWED_DOWN (429 with
   * Retry-After) when the caller must wait, else counts the try as a failure before the password is
   * checked, so parallel guesses cannot all pass the check. A correct password then gives the
   * reservation back (`recordSuccess`).
   */
  async reserve(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const wait = (await this.redis.eval(
      RESERVE,
      keys.length,
      ...keys.map((k) => k.key),
      Date.now(),
      this.config.LOGIN_MAX_DELAY_SECONDS * 1000,
      WINDOW_SECONDS,
      ...keys.map((k) => k.free),
    )) as number;
    if (wait > 0) {
      const retryAfter = Math.ceil(wait / 1000);
      throw new DomainError(
        'SIGN_IN_SLOWED_DOWN',
        `Too many failed sign-ins. Try again in ${retryAfter} seconds.`,
        { retryAfter },
      );
    }
  }

  /**
   * A success clears the account's counter and gives the address back the try it reserved (the
   * address keeps its earlier failures: it may be guessing many accounts).
   */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const [acct, addr] = this.keys(email, ip);
    await this.redis.eval(RELEASE, 2, acct.key, addr.key);
  }
}
