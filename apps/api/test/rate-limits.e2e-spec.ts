import { TEST_PASSWORD, UserFactory, uniqueEmail, uniqueRedisPrefix } from '@campus/server-testing';
import { createTestApp, expectProblem, type TestApp } from './support/test-app';

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
    const shared = { REDIS_PREFIX: uniqueRedisPrefix('general'), RATE_LIMIT_PER_MINUTE: '10' };
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
