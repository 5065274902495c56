import { randomUUID } from 'node:crypto';
import { ErrorStatus } from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { databaseProblem } from '../src/http/database-errors';
import { jsonDepthExceeds } from '../src/http/json-body';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Case {
  name: string;
  method: Method;
  path: string;
  as: 'admin' | 'manager' | 'trainer' | 'learner' | null;
  body?: unknown;
  /**
   * The answer this input must get; otherwise any 4xx problem+json will do. `not-5xx`: the input
   * is harmless and has an ordinary answer (an empty page, an unknown code), just never a 5xx.
   */
  expect?: [number, string] | 'not-5xx';
}

const NUL = 'bad\u0000byte';
const YEAR_ZERO = '0000-01-01';

/**
 * DESIGN: "No 500 for anything a client can send." Sweeps representative routes with inputs the
 * database cannot take (missing parents, dates PostgreSQL cannot store, NUL bytes, huge numbers,
 * bad enums, oversized arrays) and expects a 4xx problem+json from every one.
 */
describe('client input never answers 5xx', () => {
  let t: TestApp;
  let school: Organisation;
  const tokens: Record<'admin' | 'manager' | 'trainer' | 'learner', string> = {} as never;
  let learnerId: string;
  let courseId: string;
  let moduleId: string;
  let quizId: string;
  let courseSlug: string;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    tokens.admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    tokens.manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    tokens.trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    const learner = await UserFactory.member(t.ds, school, 'learner');
    learnerId = learner.id;
    tokens.learner = (await signIn(t, learner.email)).token;
    courseSlug = `taken-${randomUUID().slice(0, 8)}`;
    ({ courseId, moduleId } = await draftCourseWithModule(t, school.id, tokens.trainer, {
      slug: courseSlug,
    }));
    const withQuiz = await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/quizzes`)
      .set(bearer(tokens.trainer))
      .send({ title: 'Check', settings: { slots: [] } })
      .expect(201);
    quizId = withQuiz.body.modules[0].lessons[0].quizId;
  });
  afterAll(() => t.close());

  const course = (extra: Record<string, unknown>) => ({
    title: 'A course',
    slug: `c-${randomUUID().slice(0, 8)}`,
    language: 'en',
    ...extra,
  });

  function cases(): Case[] {
    const missing = randomUUID();
    const org = school.id;
    return [
      // Ids of parents that do not exist (a foreign key would refuse them): 404.
      {
        name: 'export for a missing organisation (admin)',
        method: 'post',
        path: `/api/orgs/${missing}/certificate-exports`,
        as: 'admin',
        body: {},
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'course in a missing organisation (admin)',
        method: 'post',
        path: `/api/orgs/${missing}/courses`,
        as: 'admin',
        body: course({}),
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'invitation to a missing organisation (admin)',
        method: 'post',
        path: `/api/orgs/${missing}/invitations`,
        as: 'admin',
        body: { email: 'someone@example.org' },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'CSV invitations to a missing organisation (admin)',
        method: 'post',
        path: `/api/orgs/${missing}/invitations/csv`,
        as: 'admin',
        body: { csv: 'email,role\nsomeone@example.org,learner\n' },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'enrolment in a missing organisation (admin)',
        method: 'post',
        path: `/api/orgs/${missing}/enrolments`,
        as: 'admin',
        body: { courseId, userIds: [learnerId] },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'enrolment in a missing course',
        method: 'post',
        path: `/api/orgs/${org}/enrolments`,
        as: 'manager',
        body: { courseId: missing, userIds: [learnerId] },
      },
      {
        name: 'course with a missing cover file',
        method: 'post',
        path: `/api/orgs/${org}/courses`,
        as: 'trainer',
        body: course({ coverFileId: missing }),
      },
      {
        name: 'quiz slot with a missing question',
        method: 'put',
        path: `/api/authoring/quizzes/${quizId}`,
        as: 'trainer',
        body: { slots: [{ questionId: missing }] },
      },
      {
        name: 'question of a missing course',
        method: 'post',
        path: `/api/authoring/courses/${missing}/questions`,
        as: 'admin',
        body: { type: 'essay', prompt: 'Why?', content: {} },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'module of a missing course (admin)',
        method: 'post',
        path: `/api/authoring/courses/${missing}/modules`,
        as: 'admin',
        body: { title: 'M' },
        expect: [404, 'NOT_FOUND'],
      },

      {
        name: 'file lesson with a missing file',
        method: 'post',
        path: `/api/authoring/modules/${moduleId}/lessons`,
        as: 'trainer',
        body: { kind: 'file', title: 'Handout', fileId: missing },
      },
      {
        name: 'duplicate into a slug already taken',
        method: 'post',
        path: `/api/authoring/courses/${courseId}/duplicate`,
        as: 'trainer',
        body: { slug: courseSlug },
      },
      {
        name: 'reorder with ids of no module',
        method: 'put',
        path: `/api/authoring/courses/${courseId}/modules/order`,
        as: 'trainer',
        body: { ids: [missing] },
      },
      {
        name: 'rename a missing organisation (admin)',
        method: 'patch',
        path: `/api/admin/organisations/${missing}`,
        as: 'admin',
        body: { name: 'Renamed' },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'deactivate a missing user (admin)',
        method: 'post',
        path: `/api/admin/users/${missing}/deactivate`,
        as: 'admin',
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'revoke a missing certificate (admin)',
        method: 'post',
        path: `/api/certificates/${missing}/revoke`,
        as: 'admin',
        body: { reason: 'Issued in error.' },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'retry a missing e-mail (admin)',
        method: 'post',
        path: `/api/admin/emails/${missing}/retry`,
        as: 'admin',
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'change the role of a member of a missing organisation (admin)',
        method: 'patch',
        path: `/api/orgs/${missing}/members/${learnerId}`,
        as: 'admin',
        body: { role: 'trainer' },
        expect: [404, 'NOT_FOUND'],
      },
      {
        name: 'members of a missing organisation (admin)',
        method: 'get',
        path: `/api/orgs/${missing}/members`,
        as: 'admin',
        expect: 'not-5xx',
      },
      {
        name: 'progress of a missing organisation (admin)',
        method: 'get',
        path: `/api/orgs/${missing}/progress`,
        as: 'admin',
        expect: 'not-5xx',
      },

      // Dates PostgreSQL cannot store.
      ...(['certificates', 'certificates.csv', 'certificates.zip'] as const).map((route): Case => ({
        name: `${route}?from=${YEAR_ZERO}`,
        method: 'get',
        path: `/api/orgs/${org}/${route}?from=${YEAR_ZERO}`,
        as: 'manager',
        expect: [400, 'VALIDATION_FAILED'],
      })),
      {
        name: 'certificates?to=year 0 date-time',
        method: 'get',
        path: `/api/orgs/${org}/certificates?to=0000-06-01T00:00:00Z`,
        as: 'manager',
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'export filtered from year 0',
        method: 'post',
        path: `/api/orgs/${org}/certificate-exports`,
        as: 'manager',
        body: { from: YEAR_ZERO },
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'course run starting in year 0',
        method: 'post',
        path: `/api/orgs/${org}/courses`,
        as: 'trainer',
        body: course({ startsAt: '0000-01-01T00:00:00Z' }),
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'course enrolment closing past year 9999',
        method: 'patch',
        path: `/api/authoring/courses/${courseId}`,
        as: 'trainer',
        body: { enrolmentClosesAt: '9999-12-31T23:59:59-14:00' },
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'quiz opening in year 0',
        method: 'put',
        path: `/api/authoring/quizzes/${quizId}`,
        as: 'trainer',
        body: { opensAt: '0000-12-31T00:00:00+01:00', slots: [] },
        expect: [400, 'VALIDATION_FAILED'],
      },

      // NUL bytes (PostgreSQL text and jsonb cannot hold them).
      {
        name: 'course title with NUL',
        method: 'post',
        path: `/api/orgs/${org}/courses`,
        as: 'trainer',
        body: course({ title: NUL }),
      },
      {
        name: 'question prompt with NUL (jsonb too)',
        method: 'post',
        path: `/api/authoring/courses/${courseId}/questions`,
        as: 'trainer',
        body: { type: 'essay', prompt: NUL, content: { graderGuidance: NUL } },
      },
      { name: 'profile name with NUL', method: 'patch', path: '/api/me', as: 'learner', body: { name: NUL } },
      {
        name: 'organisation name with NUL',
        method: 'post',
        path: '/api/admin/organisations',
        as: 'admin',
        body: { name: NUL, country: 'IT', city: 'Roma' },
      },
      {
        name: 'registration with NUL in the name',
        method: 'post',
        path: '/api/auth/register',
        as: null,
        body: {
          email: `nul-${randomUUID().slice(0, 8)}@example.org`,
          password: 'a long password 1',
          name: NUL,
        },
      },
      {
        name: 'sign-in with NUL in the password',
        method: 'post',
        path: '/api/auth/login',
        as: null,
        body: { email: 'nobody@example.org', password: `${NUL} long enough` },
      },
      { name: 'catalogue search with NUL', method: 'get', path: '/api/catalogue?q=bad%00byte', as: null },
      { name: 'catalogue topic with NUL', method: 'get', path: '/api/catalogue?topic=bad%00byte', as: null },
      { name: 'admin user search with NUL', method: 'get', path: '/api/admin/users?q=%00', as: 'admin' },
      { name: 'audit action with NUL', method: 'get', path: '/api/admin/audit?action=%00', as: 'admin' },
      {
        name: 'verification code with NUL',
        method: 'get',
        path: '/api/verify/AB%00CD',
        as: null,
        expect: 'not-5xx',
      },
      {
        name: 'verification JWT with NUL',
        method: 'post',
        path: '/api/verify',
        as: null,
        body: { jwt: `eyJ${NUL}.eyJ.sig` },
        expect: 'not-5xx',
      },
      {
        name: 'enrolment CSV with NUL',
        method: 'post',
        path: `/api/orgs/${org}/enrolments/csv`,
        as: 'manager',
        body: { courseId, csv: `email\n${NUL}@example.org\n` },
      },
      {
        name: 'invitation CSV with NUL',
        method: 'post',
        path: `/api/orgs/${org}/invitations/csv`,
        as: 'manager',
        body: { csv: `email,role,name\nnul@example.org,learner,${NUL}\n` },
      },

      // Malformed requests: bad percent-encoding, prototype keys, deep nesting, a body of the wrong type.
      {
        name: 'bad percent-encoding in a path',
        method: 'get',
        path: '/api/verify/%E0%A4%A',
        as: null,
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'a path parameter past its length limit',
        method: 'get',
        path: `/api/verify/${'A'.repeat(500)}`,
        as: null,
        expect: [400, 'VALIDATION_FAILED'],
      },
      {
        name: 'bad percent-encoding in a query',
        method: 'get',
        path: '/api/catalogue?q=%E0%A4%A',
        as: null,
        expect: 'not-5xx',
      },
      {
        name: 'a __proto__ key in a body',
        method: 'patch',
        path: '/api/me',
        as: 'learner',
        body: JSON.parse('{"__proto__": {"isPlatformAdmin": true}, "name": "Proto"}'),
      },
      {
        name: 'a deeply nested body',
        method: 'post',
        path: `/api/authoring/courses/${courseId}/questions`,
        as: 'trainer',
        body: { type: 'essay', prompt: 'Deep', content: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) },
      },
      {
        name: 'an array where an object is due',
        method: 'post',
        path: `/api/orgs/${org}/courses`,
        as: 'trainer',
        body: [course({})],
      },

      // Numbers past what the columns or JavaScript hold, bad enums, oversized arrays.
      { name: 'huge page', method: 'get', path: '/api/catalogue?page=99999999999999999999', as: null },
      {
        name: 'largest safe page',
        method: 'get',
        path: `/api/orgs/${org}/progress?page=9007199254740991&pageSize=100`,
        as: 'manager',
        expect: 'not-5xx',
      },
      {
        name: 'page beyond int4',
        method: 'get',
        path: '/api/admin/users?page=3000000000',
        as: 'admin',
        expect: 'not-5xx',
      },
      { name: 'huge pageSize', method: 'get', path: '/api/admin/emails?pageSize=1e12', as: 'admin' },
      { name: 'huge EQF level', method: 'get', path: '/api/catalogue?eqfLevel=1e400', as: null },
      {
        name: 'huge answer position',
        method: 'put',
        path: `/api/attempts/${missing}/responses/99999999999`,
        as: 'learner',
        body: { response: { text: 'x' } },
      },
      {
        name: 'huge grade score',
        method: 'post',
        path: `/api/authoring/attempts/${missing}/items/1/grade`,
        as: 'trainer',
        body: { score: 1e308 },
      },
      {
        name: 'huge workload',
        method: 'patch',
        path: `/api/authoring/courses/${courseId}`,
        as: 'trainer',
        body: { workloadHours: 2 ** 40 },
      },
      { name: 'bad enum in a query', method: 'get', path: '/api/catalogue?language=xx', as: null },
      {
        name: 'bad enum in a body',
        method: 'patch',
        path: `/api/orgs/${org}/members/${learnerId}`,
        as: 'manager',
        body: { role: 'owner' },
      },
      {
        name: 'too many ids',
        method: 'post',
        path: `/api/orgs/${org}/enrolments`,
        as: 'manager',
        body: { courseId, userIds: Array.from({ length: 5000 }, () => randomUUID()) },
      },
      {
        name: 'reorder with too many ids',
        method: 'put',
        path: `/api/authoring/courses/${courseId}/modules/order`,
        as: 'trainer',
        body: { ids: Array.from({ length: 600 }, () => randomUUID()) },
      },
    ];
  }

  it('answers every case with a 4xx problem+json', async () => {
    const failures: string[] = [];
    for (const c of cases()) {
      let req = t.http()[c.method](c.path);
      if (c.as) req = req.set(bearer(tokens[c.as]));
      const res = c.body === undefined ? await req : await req.send(c.body as object);
      const ok =
        c.expect === 'not-5xx'
          ? res.status < 500
          : c.expect
            ? res.status === c.expect[0] && res.body.code === c.expect[1]
            : res.status >= 400 && res.status < 500;
      const problem =
        res.status < 400 || String(res.headers['content-type']).includes('application/problem+json');
      if (!ok || !problem)
        failures.push(
          `${c.name}: ${c.method.toUpperCase()} ${c.path} → ${res.status} ${res.body?.code ?? ''} ${res.body?.detail ?? ''}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('names the storable years in a date error and still takes the edges of that range', async () => {
    const res = await t
      .http()
      .get(`/api/orgs/${school.id}/certificates?from=1899-12-31`)
      .set(bearer(tokens.manager));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'from', message: expect.stringContaining('1900 and 9999') }),
    ]);
    await t
      .http()
      .get(`/api/orgs/${school.id}/certificates?from=1900-01-01&to=9999-12-31T23:59:59Z`)
      .set(bearer(tokens.manager))
      .expect(200);
    await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(tokens.trainer))
      .send({ startsAt: '2027-03-01T09:00:00+02:00', endsAt: '9999-12-31T00:00:00Z' })
      .expect(200);
  });

  it('refuses NUL bytes before the database, naming the field and never echoing the value', async () => {
    const res = await t
      .http()
      .post(`/api/orgs/${school.id}/courses`)
      .set(bearer(tokens.trainer))
      .send(course({ learningOutcomes: ['Plan a mobility', `secret-${NUL}`] }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'learningOutcomes.1' })]);
    expect(JSON.stringify(res.body)).not.toContain('secret');
    const query = await t.http().get('/api/catalogue?q=secret%00');
    expectProblem(query, 400, 'VALIDATION_FAILED');
    expect(query.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('refuses a body nested deeper than 64 levels before parsing it, and still reads one of 60', async () => {
    const nested = (levels: number) => '{"title":' + '['.repeat(levels) + ']'.repeat(levels) + '}';
    const send = (levels: number) =>
      t
        .http()
        .post(`/api/orgs/${school.id}/courses`)
        .set(bearer(tokens.trainer))
        .set('Content-Type', 'application/json')
        .send(nested(levels));
    const deep = await send(200_000);
    expectProblem(deep, 400, 'MALFORMED_BODY');
    expect(deep.body.detail).toContain('deeper than 64 levels');
    // Within the cap the body is parsed and reaches validation, which names the field.
    const shallow = await send(60);
    expectProblem(shallow, 400, 'VALIDATION_FAILED');
    expect(shallow.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'title' })]),
    );
  });

  it('maps database refusals that still reach the filter to 4xx by kind (the safety net)', async () => {
    const refusal = (sql: string, params: unknown[]) => t.ds.query(sql, params).catch((e: unknown) => e);
    const cases: [unknown, string, number][] = [
      [await refusal(`SELECT $1::text`, ['a\u0000b']), 'VALIDATION_FAILED', 400],
      [await refusal(`SELECT $1::date`, ['0000-01-01']), 'VALIDATION_FAILED', 400],
      [await refusal(`SELECT $1::int`, ['3000000000']), 'VALIDATION_FAILED', 400],
      [
        await refusal(`INSERT INTO organisations (name, country, city) VALUES ('x', $1, 'y')`, ['ITA']),
        'VALIDATION_FAILED',
        400,
      ],
      [
        await refusal(`INSERT INTO organisations (name, country, city) VALUES ('x', $1, 'y')`, ['it']),
        'VALIDATION_FAILED',
        400,
      ],
      [
        await refusal(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'learner')`, [
          randomUUID(),
          school.id,
        ]),
        'NOT_FOUND',
        404,
      ],
      [await refusal(`DELETE FROM organisations WHERE id = $1`, [school.id]), 'CONFLICT', 409],
      [
        await refusal(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'learner')`, [
          learnerId,
          school.id,
        ]),
        'ALREADY_EXISTS',
        409,
      ],
    ];
    for (const [err, code, status] of cases) {
      expect(databaseProblem(err)).toMatchObject({ code });
      expect(ErrorStatus[code as keyof typeof ErrorStatus]).toBe(status);
      // Never the value itself in what the client reads.
      expect(databaseProblem(err)!.detail).not.toMatch(/ITA|0000|3000000000/);
    }
    // End to end through the filter: an admin creating a course in an organisation that does not exist.
    expectProblem(
      await t.http().post(`/api/orgs/${randomUUID()}/courses`).set(bearer(tokens.admin)).send(course({})),
      404,
      'NOT_FOUND',
    );
  });
});

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, not brackets inside strings or after escaped quotes', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[["}', 1)).toBe(false);
  });
});
