import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Relative: Jest applies moduleNameMapper to tests, not to globalSetup.
import { runMigrations } from '../../db/src/data-source';
import { ADMIN_DATABASE_URL, TEST_DATABASE_URL_VAR, TEST_REDIS_PREFIX_VAR } from './test-env';

/** One database per test run: created and migrated here, dropped in global-teardown. */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_DATABASE_URL_VAR]) return; // another project of this run already made it
  const name = `campus_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  process.env[TEST_DATABASE_URL_VAR] = url.toString();
  process.env[TEST_REDIS_PREFIX_VAR] = `campus-test-${name}`;
  await runMigrations(url.toString());
}
