import { ConfigError, loadConfig } from '@campus/server-config';
import { testEnv } from '@campus/server-testing';
import { apiConfigSchema } from '../src/config';
import { createTestApp, expectProblem, type TestApp } from './support/test-app';

describe('platform endpoints and conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness', async () => {
    await t.http().get('/api/health').expect(200, { status: 'ok' });
    await t.http().get('/api/ready').expect(200, { status: 'ready', postgres: 'up', redis: 'up' });
  });

  it('answers 503 with Retry-After when Redis is unreachable', async () => {
    // BullMQ reports its failed connection attempts on the console; expected here.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await broken.http().get('/api/ready');
      expectProblem(res, 503, 'DEPENDENCY_DOWN');
      expect(res.body.detail).toContain('Redis');
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await broken.close();
      quiet.mockRestore();
    }
  });

  it('serves an OpenAPI document generated from the code, with the zod schemas', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/orgs/{orgId}/members', '/api/admin/users']),
    );
    const login = res.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(res.body.components?.schemas ?? login)).toContain('password');
  });

  it('echoes a valid X-Request-Id and puts the request id in every problem', async () => {
    const res = await t.http().get('/api/no-such-route').set('X-Request-Id', 'trace-123');
    expectProblem(res, 404, 'NOT_FOUND');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.body.requestId).toBe('trace-123');
    const generated = await t.http().get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the security headers on every response, HSTS only where cookies are secure', async () => {
    for (const res of [await t.http().get('/api/health'), await t.http().get('/api/no-such-route')]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    const secure = await createTestApp({ COOKIE_SECURE: 'true' });
    try {
      const res = await secure.http().get('/api/health').expect(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it('refuses oversized bodies with 413', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'a@b.eu', password: 'x'.repeat(3 * 1024 * 1024) });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('stops at boot on bad configuration, naming each variable', () => {
    const attempt = () =>
      loadConfig(
        apiConfigSchema,
        testEnv({ ACCESS_TOKEN_SECRET: 'short', DATABASE_URL: 'mysql://x', PORT: 'eighty' }),
      );
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      expect((err as Error).message).toMatch(/ACCESS_TOKEN_SECRET/);
      expect((err as Error).message).toMatch(/DATABASE_URL/);
      expect((err as Error).message).toMatch(/PORT/);
    }
    expect(() => loadConfig(apiConfigSchema, { ...testEnv(), PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL/);
  });
});
