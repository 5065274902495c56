import { MOBILITY_ACTIVITY_TYPES, type MobilityActivityType } from '@campus/contracts';
import type { Organisation, User } from '@campus/server-db';
import {
  agreedAgreement,
  mentorAssessment,
  MobilityFactory,
  OrganisationFactory,
  UserFactory,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/** The date `days` after `from`. */
function plus(days: number, from = '2027-03-01'): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const LIMITS: Record<MobilityActivityType, { min: number; max: number; words: string }> = {
  'SM-JOB-SHDW': { min: 2, max: 60, words: 'Job shadowing lasts 2 to 60 days' },
  'SM-TTA': { min: 2, max: 365, words: 'A teaching or training assignment lasts 2 to 365 days' },
  'SM-COUR-TRAIN': { min: 2, max: 30, words: 'A structured course lasts 2 to 30 days' },
  'LM-SHORT-VET': { min: 10, max: 89, words: 'A short-term VET learner mobility lasts 10 to 89 days' },
  'LM-LONG-VET': {
    min: 90,
    max: 365,
    words: 'A long-term VET learner mobility (ErasmusPro) lasts 90 to 365 days',
  },
};

describe('mobility records', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let managerUser: User;
  let otherManager: string;
  let learner: string;
  let learnerUser: User;
  let trainerUser: User;
  let otherLearnerUser: User;
  let outsider: User;

  const base = () => `/api/orgs/${school.id}/mobilities`;
  const create = (body: object, token = manager) => t.http().post(base()).set(bearer(token)).send(body);
  const moveTo = (id: string, to: string, note?: string) =>
    t.http().post(`${base()}/${id}/status`).set(bearer(manager)).send({ to, note });

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'Istituto Aldini Valeriani', country: 'IT' });
    otherSchool = await OrganisationFactory.create(t.ds, { country: 'PT', city: 'Porto' });
    managerUser = await UserFactory.member(t.ds, school, 'manager', { name: 'Marta Rossi' });
    manager = (await signIn(t, managerUser.email)).token;
    const otherManagerUser = await UserFactory.member(t.ds, otherSchool, 'manager');
    otherManager = (await signIn(t, otherManagerUser.email)).token;
    learnerUser = await UserFactory.member(t.ds, school, 'learner', { name: 'Luca Bianchi' });
    learner = (await signIn(t, learnerUser.email)).token;
    trainerUser = await UserFactory.member(t.ds, school, 'trainer');
    otherLearnerUser = await UserFactory.member(t.ds, otherSchool, 'learner');
    outsider = await UserFactory.create(t.ds);
  });
  afterAll(() => t.close());

  it('runs the lifecycle draft → agreed → in progress → completed → validated, recording who and when', async () => {
    const created = await create(MobilityFactory.request(learnerUser.id)).expect(201);
    expect(created.body).toMatchObject({
      organisationId: school.id,
      participant: { id: learnerUser.id, name: 'Luca Bianchi', email: learnerUser.email },
      activityType: 'SM-JOB-SHDW',
      host: { country: 'FI', city: 'Tampere', oid: 'E10012345' },
      mentor: { language: 'fi' },
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      status: 'draft',
      durationDays: 5,
      fundedTravelDays: 2,
    });
    const id: string = created.body.id;

    for (const [to, note] of [
      ['agreed', 'Learning agreement signed'],
      ['in_progress', undefined],
      ['completed', undefined],
      ['validated', 'Certificate to follow'],
    ] as const) {
      // Validation needs the host mentor's assessment (of an agreed learning agreement).
      if (to === 'validated') {
        await agreedAgreement(t.ds, id);
        await mentorAssessment(t.ds, id);
      }
      const res = await moveTo(id, to, note).expect(200);
      expect(res.body.status).toBe(to);
    }
    const got = await t.http().get(`${base()}/${id}`).set(bearer(manager)).expect(200);
    expect(got.body.status).toBe('validated');

    const history = await t.http().get(`${base()}/${id}/history`).set(bearer(manager)).expect(200);
    expect(history.body.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'draft'],
      ['draft', 'agreed'],
      ['agreed', 'in_progress'],
      ['in_progress', 'completed'],
      ['completed', 'validated'],
    ]);
    for (const h of history.body) {
      expect(h.by).toEqual({ id: managerUser.id, name: 'Marta Rossi' });
      expect(Date.now() - Date.parse(h.at)).toBeLessThan(60_000);
    }
    expect(history.body[1].note).toBe('Learning agreement signed');
    expect(history.body[2].note).toBeNull();
    const times = history.body.map((h: { at: string }) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const audit: { action: string; details: { from?: string; to?: string } }[] = await t.ds.query(
      `SELECT action, details FROM audit_events WHERE target_type = 'mobility' AND target_id = $1 ORDER BY at`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'mobility.created',
      ...Array(4).fill('mobility.status_changed'),
    ]);
    expect(audit[4].details).toEqual({ from: 'completed', to: 'validated' });

    // Validated is final: not even cancelled.
    const late = await moveTo(id, 'cancelled');
    expectProblem(late, 409, 'CONFLICT');
    expect(late.body.detail).toBe('A mobility cannot go from validated to cancelled.');
  });

  it('refuses illegal transitions with 409 naming both states, and records nothing', async () => {
    const draft = await MobilityFactory.create(t.ds, school, learnerUser);
    for (const to of ['in_progress', 'completed', 'validated', 'draft']) {
      const res = await moveTo(draft.id, to);
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.detail).toBe(`A mobility cannot go from draft to ${to}.`);
    }
    await moveTo(draft.id, 'cancelled', 'Participant withdrew').expect(200);
    const again = await moveTo(draft.id, 'agreed');
    expectProblem(again, 409, 'CONFLICT');
    expect(again.body.detail).toBe('A mobility cannot go from cancelled to agreed.');
    const history = await t.http().get(`${base()}/${draft.id}/history`).set(bearer(manager)).expect(200);
    expect(history.body.map((h: { to: string }) => h.to)).toEqual(['draft', 'cancelled']);

    const unknown = await moveTo(draft.id, 'archived');
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
  });

  it('cancels from every state before validated', async () => {
    for (const status of ['agreed', 'in_progress', 'completed'] as const) {
      const m = await MobilityFactory.inStatus(t.ds, school, learnerUser, status);
      const res = await moveTo(m.id, 'cancelled').expect(200);
      expect(res.body.status).toBe('cancelled');
    }
  });

  it('edits a draft or an agreed mobility, keeping its status, and refuses once it is under way', async () => {
    const created = await create(MobilityFactory.request(learnerUser.id)).expect(201);
    const id: string = created.body.id;
    const edited = await t
      .http()
      .patch(`${base()}/${id}`)
      .set(bearer(manager))
      .send({
        endDate: '2027-03-12',
        mentor: {
          name: 'Mikko Laine',
          role: 'Head of department',
          email: 'mikko@example.fi',
          language: 'sv',
        },
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      status: 'draft',
      endDate: '2027-03-12',
      durationDays: 12,
      mentor: { name: 'Mikko Laine', language: 'sv' },
    });

    await moveTo(id, 'agreed').expect(200);
    const agreed = await t
      .http()
      .patch(`${base()}/${id}`)
      .set(bearer(manager))
      .send({ startDate: '2027-03-02', endDate: '2027-03-10' })
      .expect(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', startDate: '2027-03-02', durationDays: 9 });

    // The rules apply to the record as it would become.
    const tooLong = await t
      .http()
      .patch(`${base()}/${id}`)
      .set(bearer(manager))
      .send({ endDate: '2027-06-30' });
    expectProblem(tooLong, 400, 'VALIDATION_FAILED');
    expect(tooLong.body.errors).toEqual([
      { field: 'endDate', message: 'Job shadowing lasts 2 to 60 days; this one lasts 121.' },
    ]);

    await moveTo(id, 'in_progress').expect(200);
    const late = await t.http().patch(`${base()}/${id}`).set(bearer(manager)).send({ endDate: '2027-03-11' });
    expectProblem(late, 409, 'CONFLICT');
    expect(late.body.detail).toBe('A mobility can be edited while draft or agreed; this one is in_progress.');
    const unchanged = await t.http().get(`${base()}/${id}`).set(bearer(manager)).expect(200);
    expect(unchanged.body.endDate).toBe('2027-03-10');
  });

  describe.each(MOBILITY_ACTIVITY_TYPES)('%s day limits', (activityType) => {
    const { min, max, words } = LIMITS[activityType];
    it(`accepts ${min} and ${max} days and refuses ${max + 1} and ${min - 1}, naming the limit`, async () => {
      for (const days of [min, max]) {
        const res = await create(
          MobilityFactory.request(learnerUser.id, { activityType, endDate: plus(days - 1) }),
        ).expect(201);
        expect(res.body.durationDays).toBe(days);
      }
      for (const days of [max + 1, min - 1]) {
        const res = await create(
          MobilityFactory.request(learnerUser.id, { activityType, endDate: plus(days - 1) }),
        );
        expectProblem(res, 400, 'VALIDATION_FAILED');
        expect(res.body.errors).toEqual([{ field: 'endDate', message: `${words}; this one lasts ${days}.` }]);
        expect(res.body.detail).toBe(`${words}; this one lasts ${days}.`);
      }
    });
  });

  it('subtracts interruptions from the duration and refuses them outside the activity or overlapping', async () => {
    const ok = await create(
      MobilityFactory.request(learnerUser.id, {
        startDate: '2027-03-01',
        endDate: '2027-03-20',
        interruptions: [
          { from: '2027-03-12', to: '2027-03-13' },
          { from: '2027-03-05', to: '2027-03-07' },
        ],
      }),
    ).expect(201);
    expect(ok.body.durationDays).toBe(15);
    expect(ok.body.interruptions).toEqual([
      { from: '2027-03-05', to: '2027-03-07' },
      { from: '2027-03-12', to: '2027-03-13' },
    ]);

    const outside = await create(
      MobilityFactory.request(learnerUser.id, {
        endDate: '2027-03-20',
        interruptions: [{ from: '2027-03-19', to: '2027-03-22' }],
      }),
    );
    expectProblem(outside, 400, 'VALIDATION_FAILED');
    expect(outside.body.errors).toEqual([
      {
        field: 'interruptions.0',
        message: 'An interruption must lie within the activity (2027-03-01 to 2027-03-20).',
      },
    ]);

    const overlapping = await create(
      MobilityFactory.request(learnerUser.id, {
        endDate: '2027-03-20',
        interruptions: [
          { from: '2027-03-05', to: '2027-03-08' },
          { from: '2027-03-08', to: '2027-03-09' },
        ],
      }),
    );
    expectProblem(overlapping, 400, 'VALIDATION_FAILED');
    expect(overlapping.body.errors).toEqual([
      {
        field: 'interruptions.1',
        message:
          'Interruptions must not overlap: 2027-03-05 to 2027-03-08 overlaps 2027-03-08 to 2027-03-09.',
      },
    ]);

    const backwards = await create(
      MobilityFactory.request(learnerUser.id, { startDate: '2027-03-05', endDate: '2027-03-01' }),
    );
    expectProblem(backwards, 400, 'VALIDATION_FAILED');
    expect(backwards.body.errors[0].field).toBe('endDate');
  });

  it('funds up to 2 travel days, or up to 6 with green travel', async () => {
    const cases: [number, number, boolean, number][] = [
      [3, 3, false, 2],
      [1, 0, false, 1],
      [3, 3, true, 6],
      [2, 2, true, 4],
      [6, 2, true, 6],
    ];
    for (const [travelDaysBefore, travelDaysAfter, greenTravel, funded] of cases) {
      const res = await create(
        MobilityFactory.request(learnerUser.id, { travelDaysBefore, travelDaysAfter, greenTravel }),
      ).expect(201);
      expect({ funded: res.body.fundedTravelDays, days: res.body.durationDays }).toEqual({ funded, days: 5 });
    }
    const tooMany = await create(MobilityFactory.request(learnerUser.id, { travelDaysBefore: 7 }));
    expectProblem(tooMany, 400, 'VALIDATION_FAILED');
    expect(tooMany.body.errors[0].field).toBe('travelDaysBefore');
  });

  it('keeps a mobility id unique within a project of the sending organisation (409 ALREADY_EXISTS)', async () => {
    const body = MobilityFactory.request(learnerUser.id, {
      projectNumber: '2026-1-IT01-KA121-VET-000999',
      mobilityId: 'M-001',
    });
    await create(body).expect(201);
    const dup = await create({ ...body, participantId: trainerUser.id });
    expectProblem(dup, 409, 'ALREADY_EXISTS');
    expect(dup.body.errors).toEqual([
      {
        field: 'mobilityId',
        message: 'Mobility id M-001 is already used in project 2026-1-IT01-KA121-VET-000999.',
      },
    ]);
    // Another project, or another organisation's same project number, may use it.
    await create({ ...body, projectNumber: '2027-1-IT01-KA121-VET-000001' }).expect(201);
    await t
      .http()
      .post(`/api/orgs/${otherSchool.id}/mobilities`)
      .set(bearer(otherManager))
      .send({ ...body, participantId: otherLearnerUser.id })
      .expect(201);
    // Renaming onto a taken id is refused too.
    const other = await create(
      MobilityFactory.request(learnerUser.id, { projectNumber: body.projectNumber }),
    ).expect(201);
    const rename = await t
      .http()
      .patch(`${base()}/${other.body.id}`)
      .set(bearer(manager))
      .send({ mobilityId: 'M-001' });
    expectProblem(rename, 409, 'ALREADY_EXISTS');
  });

  it('refuses a participant who is not a member of the sending organisation, naming the field', async () => {
    for (const user of [outsider, otherLearnerUser]) {
      const res = await create(MobilityFactory.request(user.id));
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'participantId', message: 'The participant must be a member of the sending organisation.' },
      ]);
    }
  });

  it("answers 404 to another school's manager, for every route, like a missing mobility", async () => {
    const m = await MobilityFactory.create(t.ds, school, learnerUser);
    const requests = [
      t.http().get(base()),
      t.http().post(base()).send(MobilityFactory.request(learnerUser.id)),
      t.http().get(`${base()}/${m.id}`),
      t.http().patch(`${base()}/${m.id}`).send({ endDate: '2027-03-06' }),
      t.http().post(`${base()}/${m.id}/status`).send({ to: 'agreed' }),
      t.http().get(`${base()}/${m.id}/history`),
      // Their own organisation's routes with this school's mobility id.
      t.http().get(`/api/orgs/${otherSchool.id}/mobilities/${m.id}`),
      t.http().post(`/api/orgs/${otherSchool.id}/mobilities/${m.id}/status`).send({ to: 'agreed' }),
    ];
    for (const req of requests) expectProblem(await req.set(bearer(otherManager)), 404, 'NOT_FOUND');
    const missing = await t.http().get(`${base()}/${crypto.randomUUID()}`).set(bearer(manager));
    expectProblem(missing, 404, 'NOT_FOUND');
    const unchanged = await t.http().get(`${base()}/${m.id}`).set(bearer(manager)).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'draft', endDate: '2027-03-05' });
  });

  it('lets a platform admin manage any school’s mobilities, as on other organisation routes', async () => {
    const admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    const m = await MobilityFactory.create(t.ds, school, learnerUser);
    await t.http().get(`${base()}/${m.id}`).set(bearer(admin)).expect(200);
    const moved = await t
      .http()
      .post(`${base()}/${m.id}/status`)
      .set(bearer(admin))
      .send({ to: 'agreed' })
      .expect(200);
    expect(moved.body.status).toBe('agreed');
  });

  it('answers 403 to a learner of the school on manager routes', async () => {
    const m = await MobilityFactory.create(t.ds, school, learnerUser);
    const requests = [
      t.http().get(base()),
      t.http().post(base()).send(MobilityFactory.request(learnerUser.id)),
      t.http().get(`${base()}/${m.id}`),
      t.http().patch(`${base()}/${m.id}`).send({ endDate: '2027-03-06' }),
      t.http().post(`${base()}/${m.id}/status`).send({ to: 'agreed' }),
      t.http().get(`${base()}/${m.id}/history`),
    ];
    for (const req of requests) expectProblem(await req.set(bearer(learner)), 403, 'FORBIDDEN');
  });

  it('lets a member draft a mobility for themselves and read their own, nobody else’s', async () => {
    const someoneElses = await MobilityFactory.create(t.ds, school, trainerUser);
    const { participantId: _ignored, ...fields } = MobilityFactory.request(learnerUser.id);
    const mine = await t
      .http()
      .post('/api/me/mobilities')
      // A participant id in the body is not part of this request: the draft is always one's own.
      .send({
        ...fields,
        organisationId: school.id,
        participantId: trainerUser.id,
        healthNeeds: 'never stored',
      })
      .set(bearer(learner))
      .expect(201);
    expect(mine.body).toMatchObject({
      status: 'draft',
      organisationId: school.id,
      participant: { id: learnerUser.id },
    });
    expect(mine.body).not.toHaveProperty('healthNeeds');

    const list = await t.http().get('/api/me/mobilities').set(bearer(learner)).expect(200);
    const ids = list.body.map((m: { id: string }) => m.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(someoneElses.id);
    expect(list.body.every((m: { participant: { id: string } }) => m.participant.id === learnerUser.id)).toBe(
      true,
    );

    // The manager sees the learner's draft among the school's mobilities.
    const managed = await t.http().get(`${base()}/${mine.body.id}`).set(bearer(manager)).expect(200);
    expect(managed.body.status).toBe('draft');

    // Not in an organisation one does not belong to.
    const elsewhere = await t
      .http()
      .post('/api/me/mobilities')
      .set(bearer(learner))
      .send({ ...fields, organisationId: otherSchool.id });
    expectProblem(elsewhere, 404, 'NOT_FOUND');
    const invalid = await t
      .http()
      .post('/api/me/mobilities')
      .set(bearer(learner))
      .send({ ...fields, organisationId: school.id, endDate: '2027-06-30' });
    expectProblem(invalid, 400, 'VALIDATION_FAILED');
    expect(invalid.body.errors[0].message).toBe('Job shadowing lasts 2 to 60 days; this one lasts 122.');
  });

  it('answers 400 MALFORMED_ID for a malformed organisation or mobility id', async () => {
    const bad = [
      t.http().get(`${base()}/not-a-uuid`),
      t.http().patch(`${base()}/123`).send({ endDate: '2027-03-06' }),
      t.http().post(`${base()}/x/status`).send({ to: 'agreed' }),
      t.http().get(`${base()}/x/history`),
      t.http().get('/api/orgs/nope/mobilities'),
    ];
    for (const req of bad) expectProblem(await req.set(bearer(manager)), 400, 'MALFORMED_ID');
  });

  it('refuses an unknown country, mentor language, transport, distance band or an unstorable date, naming each field', async () => {
    const body = MobilityFactory.request(learnerUser.id);
    const res = await create({
      ...body,
      host: { ...body.host, country: 'XX', website: 'ftp://example.fi', oid: '12345' },
      mentor: { ...body.mentor, language: 'fr' },
      transport: 'rocket',
      distanceBand: '0-9',
      startDate: '0000-01-01',
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'host.country',
        'host.website',
        'host.oid',
        'mentor.language',
        'transport',
        'distanceBand',
        'startDate',
      ]),
    );
    // Lower case is read as the code it names.
    const lower = await create({ ...body, host: { ...body.host, country: 'fi' } }).expect(201);
    expect(lower.body.host.country).toBe('FI');
  });

  it('documents the routes and their zod schemas in the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/orgs/{orgId}/mobilities',
        '/api/orgs/{orgId}/mobilities/{id}',
        '/api/orgs/{orgId}/mobilities/{id}/status',
        '/api/orgs/{orgId}/mobilities/{id}/history',
        '/api/me/mobilities',
      ]),
    );
    const doc = JSON.stringify(res.body);
    for (const word of ['distanceBand', 'SM-JOB-SHDW', 'greenTravel', 'interruptions'])
      expect(doc).toContain(word);
  });

  it('lists the school’s mobilities with filters and pages', async () => {
    const org = await OrganisationFactory.create(t.ds);
    const boss = (await signIn(t, (await UserFactory.member(t.ds, org, 'manager')).email)).token;
    const anna = await UserFactory.member(t.ds, org, 'learner', { name: 'Anna' });
    const bruno = await UserFactory.member(t.ds, org, 'trainer', { name: 'Bruno' });
    await MobilityFactory.create(t.ds, org, anna, { startDate: '2026-05-04', endDate: '2026-05-08' });
    await MobilityFactory.create(t.ds, org, anna, {
      startDate: '2027-05-03',
      endDate: '2027-05-07',
      status: 'agreed',
    });
    await MobilityFactory.create(t.ds, org, bruno, {
      startDate: '2027-09-06',
      endDate: '2027-09-10',
      activityType: 'SM-COUR-TRAIN',
      status: 'agreed',
    });
    await MobilityFactory.create(t.ds, school, learnerUser, {
      startDate: '2027-01-10',
      endDate: '2027-01-12',
    });
    const list = (q: string) =>
      t.http().get(`/api/orgs/${org.id}/mobilities${q}`).set(bearer(boss)).expect(200);

    const all = await list('');
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((m: { startDate: string }) => m.startDate)).toEqual([
      '2027-09-06',
      '2027-05-03',
      '2026-05-04',
    ]);
    expect((await list('?status=agreed')).body.total).toBe(2);
    expect((await list('?year=2027')).body.total).toBe(2);
    expect((await list('?year=2026')).body.items[0].startDate).toBe('2026-05-04');
    expect(
      (await list('?activityType=SM-COUR-TRAIN')).body.items.map(
        (m: { participant: { name: string } }) => m.participant.name,
      ),
    ).toEqual(['Bruno']);
    expect((await list(`?participantId=${anna.id}&status=agreed&year=2027`)).body.total).toBe(1);
    const page2 = await list('?pageSize=2&page=2');
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((m: { startDate: string }) => m.startDate)).toEqual(['2026-05-04']);
    expectProblem(
      await t.http().get(`/api/orgs/${org.id}/mobilities?status=lost`).set(bearer(boss)),
      400,
      'VALIDATION_FAILED',
    );
  });
});
