import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { sqlPool } from '@campus/server-db';
import { createTestApp, expectProblem, type TestApp } from './support/test-app';

/**
 * A pool that stays exhausted past its connect timeout (a rush larger than the pool, a database
 * restarting) is a dependency that is down: 503 with Retry-After, never a 500 that reads as a bug.
 */
describe('a database that cannot serve in time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '1' });
  });
  afterAll(() => t.close());

  it('answers 503 DEPENDENCY_DOWN with Retry-After, and serves again once a connection is free', async () => {
    // A search no cache holds, so the request needs a connection.
    const search = () => t.http().get(`/api/catalogue?q=${randomUUID().slice(0, 8)}`);
    const held: PoolClient = await sqlPool(t.ds).connect();
    try {
      const res = await search();
      expectProblem(res, 503, 'DEPENDENCY_DOWN');
      expect(res.headers['retry-after']).toBe('2');
    } finally {
      held.release();
    }
    expect((await search()).status).toBe(200);
  }, 30_000);
});
