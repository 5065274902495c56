import { OrganisationFactory, UserFactory, uniqueEmail } from '@campus/server-testing';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';

type Who = 'anonymous' | 'learner' | 'trainer' | 'manager' | 'otherManager' | 'admin';
const WHO: Who[] = ['anonymous', 'learner', 'trainer', 'manager', 'otherManager', 'admin'];

/**
 * Every role against every route family. "manager" manages organisation A; "otherManager" manages B;
 * "admin" is a platform admin with no membership in A.
 */
describe('every role against every route family', () => {
  let t: TestApp;
  const tokens: Partial<Record<Who, string>> = {};
  let orgA: string;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await OrganisationFactory.create(t.ds);
    const b = await OrganisationFactory.create(t.ds);
    orgA = a.id;
    const people: [Exclude<Who, 'anonymous'>, () => Promise<{ email: string }>][] = [
      ['learner', () => UserFactory.member(t.ds, a, 'learner')],
      ['trainer', () => UserFactory.member(t.ds, a, 'trainer')],
      ['manager', () => UserFactory.member(t.ds, a, 'manager')],
      ['otherManager', () => UserFactory.member(t.ds, b, 'manager')],
      ['admin', () => UserFactory.create(t.ds, { isPlatformAdmin: true })],
    ];
    for (const [who, make] of people) tokens[who] = (await signIn(t, (await make()).email)).token;
  });
  afterAll(() => t.close());

  const routes: {
    family: string;
    method: 'get' | 'post';
    path: () => string;
    body?: () => object;
    expect: Record<Who, number>;
  }[] = [
    {
      family: 'me',
      method: 'get',
      path: () => '/api/me',
      expect: { anonymous: 401, learner: 200, trainer: 200, manager: 200, otherManager: 200, admin: 200 },
    },
    {
      family: 'organisation profile',
      method: 'get',
      path: () => `/api/orgs/${orgA}`,
      expect: { anonymous: 401, learner: 200, trainer: 200, manager: 200, otherManager: 404, admin: 200 },
    },
    {
      family: 'members',
      method: 'get',
      path: () => `/api/orgs/${orgA}/members`,
      expect: { anonymous: 401, learner: 403, trainer: 403, manager: 200, otherManager: 404, admin: 200 },
    },
    {
      family: 'invitations list',
      method: 'get',
      path: () => `/api/orgs/${orgA}/invitations`,
      expect: { anonymous: 401, learner: 403, trainer: 403, manager: 200, otherManager: 404, admin: 200 },
    },
    {
      family: 'invite',
      method: 'post',
      path: () => `/api/orgs/${orgA}/invitations`,
      body: () => ({ email: uniqueEmail('matrix') }),
      expect: { anonymous: 401, learner: 403, trainer: 403, manager: 201, otherManager: 404, admin: 201 },
    },
    ...['organisations', 'users', 'emails', 'captured-emails', 'queues', 'audit', 'settings'].map((p) => ({
      family: `admin ${p}`,
      method: 'get' as const,
      path: () => `/api/admin/${p}`,
      expect: { anonymous: 401, learner: 403, trainer: 403, manager: 403, otherManager: 403, admin: 200 },
    })),
    {
      family: 'admin create organisation',
      method: 'post',
      path: () => '/api/admin/organisations',
      body: () => ({ name: `Matrix ${Math.random().toString(36).slice(2)}`, country: 'se', city: 'Malmö' }),
      expect: { anonymous: 401, learner: 403, trainer: 403, manager: 403, otherManager: 403, admin: 201 },
    },
  ];

  for (const route of routes) {
    it(`${route.family}: ${WHO.map((w) => `${w} ${route.expect[w]}`).join(', ')}`, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of WHO) {
        let req = t.http()[route.method](route.path());
        if (who !== 'anonymous') req = req.set(bearer(tokens[who]!));
        const res = await (route.body ? req.send(route.body()) : req);
        got[who] = res.status;
      }
      expect(got).toEqual(route.expect);
    });
  }
});
