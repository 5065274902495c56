import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { EmailMessage, Invitation, User } from '@campus/server-db';
import { hashToken, PasswordHasher } from '@campus/server-identity';
import {
  OrganisationFactory,
  SmtpCapture,
  TEST_PASSWORD,
  UserFactory,
  linkIn,
  uniqueEmail,
  waitFor,
  type CapturedMail,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** Issue 9, item 4: accounts and tokens. Real api, worker, PostgreSQL, Redis and SMTP. */
describe('account security', () => {
  let t: TestApp;
  let ds: DataSource;
  const smtp = new SmtpCapture();
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    ds = t.ds;
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  const register = (email: string, name: string, password: string) =>
    t.http().post('/api/auth/register').send({ email, name, password });
  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').send({ email, password });
  const verifyMailOf = (email: string, name: string) =>
    smtp.waitFor(email, 10_000, (m) => /confirm/i.test(m.subject) && m.text.includes(`Hello ${name},`));
  const tokenIn = (mail: CapturedMail, path: string) => linkIn(mail, path).searchParams.get('token')!;

  describe('pre-account takeover', () => {
    it("a stranger re-registering an unconfirmed address never sets the password the owner's link confirms", async () => {
      const email = uniqueEmail('owner');
      await register(email, 'Olivia Owner', 'owner-chosen-password').expect(202);
      await register(email, 'Mallory Attacker', 'attacker-password-1').expect(202);
      // Before any link is used, the stranger's password does not even reach "confirm first".
      expectProblem(await login(email, 'owner-chosen-password'), 401, 'EMAIL_NOT_VERIFIED');
      expectProblem(await login(email, 'attacker-password-1'), 401, 'INVALID_CREDENTIALS');

      const ownersLink = tokenIn(await verifyMailOf(email, 'Olivia Owner'), '/verify-email');
      const attackersLink = tokenIn(await verifyMailOf(email, 'Mallory Attacker'), '/verify-email');
      await t.http().post('/api/auth/verify-email').send({ token: ownersLink }).expect(200);

      const { body } = await signIn(t, email, 'owner-chosen-password');
      expect(body.user.name).toBe('Olivia Owner');
      expectProblem(await login(email, 'attacker-password-1'), 401, 'INVALID_CREDENTIALS');
      // The other pending link died with the confirmation: it can no longer swap the password.
      expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: attackersLink }),
        400,
        'INVALID_TOKEN',
      );
      await signIn(t, email, 'owner-chosen-password');
    });

    it('the password of the registration whose link is clicked wins, also when the stranger came first', async () => {
      const email = uniqueEmail('late-owner');
      await register(email, 'Mallory Early', 'attacker-password-2').expect(202);
      await register(email, 'Oscar Owner', 'owner-password-two').expect(202);
      const ownersLink = tokenIn(await verifyMailOf(email, 'Oscar Owner'), '/verify-email');
      await t.http().post('/api/auth/verify-email').send({ token: ownersLink }).expect(200);
      const { body } = await signIn(t, email, 'owner-password-two');
      expect(body.user.name).toBe('Oscar Owner');
      expectProblem(await login(email, 'attacker-password-2'), 401, 'INVALID_CREDENTIALS');
    });

    it("a resent link carries the newest registration's password; using it ends the earlier link", async () => {
      const email = uniqueEmail('resend');
      await register(email, 'Rita Resend', 'rita-first-password').expect(202);
      const first = tokenIn(await verifyMailOf(email, 'Rita Resend'), '/verify-email');
      await t.http().post('/api/auth/resend-verification').send({ email }).expect(202);
      await waitFor(
        () => Promise.resolve(smtp.mailsTo(email).length),
        (n) => n === 2,
      );
      const resent = smtp
        .mailsTo(email)
        .map((m) => tokenIn(m, '/verify-email'))
        .find((x) => x !== first)!;
      await t.http().post('/api/auth/verify-email').send({ token: resent }).expect(200);
      await signIn(t, email, 'rita-first-password');
      expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: first }),
        400,
        'INVALID_TOKEN',
      );
    });

    it("a reset link confirms the address and ends every pending registration's link", async () => {
      const email = uniqueEmail('reset-first');
      await register(email, 'Mallory Pending', 'attacker-password-3').expect(202);
      const strangersLink = tokenIn(await verifyMailOf(email, 'Mallory Pending'), '/verify-email');
      await t.http().post('/api/auth/password-reset/request').send({ email }).expect(202);
      const reset = await smtp.waitFor(email, 10_000, (m) => /reset your/i.test(m.subject));
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token: tokenIn(reset, '/reset-password'), password: 'mailbox-owner-password' })
        .expect(200);
      expectProblem(
        await t.http().post('/api/auth/verify-email').send({ token: strangersLink }),
        400,
        'INVALID_TOKEN',
      );
      await signIn(t, email, 'mailbox-owner-password');
      expectProblem(await login(email, 'attacker-password-3'), 401, 'INVALID_CREDENTIALS');
    });
  });

  describe('no usable token at rest', () => {
    const paramsTo = async (email: string) =>
      (await ds.getRepository(EmailMessage).findBy({ toAddress: email })).map((m) => m.params);
    const sentAll = (email: string) =>
      waitFor(
        () => ds.getRepository(EmailMessage).findBy({ toAddress: email }),
        (rows) => rows.length > 0 && rows.every((r) => r.status === 'sent'),
      );

    it('reset, verification and invitation links leave email_messages once sent; the mailed links work', async () => {
      const user = await UserFactory.create(ds);
      await t.http().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
      const resetMail = await smtp.waitFor(user.email, 10_000, (m) => /reset your/i.test(m.subject));
      const resetToken = tokenIn(resetMail, '/reset-password');
      const [resetRow] = await sentAll(user.email);
      expect(resetRow.scrubbedAt).toBeInstanceOf(Date);
      expect(resetRow.params['link']).toBe('[removed after sending]');
      expect(JSON.stringify(await paramsTo(user.email))).not.toContain(resetToken);

      const email = uniqueEmail('scrub-verify');
      await register(email, 'Vera Verify', 'vera-long-password').expect(202);
      const verifyToken = tokenIn(await verifyMailOf(email, 'Vera Verify'), '/verify-email');
      await sentAll(email);
      expect(JSON.stringify(await paramsTo(email))).not.toContain(verifyToken);

      const school = await OrganisationFactory.create(ds);
      const manager = await UserFactory.member(ds, school, 'manager');
      const invitee = uniqueEmail('scrub-invite');
      await t
        .http()
        .post(`/api/orgs/${school.id}/invitations`)
        .set(bearer((await signIn(t, manager.email)).token))
        .send({ email: invitee, role: 'learner' })
        .expect(201);
      const inviteToken = tokenIn(await smtp.waitFor(invitee), '/accept-invitation');
      await sentAll(invitee);
      expect(JSON.stringify(await paramsTo(invitee))).not.toContain(inviteToken);

      // Nothing that stays in the database works; the links the people received do.
      const everything = JSON.stringify(
        await ds.query(`SELECT params FROM email_messages WHERE to_address IN ($1, $2, $3)`, [
          user.email,
          email,
          invitee,
        ]),
      );
      for (const token of everything.match(/token=[A-Za-z0-9_-]+/g) ?? []) {
        expectProblem(
          await t
            .http()
            .post('/api/auth/password-reset/confirm')
            .send({ token: token.slice(6), password: 'stolen-from-the-db' }),
          400,
          'INVALID_TOKEN',
        );
      }
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token: resetToken, password: 'reset-from-the-mail' })
        .expect(200);
      await t.http().post('/api/auth/verify-email').send({ token: verifyToken }).expect(200);
      await t
        .http()
        .post('/api/invitations/accept')
        .send({ token: inviteToken, name: 'Ivy Invitee', password: 'invitee-long-password' })
        .expect(200);
    });

    it('a mail that failed for good keeps no link either, and cannot be retried with a dead one', async () => {
      // Every worker's outbox relay reads the run's one database: while this file's own worker
      // runs, its relay may take the reset mail first and deliver it. Only the failing one runs here.
      await worker.close();
      // A server that hangs up on every connection, kept listening for the whole test: a port
      // merely closed could be taken at once by another SMTP capture.
      const hangUp = createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
      const { port } = hangUp.address() as AddressInfo;
      const app = await createTestApp();
      const failing = await startTestWorker({
        ...app.env,
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        EMAIL_MAX_ATTEMPTS: '1',
      });
      try {
        const user = await UserFactory.create(ds);
        await app.http().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
        const [row] = await waitFor(
          () => ds.getRepository(EmailMessage).findBy({ toAddress: user.email }),
          (rows) => rows.length === 1 && rows[0].status === 'failed',
        );
        expect(row.params['link']).toBe('[removed after sending]');
        expect(row.scrubbedAt).toBeInstanceOf(Date);
        const admin = await UserFactory.create(ds, { isPlatformAdmin: true });
        expectProblem(
          await app
            .http()
            .post(`/api/admin/emails/${row.id}/retry`)
            .set(bearer((await signIn(app, admin.email)).token)),
          409,
          'CONFLICT',
        );
      } finally {
        await failing.close();
        await app.close();
        await new Promise((resolve) => hangUp.close(resolve));
        worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
      }
    });
  });

  describe('access tokens end with the password', () => {
    it('a password change ends every access token issued before it; the new session works', async () => {
      const user = await UserFactory.create(ds);
      const phone = await signIn(t, user.email);
      const laptop = await signIn(t, user.email);
      await t.http().get('/api/me').set(bearer(phone.token)).expect(200);
      const changed = await t
        .http()
        .post('/api/me/password')
        .set(bearer(laptop.token))
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-changed-password' })
        .expect(200);
      expectProblem(await t.http().get('/api/me').set(bearer(phone.token)), 401, 'UNAUTHENTICATED');
      expectProblem(await t.http().get('/api/me').set(bearer(laptop.token)), 401, 'UNAUTHENTICATED');
      await t.http().get('/api/me').set(bearer(changed.body.accessToken)).expect(200);
      const fresh = await signIn(t, user.email, 'a-changed-password');
      await t.http().get('/api/me').set(bearer(fresh.token)).expect(200);
    });

    it('a password reset ends every access token issued before it', async () => {
      const user = await UserFactory.create(ds);
      const before = await signIn(t, user.email);
      await t.http().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
      const mail = await smtp.waitFor(user.email, 10_000, (m) => /reset your/i.test(m.subject));
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token: tokenIn(mail, '/reset-password'), password: 'the-reset-password' })
        .expect(200);
      expectProblem(await t.http().get('/api/me').set(bearer(before.token)), 401, 'UNAUTHENTICATED');
      const after = await signIn(t, user.email, 'the-reset-password');
      await t.http().get('/api/me').set(bearer(after.token)).expect(200);
    });
  });

  describe('the same work for known and unknown addresses', () => {
    /** What one request writes for `email` (rows of other test files running meanwhile left out). */
    const writesOf = async (email: string, send: () => Promise<unknown>) => {
      const [{ now }] = await ds.query<{ now: Date }[]>(`SELECT clock_timestamp() AS now`);
      await send();
      const [{ mails, audits }] = await ds.query<{ mails: number; audits: number }[]>(
        `SELECT (SELECT count(*)::int FROM email_messages
                  WHERE lower(to_address) = lower($2) AND created_at >= $1) AS mails,
                (SELECT count(*)::int FROM audit_events
                  WHERE at >= $1
                    AND (actor_id = (SELECT id FROM users WHERE lower(email) = lower($2))
                         OR details->>'email' = lower($2))) AS audits`,
        [now, email],
      );
      return { mails, audits };
    };

    it('password reset: one e-mail and one audit row either way; unknown addresses hear that no account uses them', async () => {
      const user = await UserFactory.create(ds);
      const ghost = uniqueEmail('ghost');
      const reset = (email: string) =>
        t.http().post('/api/auth/password-reset/request').send({ email }).expect(202);
      const known = await writesOf(user.email, () => reset(user.email));
      const unknown = await writesOf(ghost, () => reset(ghost));
      expect(known).toEqual({ mails: 1, audits: 1 });
      expect(unknown).toEqual(known);
      const mail = await smtp.waitFor(ghost);
      expect(mail.text).toContain('no Campus account uses it');
      expect(mail.text).toContain('http://campus.test/register');
    });

    it('registration: one e-mail and one audit row for a new, a pending and a confirmed address', async () => {
      const owner = await UserFactory.create(ds);
      const fresh = uniqueEmail('fresh');
      const created = await writesOf(fresh, () =>
        register(fresh, 'New Person', 'new-person-password').expect(202),
      );
      const pending = await writesOf(fresh, () =>
        register(fresh, 'New Person', 'new-person-password').expect(202),
      );
      const taken = await writesOf(owner.email, () =>
        register(owner.email, 'Someone', 'someone-password').expect(202),
      );
      expect(created).toEqual({ mails: 1, audits: 1 });
      expect(pending).toEqual(created);
      expect(taken).toEqual(created);
    });

    it('takes about as long for known as for unknown addresses (loose timing)', async () => {
      const user = await UserFactory.create(ds);
      const timeOf = async (send: () => Promise<unknown>) => {
        const start = process.hrtime.bigint();
        await send();
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const runs = { resetKnown: [] as number[], resetUnknown: [] as number[] };
      const reg = { known: [] as number[], unknown: [] as number[] };
      for (let i = 0; i < 7; i++) {
        runs.resetKnown.push(
          await timeOf(() => t.http().post('/api/auth/password-reset/request').send({ email: user.email })),
        );
        runs.resetUnknown.push(
          await timeOf(() =>
            t
              .http()
              .post('/api/auth/password-reset/request')
              .send({ email: uniqueEmail('nobody') }),
          ),
        );
        reg.known.push(await timeOf(() => register(user.email, 'Again', 'registering-again')));
        reg.unknown.push(await timeOf(() => register(uniqueEmail('new'), 'New', 'registering-new')));
      }
      const close = (a: number[], b: number[]) => {
        const [x, y] = [median(a), median(b)];
        expect(Math.abs(x - y)).toBeLessThan(Math.max(x, y) * 0.5 + 50);
      };
      close(runs.resetKnown, runs.resetUnknown);
      close(reg.known, reg.unknown);
    });
  });

  describe('concurrent inserts of one unique key answer 4xx or the usual answer, never 500', () => {
    it('five simultaneous registrations of one new address: all 202, one account, five links', async () => {
      const email = uniqueEmail('rush');
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, i) => register(email, `Rush ${i}`, `rush-password-${i}`)),
      );
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
      const users = await ds.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]);
      expect(users).toHaveLength(1);
      const [{ n }] = await ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM user_tokens WHERE user_id = $1 AND purpose = 'verify_email'`,
        [users[0].id],
      );
      expect(n).toBe(5);
    });

    it('two invitations of one new address accepted at once: one account, the other asked to sign in', async () => {
      const email = uniqueEmail('twice-invited');
      const tokens = await Promise.all(
        [0, 1].map(async () => {
          const org = await OrganisationFactory.create(ds);
          const token = randomBytes(32).toString('base64url');
          await ds.getRepository(Invitation).insert({
            organisationId: org.id,
            email,
            role: 'learner',
            tokenHash: hashToken(token),
            expiresAt: new Date(Date.now() + 86_400_000),
          });
          return token;
        }),
      );
      const answers = await Promise.all(
        tokens.map((token, i) =>
          t
            .http()
            .post('/api/invitations/accept')
            .send({ token, name: `Twice ${i}`, password: `twice-password-${i}` }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expectProblem(
        answers.find((a) => a.status === 409)!,
        409,
        'INVITATION_REQUIRES_SIGN_IN',
      );
      expect(await ds.getRepository(User).countBy({ email })).toBe(1);
    });
  });

  describe('the link is checked before the password is hashed', () => {
    let slow: TestApp;
    beforeAll(async () => {
      // The production cost or more, so a hash takes far longer than a token lookup.
      slow = await createTestApp({ ARGON2_MEMORY_KIB: '65536', ARGON2_TIME_COST: '3' });
    });
    afterAll(() => slow.close());

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const timed = async (run: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await run();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };

    it('answers a bad reset or invitation link in well under the time of one hash', async () => {
      const hasher = slow.app.get(PasswordHasher);
      const hashMs: number[] = [];
      const resetMs: number[] = [];
      const inviteMs: number[] = [];
      for (let i = 0; i < 5; i++) {
        hashMs.push(await timed(() => hasher.hash('some-password-to-hash')));
        resetMs.push(
          await timed(async () =>
            expectProblem(
              await slow
                .http()
                .post('/api/auth/password-reset/confirm')
                .send({ token: randomBytes(32).toString('base64url'), password: 'a-new-long-password' }),
              400,
              'INVALID_TOKEN',
            ),
          ),
        );
        inviteMs.push(
          await timed(async () =>
            expectProblem(
              await slow
                .http()
                .post('/api/invitations/accept')
                .send({
                  token: randomBytes(32).toString('base64url'),
                  name: 'Nobody',
                  password: 'a-new-long-password',
                }),
              400,
              'INVALID_TOKEN',
            ),
          ),
        );
      }
      expect(median(resetMs)).toBeLessThan(median(hashMs) / 3);
      expect(median(inviteMs)).toBeLessThan(median(hashMs) / 3);
    });
  });
});

describe('sign-in slowdown under parallel guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_FREE_FAILURES_PER_ACCOUNT: '5',
      LOGIN_FREE_FAILURES_PER_IP: '100000',
      LOGIN_MAX_DELAY_SECONDS: '2',
    });
  });
  afterAll(() => t.close());

  it('20 parallel wrong passwords: only the free 5 are checked, the rest slowed down; then the owner waits too', async () => {
    const user = await UserFactory.create(t.ds);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/auth/login')
          .send({ email: user.email, password: `parallel-guess-${i}` }),
      ),
    );
    // The owner, right after the burst: refused too until the slowdown passes.
    const slowed = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    for (const a of answers.filter((x) => x.status === 429)) expectProblem(a, 429, 'SIGN_IN_SLOWED_DOWN');
    const [{ n }] = await t.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = 'auth.login_failed'`,
      [user.id],
    );
    expect(n).toBe(5);
    expectProblem(slowed, 429, 'SIGN_IN_SLOWED_DOWN');
    await new Promise((r) => setTimeout(r, Number(slowed.headers['retry-after']) * 1000 + 100));
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });
});
