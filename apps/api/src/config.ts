import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { serverEnvSchema } from '@campus/server-config';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const apiConfigSchema = serverEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Processes that serve the api on PORT (Node's cluster module; see cluster.ts). One process runs
   * JavaScript on one core, so the default is one per core. Each has its own database pool
   * (DATABASE_POOL_SIZE) and change-feed connections.
   */
  API_PROCESSES: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(() => availableParallelism()),
  HOST: z.string().default('0.0.0.0'),
  /** Behind a load balancer: trust X-Forwarded-For so rate limits see the client's address. */
  TRUST_PROXY: bool.default(false),
  /** The refresh cookie's Secure flag; only the local demo over plain http turns it off. */
  COOKIE_SECURE: bool.default(true),
  /** The built web app, served at / with the SPA fallback. Absent: the api serves only /api. */
  WEB_DIST_DIR: z.string().optional(),
  /**
   * The general limit, per route and minute (defaults and the fallback: `generalRateLimits`).
   * Signed-in requests (a valid access token) count per person, so a school's exam room behind one
   * address is not one client; the default 600 lets a learner autosave every second all exam long.
   */
  RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  /** Requests without a valid access token count per client address (public pages, refresh); 600. */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  /** Former name of the general limit: the value of both limits above where they are unset. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  /** Sign-in, registration, password reset and invitation acceptance, per client address. */
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Public certificate verification (by code or file), per client address. */
  RATE_LIMIT_VERIFY_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;
