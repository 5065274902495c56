import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Relative: Jest applies moduleNameMapper to tests, not to globalSetup, which imports this file.
import { createDataSource, runMigrations } from '../../db/src/data-source';
import { ensureShippedFramework } from '../../self-assessment/src/shipped-framework.seed';
import { ADMIN_DATABASE_URL } from './test-env';

/** Creates and migrates a new database named `${label}_<time>_<random>`; returns its URL. */
export async function createMigratedDatabase(label: string): Promise<string> {
  const name = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  // Every database has the shipped framework, as `npm run db:migrate` leaves it.
  const ds = createDataSource({ url: url.toString(), poolSize: 1 });
  await ds.initialize();
  try {
    await ensureShippedFramework(ds);
  } finally {
    await ds.destroy();
  }
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * A database of its own for a test file whose outbox must not meet other files' workers. The run's
 * files share one database, and every worker relays any pending outbox row into the queues of its
 * own Redis prefix; a job taken by another file's worker is lost when that file closes it. (In
 * production every process shares one prefix, so any worker may relay any row.)
 */
export function createPrivateTestDatabase(): Promise<string> {
  return createMigratedDatabase('campus_test_private');
}
