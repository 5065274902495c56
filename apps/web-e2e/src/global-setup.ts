import type { FullConfig } from '@playwright/test';
import { startStack } from './stack';

/** Starts the isolated stack for this run; the function it returns is Playwright's teardown. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const started = Date.now();
  const stack = await startStack();
  console.log(
    `[e2e] stack ready in ${Date.now() - started} ms (database ${stack.databaseName}, logs in ${stack.logDir})`,
  );
  return async () => {
    await stack.stop();
    console.log(
      `[e2e] stack stopped; database ${stack.databaseName} dropped, Redis keys ${stack.redisPrefix}:* deleted`,
    );
  };
}
