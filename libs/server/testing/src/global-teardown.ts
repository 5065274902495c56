import IORedis from 'ioredis';
import { rmSync } from 'node:fs';
import { dropDatabase } from './databases';
import { runStorageDir } from './test-config';
import { TEST_DATABASE_URL_VAR, TEST_REDIS_PREFIX_VAR, TEST_REDIS_URL } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const url = process.env[TEST_DATABASE_URL_VAR];
  if (!url) return;
  rmSync(runStorageDir(), { recursive: true, force: true });
  delete process.env[TEST_DATABASE_URL_VAR];
  await dropDatabase(url);
  const prefix = process.env[TEST_REDIS_PREFIX_VAR];
  if (prefix) await deleteKeys(`${prefix}:*`);
}

async function deleteKeys(pattern: string): Promise<void> {
  const redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
