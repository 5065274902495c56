import { DataSource } from 'typeorm';
import { RefreshToken, User, UserToken } from '@campus/server-db';
import { hashToken } from '@campus/server-identity';
import { SmtpCapture, TEST_PASSWORD, UserFactory, linkIn, uniqueEmail } from '@campus/server-testing';
import type { INestApplicationContext } from '@nestjs/common';
import {
  bearer,
  createTestApp,
  expectProblem,
  refreshCookie,
  signIn,
  type TestApp,
} from './support/test-app';
import { startTestWorker } from './support/test-worker';

describe('sign-in, sessions and passwords', () => {
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

  describe('login', () => {
    it('signs in with e-mail in any case and returns an access token, the user and an httpOnly SameSite=Strict refresh cookie', async () => {
      const user = await UserFactory.create(ds, { email: uniqueEmail('login') });
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
        .expect(200);
      expect(res.body).toMatchObject({
        expiresIn: 900,
        user: { id: user.id, email: user.email, memberships: [] },
      });
      expect(res.body.accessToken).toMatch(/^ey/);
      const cookie = ([] as string[])
        .concat(res.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('campus_refresh='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api\/auth/);
      const me = await t.http().get('/api/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body.email).toBe(user.email);
    });

    it('answers a wrong password and an unknown e-mail identically', async () => {
      const user = await UserFactory.create(ds);
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'not-the-password' });
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'not-the-password' });
      expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
      expectProblem(unknown, 401, 'INVALID_CREDENTIALS');
      expect(wrong.body.detail).toBe(unknown.body.detail);
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('refuses malformed bodies with 400 naming the fields, and non-JSON with 415', async () => {
      const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email' });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
      const broken = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email":');
      expectProblem(broken, 400, 'MALFORMED_BODY');
      const text = await t.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('hello');
      expectProblem(text, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a deactivated user at sign-in, on refresh, and with an access token issued before', async () => {
      const user = await UserFactory.create(ds);
      const session = await signIn(t, user.email);
      await ds.getRepository(User).update({ id: user.id }, { active: false });
      expectProblem(
        await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
        401,
        'ACCOUNT_DISABLED',
      );
      expectProblem(await t.http().get('/api/me').set(bearer(session.token)), 401, 'ACCOUNT_DISABLED');
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', session.cookie),
        401,
        'INVALID_REFRESH_TOKEN',
      );
    });

    it('rejects missing, garbage and forged access tokens with 401', async () => {
      expectProblem(await t.http().get('/api/me'), 401, 'UNAUTHENTICATED');
      expectProblem(await t.http().get('/api/me').set(bearer('garbage')), 401, 'UNAUTHENTICATED');
      const forged =
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.c2lnbmF0dXJl';
      expectProblem(await t.http().get('/api/me').set(bearer(forged)), 401, 'UNAUTHENTICATED');
    });
  });

  describe('refresh tokens', () => {
    it('rotates: each refresh token works once and yields a new one', async () => {
      const user = await UserFactory.create(ds);
      const first = await signIn(t, user.email);
      const r1 = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(200);
      const second = refreshCookie(r1);
      expect(second).not.toBe(first.cookie);
      await t.http().get('/api/me').set(bearer(r1.body.accessToken)).expect(200);
      await t.http().post('/api/auth/refresh').set('Cookie', second).expect(200);
    });

    it('detects reuse of a rotated token and revokes the whole family', async () => {
      const user = await UserFactory.create(ds);
      const first = await signIn(t, user.email);
      const r1 = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(200);
      const current = refreshCookie(r1);
      // An attacker replays the old token: refused, and the legitimate newer token dies with it.
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', first.cookie),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', current),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      const tokens = await ds.getRepository(RefreshToken).findBy({ userId: user.id });
      expect(tokens.every((x) => x.revokedAt !== null)).toBe(true);
      const audit = await ds.query(
        `SELECT action FROM audit_events WHERE actor_id = $1 AND action = 'auth.refresh_reuse'`,
        [user.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('stores only hashes of refresh tokens', async () => {
      const user = await UserFactory.create(ds);
      const { cookie } = await signIn(t, user.email);
      const raw = cookie.split('=')[1];
      const row = await ds.getRepository(RefreshToken).findOneByOrFail({ userId: user.id });
      expect(row.tokenHash).toBe(hashToken(raw));
      expect(row.tokenHash).not.toContain(raw);
    });

    it('logout revokes the session: the cookie no longer refreshes', async () => {
      const user = await UserFactory.create(ds);
      const { cookie } = await signIn(t, user.email);
      await t.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', cookie),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      expectProblem(await t.http().post('/api/auth/refresh'), 401, 'INVALID_REFRESH_TOKEN');
    });
  });

  describe('change password', () => {
    it('needs the current password, signs out other sessions and keeps this one', async () => {
      const user = await UserFactory.create(ds);
      const phone = await signIn(t, user.email);
      const laptop = await signIn(t, user.email);
      const wrong = await t
        .http()
        .post('/api/me/password')
        .set(bearer(laptop.token))
        .send({ currentPassword: 'nope', newPassword: 'a-brand-new-password' });
      expectProblem(wrong, 400, 'WRONG_PASSWORD');
      expect(wrong.body.errors[0].field).toBe('currentPassword');
      const short = await t
        .http()
        .post('/api/me/password')
        .set(bearer(laptop.token))
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expectProblem(short, 400, 'VALIDATION_FAILED');
      expect(short.body.errors[0].field).toBe('newPassword');

      const ok = await t
        .http()
        .post('/api/me/password')
        .set(bearer(laptop.token))
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' })
        .expect(200);
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', phone.cookie),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      await t.http().post('/api/auth/refresh').set('Cookie', refreshCookie(ok)).expect(200);
      expectProblem(
        await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }),
        401,
        'INVALID_CREDENTIALS',
      );
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'a-brand-new-password' })
        .expect(200);
      const mail = await smtp.waitFor(user.email, 10_000, (m) => /password was changed/i.test(m.subject));
      expect(mail.text).toContain(user.name);
    });
  });

  describe('password reset', () => {
    it('answers known and unknown addresses the same, mails a single-use link that sets the password', async () => {
      const user = await UserFactory.create(ds);
      const session = await signIn(t, user.email);
      const known = await t
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: user.email })
        .expect(202);
      const unknown = await t
        .http()
        .post('/api/auth/password-reset/request')
        .send({ email: uniqueEmail('ghost') })
        .expect(202);
      expect(known.body).toEqual(unknown.body);

      const mail = await smtp.waitFor(user.email, 10_000, (m) => /reset/i.test(m.subject));
      const token = linkIn(mail, '/reset-password').searchParams.get('token')!;
      await t
        .http()
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'reset-to-this-one' })
        .expect(200);
      // Single use, and every session ended.
      expectProblem(
        await t
          .http()
          .post('/api/auth/password-reset/confirm')
          .send({ token, password: 'and-again-this-one' }),
        400,
        'INVALID_TOKEN',
      );
      expectProblem(
        await t.http().post('/api/auth/refresh').set('Cookie', session.cookie),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'reset-to-this-one' })
        .expect(200);
    });

    it('refuses an expired link and an unknown one', async () => {
      const user = await UserFactory.create(ds);
      await t.http().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
      const mail = await smtp.waitFor(user.email, 10_000, (m) => /reset/i.test(m.subject));
      const token = linkIn(mail, '/reset-password').searchParams.get('token')!;
      await ds
        .getRepository(UserToken)
        .update({ tokenHash: hashToken(token) }, { expiresAt: new Date(Date.now() - 1000) });
      expectProblem(
        await t
          .http()
          .post('/api/auth/password-reset/confirm')
          .send({ token, password: 'too-late-password' }),
        400,
        'INVALID_TOKEN',
      );
      expectProblem(
        await t
          .http()
          .post('/api/auth/password-reset/confirm')
          .send({ token: 'x'.repeat(43), password: 'whatever-password' }),
        400,
        'INVALID_TOKEN',
      );
      await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    });
  });

  describe('registration', () => {
    it('registers an independent learner who must confirm the address before signing in', async () => {
      const email = uniqueEmail('indie');
      await t
        .http()
        .post('/api/auth/register')
        .send({ email, name: 'Ada Indie', password: 'independent-learner' })
        .expect(202);
      expectProblem(
        await t.http().post('/api/auth/login').send({ email, password: 'independent-learner' }),
        401,
        'EMAIL_NOT_VERIFIED',
      );

      const mail = await smtp.waitFor(email, 10_000, (m) => /confirm/i.test(m.subject));
      const token = linkIn(mail, '/verify-email').searchParams.get('token')!;
      await t.http().post('/api/auth/verify-email').send({ token }).expect(200);
      expectProblem(await t.http().post('/api/auth/verify-email').send({ token }), 400, 'INVALID_TOKEN');

      const { body } = await signIn(t, email, 'independent-learner');
      expect(body.user).toMatchObject({ email, name: 'Ada Indie', emailVerified: true, memberships: [] });
    });

    it('answers a taken address like a new one, and tells the owner by e-mail instead', async () => {
      const owner = await UserFactory.create(ds);
      const taken = await t
        .http()
        .post('/api/auth/register')
        .send({ email: owner.email, name: 'Intruder', password: 'some-long-password' })
        .expect(202);
      const fresh = await t
        .http()
        .post('/api/auth/register')
        .send({ email: uniqueEmail('fresh'), name: 'Fresh', password: 'some-long-password' })
        .expect(202);
      expect(taken.body).toEqual(fresh.body);
      await smtp.waitFor(owner.email, 10_000, (m) => /already have/i.test(m.subject));
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: owner.email, password: TEST_PASSWORD })
        .expect(200);
    });

    it('validates the fields: short password, bad e-mail, unknown time zone', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ email: 'nope', name: '', password: 'short', timeZone: 'Mars/Olympus' });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'email',
        'name',
        'password',
        'timeZone',
      ]);
    });

    // Here, not in admin.e2e-spec: the switch is platform-wide and the registrations in this file must not race it.
    it('can be switched off by an admin, and on again', async () => {
      const admin = (await signIn(t, (await UserFactory.create(ds, { isPlatformAdmin: true })).email)).token;
      try {
        await t
          .http()
          .patch('/api/admin/settings')
          .set(bearer(admin))
          .send({ registrationEnabled: false })
          .expect(200, { registrationEnabled: false });
        await t.http().get('/api/settings/public').expect(200, { registrationEnabled: false });
        const refused = await t
          .http()
          .post('/api/auth/register')
          .send({ email: uniqueEmail('late'), name: 'Late', password: 'long-enough-password' });
        expectProblem(refused, 403, 'REGISTRATION_CLOSED');
        expectProblem(
          await t.http().patch('/api/admin/settings').set(bearer(admin)).send({ registrationEnabled: 'no' }),
          400,
          'VALIDATION_FAILED',
        );
      } finally {
        await t
          .http()
          .patch('/api/admin/settings')
          .set(bearer(admin))
          .send({ registrationEnabled: true })
          .expect(200);
      }
      await t
        .http()
        .post('/api/auth/register')
        .send({ email: uniqueEmail('open'), name: 'Open', password: 'long-enough-password' })
        .expect(202);
    });
  });
});
