import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { LoginResponse } from '@campus/contracts';
import { loadConfig } from '@campus/server-config';
import { testEnv, TEST_PASSWORD } from '@campus/server-testing';
import { createApp } from '../../src/app.factory';
import { apiConfigSchema, type ApiConfig } from '../../src/config';

export interface TestApp {
  app: NestFastifyApplication;
  ds: DataSource;
  config: ApiConfig;
  /** The environment the app was built from: give it to startTestWorker so both share DB and Redis prefix. */
  env: Record<string, string | undefined>;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** The real api (Fastify, PostgreSQL, Redis) on the run's test database. One per test file. */
export async function createTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const fullEnv = testEnv(env);
  const config = loadConfig(apiConfigSchema, fullEnv);
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  // Nest buffers log lines until listen(), which supertest never calls: without this they would
  // pile up in memory for the life of the app and never be written.
  app.flushLogs();
  return {
    app,
    config,
    env: fullEnv,
    ds: app.get<DataSource>(getDataSourceToken()),
    http: () => request(app.getHttpServer()),
    close: () => app.close(),
  };
}

export async function signIn(
  t: TestApp,
  email: string,
  password = TEST_PASSWORD,
): Promise<{ token: string; cookie: string; body: LoginResponse }> {
  const res = await t.http().post('/api/auth/login').send({ email, password }).expect(200);
  return { token: res.body.accessToken, cookie: refreshCookie(res), body: res.body };
}

export function refreshCookie(res: { headers: Record<string, unknown> }): string {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const c = cookies.find((x) => x.startsWith('campus_refresh='));
  if (!c) throw new Error('no refresh cookie set');
  return c.split(';')[0];
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A problem+json answer with this status and code. */
export function expectProblem(
  res: { status: number; body: { code?: string; requestId?: string }; headers: Record<string, unknown> },
  status: number,
  code: string,
): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.body.requestId).toBeTruthy();
}
