import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@campus/server-config';
import { testEnv } from '@campus/server-testing';
import { workerConfigSchema, type WorkerConfig } from '../src/config';
import { WorkerModule } from '../src/worker.module';

export interface TestWorker {
  ctx: INestApplicationContext;
  ds: DataSource;
  config: WorkerConfig;
  close: () => Promise<void>;
}

/** The real worker module (relay + BullMQ processors) on the run's database and a private Redis prefix. */
export async function startWorker(env: Record<string, string | undefined>): Promise<TestWorker> {
  const config = loadConfig(workerConfigSchema, testEnv({ OUTBOX_POLL_MS: '50', ...env }));
  const ctx = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await ctx.init();
  return { ctx, config, ds: ctx.get<DataSource>(getDataSourceToken()), close: () => ctx.close() };
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
