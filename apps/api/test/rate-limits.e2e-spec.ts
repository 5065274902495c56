import { loadConfig } from '@campus/server-config';
import { TEST_PASSWORD, testEnv, UserFactory, uniqueEmail, uniqueRedisPrefix } from '@campus/server-testing';
import { apiConfigSchema } from '../src/config';
import { generalRateLimits } from '../src/http/rate-limit';
import { accessTokenFor, expiredAccessTokenFor, forgedAccessTokenFor } from './support/access-tokens';
import { bearer, createTestApp, expectProblem, type TestApp } from './support/test-app';

describe('rate limits and sign-in slowdown, shared by api replicas through Redis', () => {
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    // Two api instances, as behind a load balancer: same database, same Redis prefix.
    const shared = {
      REDIS_PREFIX: uniqueRedisPrefix('replicas'),
      RATE_LIMIT_AUTH_PER_MINUTE: '6',
      LOGIN_FREE_FAILURES_PER_ACCOUNT: '3',
      LOGIN_FREE_FAILURES_PER_IP: '100000',
    };
    one = await createTestApp(shared);
    two = await createTestApp(shared);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('counts auth requests across both replicas and answers 429 with Retry-After', async () => {
    // Password-reset requests: an auth-limited route with no other side effect on the counters.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? one : two;
      statuses.push(
        (
          await app
            .http()
            .post('/api/auth/password-reset/request')
            .send({ email: uniqueEmail('flood') })
        ).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202]);
    const limited = await two
      .http()
      .post('/api/auth/password-reset/request')
      .send({ email: uniqueEmail('flood') });
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.retryAfter).toBe(Number(limited.headers['retry-after']));
    expectProblem(
      await one
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: uniqueEmail('flood') }),
      429,
      'RATE_LIMITED',
    );
    // Limits count per route and address: other routes are not affected.
    await one
      .http()
      .post('/api/auth/register')
      .send({ email: uniqueEmail('x'), name: 'X', password: 'long-enough-password' })
      .expect(202);
    await one.http().get('/api/settings/public').expect(200);
  });
});

describe('failed sign-ins slow down per account, never lock out for good', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_FREE_FAILURES_PER_ACCOUNT: '3',
      LOGIN_FREE_FAILURES_PER_IP: '100000',
      LOGIN_MAX_DELAY_SECONDS: '2',
    });
  });
  afterAll(() => t.close());

  it('makes the next try wait after the free failures, also with the right password, then lets the owner in', async () => {
    const user = await UserFactory.create(t.ds);
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: user.email, password: `guess-number-${i}` }),
        401,
        'INVALID_CREDENTIALS',
      );
    }
    const slowed = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expectProblem(slowed, 429, 'SIGN_IN_SLOWED_DOWN');
    const wait = Number(slowed.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);

    // Another account from the same address is not affected by this account's counter.
    const other = await UserFactory.create(t.ds);
    await t.http().post('/api/auth/login').send({ email: other.email, password: TEST_PASSWORD }).expect(200);

    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    // Success clears the account's counter: one new mistake is just a 401 again.
    expectProblem(
      await t.http().post('/api/auth/login').send({ email: user.email, password: 'one-more-typo' }),
      401,
      'INVALID_CREDENTIALS',
    );
  });

  it('slows down guessing from one address across many accounts', async () => {
    const ip = await createTestApp({
      LOGIN_FREE_FAILURES_PER_ACCOUNT: '100',
      LOGIN_FREE_FAILURES_PER_IP: '4',
      LOGIN_MAX_DELAY_SECONDS: '2',
    });
    try {
      for (let i = 0; i < 4; i++) {
        await ip
          .http()
          .post('/api/auth/login')
          .send({ email: uniqueEmail('spray'), password: 'spray-password' })
          .expect(401);
      }
      expectProblem(
        await ip
          .http()
          .post('/api/auth/login')
          .send({ email: uniqueEmail('spray'), password: 'spray-password' }),
        429,
        'SIGN_IN_SLOWED_DOWN',
      );
    } finally {
      await ip.close();
    }
  });
});

describe('the general request limit, counted in Redis in batches', () => {
  let one: TestApp;
  let two: TestApp;
  const settle = () => new Promise((r) => setTimeout(r, 250)); // longer than one flush interval

  beforeAll(async () => {
    const shared = { REDIS_PREFIX: uniqueRedisPrefix('general'), RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10' };
    one = await createTestApp(shared);
    two = await createTestApp(shared);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('adds up both replicas and answers 429 with Retry-After once the total passes the limit', async () => {
    for (let i = 0; i < 8; i++) await one.http().get('/api/catalogue').expect(200);
    await settle();
    // Replica two learns the shared total with its first flush.
    await two.http().get('/api/catalogue').expect(200);
    await settle();
    await two.http().get('/api/catalogue').expect(200); // 10th request: at the limit
    const limited = await two.http().get('/api/catalogue');
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Replica one learns the new total with its next flush: at most one interval's requests slip by.
    await one.http().get('/api/catalogue');
    await settle();
    expectProblem(await one.http().get('/api/catalogue'), 429, 'RATE_LIMITED');
  });
});

describe('the general limit counts signed-in requests per person, anonymous ones per address', () => {
  let t: TestApp;
  const limit = 5;

  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_PER_USER_PER_MINUTE: String(limit),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(limit),
    });
  });
  afterAll(() => t.close());

  it('refuses one person past their own limit with Retry-After; others from the same address go on', async () => {
    const [ana, ben] = await Promise.all([UserFactory.create(t.ds), UserFactory.create(t.ds)]);
    const anaToken = await accessTokenFor(t, ana);
    for (let i = 0; i < limit; i++) await t.http().get('/api/me').set(bearer(anaToken)).expect(200);
    const limited = await t.http().get('/api/me').set(bearer(anaToken));
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.retryAfter).toBe(Number(limited.headers['retry-after']));

    // Same address (supertest always comes from 127.0.0.1), same route, another person: unaffected.
    const benToken = await accessTokenFor(t, ben);
    for (let i = 0; i < limit; i++) await t.http().get('/api/me').set(bearer(benToken)).expect(200);
    // Nor did Ana's requests use up the address's anonymous allowance on that route.
    expectProblem(await t.http().get('/api/me'), 401, 'UNAUTHENTICATED');
  });

  it('still limits anonymous requests per address, and a signed-in person there is not counted with them', async () => {
    for (let i = 0; i < limit; i++) await t.http().get('/api/catalogue').expect(200);
    const limited = await t.http().get('/api/catalogue');
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const someone = await UserFactory.create(t.ds);
    await t
      .http()
      .get('/api/catalogue')
      .set(bearer(await accessTokenFor(t, someone)))
      .expect(200);
  });

  it('counts a forged token per address, never against the user it names', async () => {
    const victim = await UserFactory.create(t.ds);
    const forged = await forgedAccessTokenFor(victim.id);
    const route = '/api/settings/public';
    for (let i = 0; i < limit; i++) await t.http().get(route).set(bearer(forged)).expect(200);
    // The forged requests used up the address's allowance: anonymous requests there are refused…
    expectProblem(await t.http().get(route).set(bearer(forged)), 429, 'RATE_LIMITED');
    expectProblem(await t.http().get(route), 429, 'RATE_LIMITED');
    // …and the named user's own allowance is untouched: all of it is still there.
    const token = await accessTokenFor(t, victim);
    for (let i = 0; i < limit; i++) await t.http().get(route).set(bearer(token)).expect(200);
    expectProblem(await t.http().get(route).set(bearer(token)), 429, 'RATE_LIMITED');
  });

  it('counts an expired token per address too', async () => {
    const user = await UserFactory.create(t.ds);
    const expired = await expiredAccessTokenFor(t, user.id);
    const route = '/api/catalogue/no-such-course';
    // The auth guard refuses the token (401) after the limit has counted it against the address.
    for (let i = 0; i < limit; i++) await t.http().get(route).set(bearer(expired)).expect(401);
    expectProblem(await t.http().get(route), 429, 'RATE_LIMITED');
    await t
      .http()
      .get(route)
      .set(bearer(await accessTokenFor(t, user)))
      .expect(404);
  });
});

describe('rate-limit settings', () => {
  const limits = (env: Record<string, string | undefined>) =>
    generalRateLimits(
      loadConfig(
        apiConfigSchema,
        testEnv({ RATE_LIMIT_PER_MINUTE: undefined, RATE_LIMIT_AUTH_PER_MINUTE: undefined, ...env }),
      ),
    );

  it('defaults to 600 per person and 600 per anonymous address, per route and minute', () => {
    expect(limits({})).toEqual({ perUser: 600, anonymous: 600 });
  });

  it('reads the former RATE_LIMIT_PER_MINUTE as both limits, the new names winning', () => {
    expect(limits({ RATE_LIMIT_PER_MINUTE: '50' })).toEqual({ perUser: 50, anonymous: 50 });
    expect(
      limits({
        RATE_LIMIT_PER_MINUTE: '50',
        RATE_LIMIT_PER_USER_PER_MINUTE: '900',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '120',
      }),
    ).toEqual({ perUser: 900, anonymous: 120 });
  });

  it('refuses a limit that is not a positive whole number, naming the variable', () => {
    expect(() => limits({ RATE_LIMIT_PER_USER_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_USER_PER_MINUTE/);
    expect(() => limits({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_ANONYMOUS_PER_MINUTE/,
    );
  });
});
