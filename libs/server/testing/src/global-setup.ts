import { createMigratedDatabase } from './databases';
import { TEST_DATABASE_URL_VAR, TEST_REDIS_PREFIX_VAR } from './test-env';

/** One database per test run: created and migrated here, dropped in global-teardown. */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_DATABASE_URL_VAR]) return; // another project of this run already made it
  const url = await createMigratedDatabase('campus_test');
  process.env[TEST_DATABASE_URL_VAR] = url;
  process.env[TEST_REDIS_PREFIX_VAR] = `campus-test-${new URL(url).pathname.slice(1)}`;
}
