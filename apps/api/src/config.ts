import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { serverEnvSchema } from '@campus/server-config';

/**
 * One process per core but one, and at least one: where the api shares the machine with
 * PostgreSQL, Redis and the worker (`npm start`, compose on one host), that core is theirs. On
 * 2 cores the exam burst (bench:exam:burst) ran 1,452 req/s with one api process and 1,129 with
 * two (N = 200; N = 1,000: 1,448 and 1,187, start p95 3.3 s and 16 s): two processes fought
 * PostgreSQL for the cores and each batched half as many autosaves. An api alone in a container
 * should set API_PROCESSES to its CPUs (see docs/deployment.md).
 */
export function defaultApiProcesses(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const apiConfigSchema = serverEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Processes that serve the api on PORT (Node's cluster module; see cluster.ts). Each has its own
   * database pool (DATABASE_POOL_SIZE) and change-feed connections. Default: defaultApiProcesses.
   */
  API_PROCESSES: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(() => defaultApiProcesses()),
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
