import { EmailMessage, User } from '@campus/server-db';
import { OrganisationFactory, TEST_PASSWORD, UserFactory, uniqueEmail } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

describe('platform administration', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const user = await UserFactory.create(t.ds, { isPlatformAdmin: true });
    adminId = user.id;
    admin = (await signIn(t, user.email)).token;
  });
  afterAll(() => t.close());

  it('creates and edits organisations, refusing duplicates and bad country codes', async () => {
    const name = `Escola ${Math.random().toString(36).slice(2, 7)}`;
    const created = await t
      .http()
      .post('/api/admin/organisations')
      .set(bearer(admin))
      .send({ name, country: 'pt', city: 'Porto' })
      .expect(201);
    expect(created.body).toMatchObject({ name, country: 'PT', city: 'Porto', kind: 'vet_school' });
    expectProblem(
      await t
        .http()
        .post('/api/admin/organisations')
        .set(bearer(admin))
        .send({ name, country: 'PT', city: 'Braga' }),
      409,
      'ALREADY_EXISTS',
    );
    const bad = await t
      .http()
      .post('/api/admin/organisations')
      .set(bearer(admin))
      .send({ name: 'X School', country: 'Portugal', city: '' });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['city', 'country']);
    const edited = await t
      .http()
      .patch(`/api/admin/organisations/${created.body.id}`)
      .set(bearer(admin))
      .send({ city: 'Lisboa' })
      .expect(200);
    expect(edited.body.city).toBe('Lisboa');
    const list = await t.http().get('/api/admin/organisations').set(bearer(admin)).expect(200);
    expect(list.body.find((o: { id: string }) => o.id === created.body.id)).toMatchObject({
      city: 'Lisboa',
      memberCount: 0,
    });
    expectProblem(
      await t
        .http()
        .patch('/api/admin/organisations/00000000-0000-4000-8000-000000000000')
        .set(bearer(admin))
        .send({ city: 'x' }),
      404,
      'NOT_FOUND',
    );
  });

  it('finds, deactivates and reactivates users; a deactivated user is refused at once; admins cannot deactivate themselves', async () => {
    const org = await OrganisationFactory.create(t.ds);
    const person = await UserFactory.member(t.ds, org, 'learner', { name: 'Sofia Deactivated' });
    const session = await signIn(t, person.email);
    const found = await t
      .http()
      .get('/api/admin/users')
      .query({ q: 'sofia deact' })
      .set(bearer(admin))
      .expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([person.id]);
    expect(found.body.items[0].memberships).toEqual([
      { organisationId: org.id, organisationName: org.name, role: 'learner' },
    ]);

    await t.http().post(`/api/admin/users/${person.id}/deactivate`).set(bearer(admin)).expect(204);
    expectProblem(await t.http().get('/api/me').set(bearer(session.token)), 401, 'ACCOUNT_DISABLED');
    expectProblem(
      await t.http().post('/api/auth/refresh').set('Cookie', session.cookie),
      401,
      'INVALID_REFRESH_TOKEN',
    );
    await t.http().post(`/api/admin/users/${person.id}/reactivate`).set(bearer(admin)).expect(204);
    await t.http().post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(200);

    expectProblem(
      await t.http().post(`/api/admin/users/${adminId}/deactivate`).set(bearer(admin)),
      409,
      'CONFLICT',
    );
    expect((await t.ds.getRepository(User).findOneByOrFail({ id: adminId })).active).toBe(true);

    const audit = await t
      .http()
      .get('/api/admin/audit')
      .query({ actorId: adminId })
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['admin.user_deactivated', 'admin.user_reactivated']),
    );
  });

  it('lists failed e-mails and puts one back in the queue', async () => {
    const to = uniqueEmail('bounced');
    const msg = await t.ds.getRepository(EmailMessage).save({
      template: 'password-changed',
      locale: 'en',
      toAddress: to,
      params: { name: 'Bo' },
      status: 'failed',
      attempts: 8,
      lastError: 'connect ECONNREFUSED 127.0.0.1:25',
    });
    const failed = await t
      .http()
      .get('/api/admin/emails')
      .query({ status: 'failed' })
      .set(bearer(admin))
      .expect(200);
    expect(failed.body.items.find((m: { id: string }) => m.id === msg.id)).toMatchObject({
      to,
      status: 'failed',
      lastError: expect.stringContaining('ECONNREFUSED'),
    });
    expectProblem(
      await t.http().get('/api/admin/emails').query({ status: 'lost' }).set(bearer(admin)),
      400,
      'VALIDATION_FAILED',
    );

    const retried = await t.http().post(`/api/admin/emails/${msg.id}/retry`).set(bearer(admin)).expect(200);
    expect(retried.body).toMatchObject({ status: 'queued', attempts: 0 });
    expectProblem(
      await t.http().post(`/api/admin/emails/${msg.id}/retry`).set(bearer(admin)),
      409,
      'CONFLICT',
    );
    const queues = await t.http().get('/api/admin/queues').set(bearer(admin)).expect(200);
    expect(queues.body[0]).toMatchObject({ name: 'email', counts: expect.objectContaining({ waiting: 1 }) });
  });

  it('records sign-ins and failures in the audit log, filterable by action', async () => {
    const user = await UserFactory.create(t.ds);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong-password-here' })
      .expect(401);
    await signIn(t, user.email);
    const failures = await t
      .http()
      .get('/api/admin/audit')
      .query({ action: 'auth.login_failed', pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    expect(
      failures.body.items.some(
        (a: { actorId: string; details: { email: string } }) =>
          a.actorId === user.id && a.details.email === user.email,
      ),
    ).toBe(true);
    const logins = await t
      .http()
      .get('/api/admin/audit')
      .query({ actorId: user.id })
      .set(bearer(admin))
      .expect(200);
    expect(logins.body.items.map((a: { action: string }) => a.action)).toEqual([
      'auth.login',
      'auth.login_failed',
    ]);
  });
});
