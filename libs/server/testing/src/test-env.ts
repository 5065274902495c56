import { randomBytes } from 'node:crypto';

/** Written by global-setup into process.env, which Jest's workers inherit. */
export const TEST_DATABASE_URL_VAR = 'CAMPUS_TEST_DATABASE_URL';
export const TEST_REDIS_PREFIX_VAR = 'CAMPUS_TEST_REDIS_PREFIX';

export const ADMIN_DATABASE_URL =
  process.env['CAMPUS_TEST_ADMIN_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['CAMPUS_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_URL_VAR];
  if (!url)
    throw new Error(
      `${TEST_DATABASE_URL_VAR} is not set: run the tests through jest (its globalSetup creates the database).`,
    );
  return url;
}

/** A fresh Redis prefix per app instance, so rate limits and queues of two test files never meet. */
export function uniqueRedisPrefix(label = 'app'): string {
  return `${process.env[TEST_REDIS_PREFIX_VAR] ?? 'campus-test'}:${label}-${randomBytes(4).toString('hex')}`;
}

export function uniqueEmail(label = 'person'): string {
  return `${label}-${randomBytes(5).toString('hex')}@test.campus`;
}
