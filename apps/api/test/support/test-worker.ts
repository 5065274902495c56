import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@campus/server-config';
import { workerConfigSchema } from '../../../worker/src/config';
import { WorkerModule } from '../../../worker/src/worker.module';

/**
 * The real worker (outbox relay + BullMQ processors) in the test process, sharing the api's
 * Redis prefix so it consumes the jobs the api's outbox produces.
 */
export async function startTestWorker(
  env: Record<string, string | undefined>,
): Promise<INestApplicationContext> {
  const config = loadConfig(workerConfigSchema, { OUTBOX_POLL_MS: '50', LOG_LEVEL: 'silent', ...env });
  const ctx = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  await ctx.init();
  return ctx;
}
