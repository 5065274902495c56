/**
 * @jest-environment node
 */
// Pure client logic: fetch is the only thing faked here (Node's Response stands in for the API).
import type { CurrentUser, LoginResponse } from '@campus/contracts';
import { ApiError } from './api-error';
import { ApiClient } from './http-client';

const user: CurrentUser = {
  id: 'u1',
  email: 'a@b.eu',
  name: 'A',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}
const problem = (status: number, code: string, extra: object = {}) =>
  json(status, { type: 'x', title: 't', status, code, detail: `${code} detail`, requestId: 'r1', ...extra });
const session = (token: string): LoginResponse => ({ accessToken: token, expiresIn: 900, user: { ...user } });

/** A fake API: accepts only `validToken`; /auth/refresh answers with `refreshAnswer` after a tick. */
function fakeApi(opts: { validToken: string; refreshAnswer: () => Response }) {
  const calls: { url: string; auth?: string }[] = [];
  const fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const auth = (init?.headers as Record<string, string>)?.Authorization;
    calls.push({ url, auth });
    if (url.endsWith('/auth/refresh')) {
      await new Promise((r) => setTimeout(r, 10));
      return opts.refreshAnswer();
    }
    if (auth !== `Bearer ${opts.validToken}`) return problem(401, 'UNAUTHENTICATED');
    return json(200, { url });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('ApiClient', () => {
  it('refreshes once for many requests that fail together with an expired token, then retries each', async () => {
    const server = fakeApi({ validToken: 'fresh', refreshAnswer: () => json(200, session('fresh')) });
    const client = new ApiClient({ fetch: server.fetch, locks: null });
    client.setSession(session('expired'));

    const results = await Promise.all([client.get('/a'), client.get('/b'), client.get('/c')]);

    expect(results).toEqual([{ url: '/api/a' }, { url: '/api/b' }, { url: '/api/c' }]);
    expect(server.calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    const retried = server.calls.filter((c) => c.auth === 'Bearer fresh').map((c) => c.url);
    expect(retried.sort()).toEqual(['/api/a', '/api/b', '/api/c']);
    expect(client.getSnapshot()).toMatchObject({ status: 'signed-in', user: { email: 'a@b.eu' } });
  });

  it('shares one refresh between concurrent callers and restores the session only once', async () => {
    const server = fakeApi({ validToken: 'fresh', refreshAnswer: () => json(200, session('fresh')) });
    const client = new ApiClient({ fetch: server.fetch, locks: null });

    const [a, b, c] = await Promise.all([client.restoreSession(), client.restoreSession(), client.refresh()]);

    expect([a, b, c]).toEqual([true, true, true]);
    expect(server.calls.filter((x) => x.url.endsWith('/auth/refresh'))).toHaveLength(1);
    await client.restoreSession();
    expect(server.calls.filter((x) => x.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('serialises refreshes through the lock manager when one is available', async () => {
    const server = fakeApi({ validToken: 'fresh', refreshAnswer: () => json(200, session('fresh')) });
    const names: string[] = [];
    const locks = { request: <T>(name: string, cb: () => Promise<T>) => (names.push(name), cb()) };
    const client = new ApiClient({ fetch: server.fetch, locks });
    await client.refresh();
    expect(names).toEqual(['campus-auth-refresh']);
  });

  it('signs out when the refresh cookie is rejected, and the request fails as unauthenticated', async () => {
    const server = fakeApi({
      validToken: 'never',
      refreshAnswer: () => problem(401, 'INVALID_REFRESH_TOKEN'),
    });
    const client = new ApiClient({ fetch: server.fetch, locks: null });
    client.setSession(session('expired'));
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getSnapshot().status));

    await expect(client.get('/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    expect(client.getSnapshot()).toEqual({ status: 'signed-out', user: null });
    expect(client.hasAccessToken()).toBe(false);
    expect(seen).toEqual(['signed-out']);
  });

  it('does not refresh for requests sent without a token (e.g. a wrong password at sign-in)', async () => {
    const fetch = jest.fn(() => Promise.resolve(problem(401, 'INVALID_CREDENTIALS')));
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    await expect(client.post('/auth/login', { email: 'a@b.eu', password: 'x' })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('turns problem+json into an ApiError with field errors and retryAfter', async () => {
    const fetch = jest.fn(() =>
      Promise.resolve(
        problem(400, 'VALIDATION_FAILED', {
          errors: [{ field: 'email', message: 'Bad e-mail' }],
          retryAfter: 7,
        }),
      ),
    );
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    const err = await client.post('/auth/register', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).fieldErrorMap()).toEqual({ email: 'Bad e-mail' });
    expect((err as ApiError).retryAfter).toBe(7);
    expect((err as ApiError).detail).toBe('VALIDATION_FAILED detail');
  });

  it('reports an unreachable API as NETWORK_ERROR', async () => {
    const fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    await expect(client.get('/settings/public')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('sends JSON with the bearer token and a query string without empty values', async () => {
    const fetch = jest.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    client.setSession(session('tok'));
    await client.request('PATCH', '/me', {
      body: { name: 'B' },
      query: { page: 2, q: '', status: undefined },
    });
    expect(fetch).toHaveBeenCalledWith(
      '/api/me?page=2',
      expect.objectContaining({
        method: 'PATCH',
        body: '{"name":"B"}',
        headers: expect.objectContaining({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' }),
      }),
    );
  });
  it('downloads a file as a Blob with the bearer token, bytes untouched (e.g. a CSV with BOM)', async () => {
    const csv = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]);
    const fetch = jest.fn(() =>
      Promise.resolve(new Response(csv, { status: 200, headers: { 'Content-Type': 'text/csv' } })),
    );
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    client.setSession(session('tok'));
    const blob = await client.blob('/orgs/o1/progress.csv', { courseId: 'c1', status: undefined });
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...csv]);
    expect(fetch).toHaveBeenCalledWith(
      '/api/orgs/o1/progress.csv?courseId=c1',
      expect.objectContaining({
        method: 'GET',
        headers: expect.objectContaining({ Authorization: 'Bearer tok', Accept: '*/*' }),
      }),
    );
  });

  it('sends FormData as is, without a JSON Content-Type, so the browser sets the multipart boundary', async () => {
    const fetch = jest.fn(() => Promise.resolve(json(201, { id: 'f1' })));
    const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    client.setSession(session('tok'));
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
    await expect(
      client.upload('/authoring/courses/c1/files', form, { purpose: 'lesson-file' }),
    ).resolves.toEqual({
      id: 'f1',
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/authoring/courses/c1/files?purpose=lesson-file');
    expect(init.body).toBe(form);
    expect(init.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok' });
  });
});
