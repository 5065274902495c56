import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Settings shared by the api and the worker. Each app extends this schema with its own and parses
 * `process.env` once at boot (see loadConfig); nothing else reads the environment.
 */
export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DEMO_DATA: bool.default(false),
  PUBLIC_URL: z.url().transform((u) => u.replace(/\/+$/, '')),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL'),
  /** Prefix of every Redis key (BullMQ and rate limits), so test runs never meet `npm start`. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/)
    .default('campus'),
  /** HMAC key of the access tokens; at least 32 characters. */
  ACCESS_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** argon2id cost. Tests lower it; production keeps OWASP's recommended 19 MiB, 2 passes. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
  /** Failed sign-ins allowed per account / per address in 15 minutes before each try must wait. */
  LOGIN_FREE_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_FREE_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  /** The wait doubles with each further failure up to this cap: a slowdown, never a lockout. */
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Campus <no-reply@campus.local>'),
  /** Override the `sendEmail` job's retries declared in the Jobs registry (8 attempts, 5 s doubling). */
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).optional(),
  EMAIL_BACKOFF_MS: z.coerce.number().int().min(10).optional(),
  /**
   * Quiz answers and submits are accepted this long after an attempt's deadline, for requests
   * already on their way when the time ran out. The automatic submission runs when it has passed.
   */
  QUIZ_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(20),
  /**
   * 32 bytes (64 hex characters or 43 base64url ones) that seal the certificate signing keys in the
   * database. Demo mode generates one under .data/; production must set it and keep it safe.
   */
  CREDENTIAL_KEY_ENCRYPTION_KEY: z
    .string()
    .refine((v) => keyBytes(v)?.length === 32, 'must be 32 bytes as 64 hex or 43 base64url characters'),
  /**
   * A manager's ZIP of at most this many certificates streams in the request; a larger set is
   * built by the `reports` worker, with progress shown and an e-mail when it is ready.
   */
  CERTIFICATE_ZIP_STREAM_LIMIT: z.coerce.number().int().min(0).default(200),
  /** Days a built certificate ZIP stays downloadable before its file is removed. */
  CERTIFICATE_EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Root folder of the local-disk file storage (uploads, certificates); shared by api and worker. */
  STORAGE_DIR: z.string().min(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type ServerConfig = z.infer<typeof serverEnvSchema>;

/** The key encryption key's bytes, from hex or base64url; null when it is neither. */
export function keyBytes(value: string): Buffer | null {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9_-]{43}$/.test(value)) return Buffer.from(value, 'base64url');
  return null;
}

/** Parses the environment; a bad or missing value stops the process with a message naming the variable. */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Injection token under which each app provides its parsed config. */
export const SERVER_CONFIG = Symbol('SERVER_CONFIG');
/** Injection token of the shared ioredis client (rate limits, sign-in throttling, queue producers). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
