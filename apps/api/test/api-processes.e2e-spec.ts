import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '@campus/server-config';
import { restartDelayMs } from '../src/cluster';
import { apiConfigSchema, defaultApiProcesses } from '../src/config';

// The cluster itself (processes, restart, shutdown) is tested on the built api:
// apps/web-e2e/tests/api-cluster.spec.ts. These are its settings and its back-off.
const env = {
  PUBLIC_URL: 'http://localhost:3000',
  DATABASE_URL: 'postgres://localhost/campus',
  REDIS_URL: 'redis://localhost:6379',
  ACCESS_TOKEN_SECRET: 'x'.repeat(32),
  CREDENTIAL_KEY_ENCRYPTION_KEY: 'a'.repeat(64),
  STORAGE_DIR: '/tmp/campus-files',
};

describe('API_PROCESSES', () => {
  it('defaults to one process per core but one, and at least one', () => {
    expect(loadConfig(apiConfigSchema, env).API_PROCESSES).toBe(Math.max(1, availableParallelism() - 1));
    expect([1, 2, 4, 8].map((cores) => defaultApiProcesses(cores))).toEqual([1, 1, 3, 7]);
  });

  it('takes a count of at least one and names the variable otherwise', () => {
    expect(loadConfig(apiConfigSchema, { ...env, API_PROCESSES: '3' }).API_PROCESSES).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many'])
      expect(() => loadConfig(apiConfigSchema, { ...env, API_PROCESSES: bad })).toThrow(
        expect.objectContaining({
          constructor: ConfigError,
          message: expect.stringContaining('API_PROCESSES'),
        }),
      );
  });
});

describe('restart back-off', () => {
  it('waits half a second after a first crash, doubling each crash in a row up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(restartDelayMs(1000)).toBe(30000);
  });
});
