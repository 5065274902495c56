import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_REDIS_PREFIX_VAR, TEST_REDIS_URL, testDatabaseUrl, uniqueRedisPrefix } from './test-env';

/**
 * One file storage per test run, like the one shared volume of production: a worker of any test
 * file may render a file (a certificate's PDF) that another file's api then serves.
 */
export function runStorageDir(): string {
  return join(tmpdir(), 'campus-test-files', process.env[TEST_REDIS_PREFIX_VAR] ?? 'campus-test');
}

/**
 * Environment for an api or worker under test: the run's database, a private Redis prefix, a cheap
 * password hash (production keeps the real cost), and generous rate limits unless a test lowers them.
 */
export function testEnv(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://campus.test',
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: uniqueRedisPrefix(),
    ACCESS_TOKEN_SECRET: randomBytes(32).toString('hex'),
    // One per test database: signing keys sealed by one app of the run must open in the others.
    CREDENTIAL_KEY_ENCRYPTION_KEY: createHash('sha256').update(`kek:${testDatabaseUrl()}`).digest('hex'),
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    LOGIN_FREE_FAILURES_PER_IP: '100000',
    EMAIL_BACKOFF_MS: '100',
    STORAGE_DIR: runStorageDir(),
    ...overrides,
  };
}
