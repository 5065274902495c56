import { randomBytes, randomUUID } from 'node:crypto';
import type { LearningAgreementContent, LearningAgreementView } from '@campus/contracts';
import { MentorLink, type Mobility, type Organisation, type User } from '@campus/server-db';
import { LearningAgreementsService } from '@campus/server-mobility';
import {
  agreedAgreement,
  LearningAgreementFactory,
  MobilityFactory,
  OrganisationFactory,
  UserFactory,
} from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

describe('learning agreements', () => {
  let t: TestApp;
  let service: LearningAgreementsService;
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: string;
  let otherManager: string;
  let learner: string;
  let colleague: string;
  let managerUser: User;
  let learnerUser: User;
  let colleagueUser: User;

  const org = (m: Mobility) => `/api/orgs/${school.id}/mobilities/${m.id}/agreement`;
  const me = (m: Mobility) => `/api/me/mobilities/${m.id}/agreement`;
  const save = (
    url: string,
    token: string,
    content: LearningAgreementContent,
    basedOnVersion: number | null,
  ) => t.http().put(url).set(bearer(token)).send({ content, basedOnVersion });
  const confirm = (url: string, token: string, version: number) =>
    t.http().post(`${url}/confirm`).set(bearer(token)).send({ version });
  const get = async (url: string, token = manager): Promise<LearningAgreementView> =>
    (await t.http().get(url).set(bearer(token)).expect(200)).body;

  /** A link row as the mentor-links service issues it: the mentor methods record which link acted. */
  async function mentorLink(m: Mobility): Promise<string> {
    const link = await t.ds.getRepository(MentorLink).save({
      mobilityId: m.id,
      tokenHash: randomBytes(32),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      createdBy: managerUser.id,
    });
    return link.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    service = t.app.get(LearningAgreementsService);
    school = await OrganisationFactory.create(t.ds, { name: 'IIS Enrico Fermi' });
    otherSchool = await OrganisationFactory.create(t.ds, { country: 'PT' });
    managerUser = await UserFactory.member(t.ds, school, 'manager', { name: 'Marta Rossi' });
    manager = (await signIn(t, managerUser.email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    learnerUser = await UserFactory.member(t.ds, school, 'learner', { name: 'Luca Bianchi' });
    learner = (await signIn(t, learnerUser.email)).token;
    colleagueUser = await UserFactory.member(t.ds, school, 'learner');
    colleague = (await signIn(t, colleagueUser.email)).token;
  });
  afterAll(() => t.close());

  it('is drafted, confirmed by participant, manager and mentor, and then agreed, moving a draft mobility to agreed', async () => {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser, { createdBy: managerUser.id });
    const empty = await get(org(mobility));
    expect(empty).toEqual({
      mobilityId: mobility.id,
      agreedVersion: null,
      current: null,
      versions: [],
      changeRequests: [],
      editable: true,
    });
    expect(await service.viewForMentor(mobility.id)).toBeNull();

    // The participant drafts; the manager completes the draft in place while nobody has confirmed.
    const draft = LearningAgreementFactory.content({ languages: ['en'] });
    const first = await save(me(mobility), learner, draft, null).expect(200);
    expect(first.body.current).toMatchObject({
      version: 1,
      isAmendment: false,
      createdBy: { id: learnerUser.id, name: 'Luca Bianchi' },
      agreedAt: null,
      confirmations: [],
      missingParties: ['participant', 'manager', 'mentor'],
      changes: null,
    });
    const completed = { ...draft, languages: ['en', 'fi'], tasks: 'Shadow the coordinator for five days.' };
    const inPlace = await save(org(mobility), manager, completed, 1).expect(200);
    expect(inPlace.body.current).toMatchObject({ version: 1, content: completed });
    expect(inPlace.body.versions).toHaveLength(1);

    // The participant confirms version 1; a later change by the manager is then a new version.
    const confirmed = await confirm(me(mobility), learner, 1).expect(200);
    expect(confirmed.body.current.confirmations).toEqual([
      { party: 'participant', at: expect.any(String), byName: 'Luca Bianchi' },
    ]);
    expect(confirmed.body.current.missingParties).toEqual(['manager', 'mentor']);
    const v2content = { ...completed, recognition: 'Europass Mobility and a mobility credential.' };
    const v2 = await save(org(mobility), manager, v2content, 1).expect(200);
    expect(v2.body.current).toMatchObject({
      version: 2,
      isAmendment: false,
      createdBy: { id: managerUser.id, name: 'Marta Rossi' },
      confirmations: [],
      changes: {
        fields: [{ field: 'recognition', before: completed.recognition, after: v2content.recognition }],
        outcomesAdded: [],
        outcomesRemoved: [],
        languagesAdded: [],
      },
    });
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(v2.body.versions[1].confirmedParties).toEqual(['participant']);

    // Saving the same content again adds no version and keeps the confirmations.
    await confirm(org(mobility), manager, 2).expect(200);
    const same = await save(org(mobility), manager, v2content, 2).expect(200);
    expect(same.body.current).toMatchObject({ version: 2, confirmedParties: ['manager'] });

    // Confirming twice changes nothing.
    const again = await confirm(org(mobility), manager, 2).expect(200);
    expect(again.body).toEqual(same.body);

    // The mentor asks for changes, through their link.
    const linkId = await mentorLink(mobility);
    const asked = await service.requestChangesAsMentor(
      mobility.id,
      linkId,
      2,
      'Add a visit to the workshops.',
    );
    expect(asked.changeRequests).toEqual([
      {
        id: expect.any(String),
        version: 2,
        comment: 'Add a visit to the workshops.',
        at: expect.any(String),
        by: { party: 'mentor', name: 'Aino Virtanen' },
      },
    ]);
    expect((await get(me(mobility), learner)).changeRequests).toEqual(asked.changeRequests);

    await confirm(me(mobility), learner, 2).expect(200);
    const agreed = await service.confirmAsMentor(mobility.id, linkId, 2);
    expect(agreed.agreedVersion).toBe(2);
    expect(agreed.current).toMatchObject({ version: 2, missingParties: [], agreedAt: expect.any(String) });
    expect(agreed.current?.confirmations.map((c) => [c.party, c.byName])).toEqual([
      ['participant', 'Luca Bianchi'],
      ['manager', 'Marta Rossi'],
      ['mentor', 'Aino Virtanen'],
    ]);
    expect(await service.confirmAsMentor(mobility.id, linkId, 2)).toEqual(agreed);
    expect(await service.viewForMentor(mobility.id)).toEqual(agreed);

    const record = await t
      .http()
      .get(`/api/orgs/${school.id}/mobilities/${mobility.id}`)
      .set(bearer(manager));
    expect(record.body.status).toBe('agreed');
    const history = await t
      .http()
      .get(`/api/orgs/${school.id}/mobilities/${mobility.id}/history`)
      .set(bearer(manager))
      .expect(200);
    expect(history.body.at(-1)).toMatchObject({
      from: 'draft',
      to: 'agreed',
      by: null,
      note: 'Learning agreement version 2 agreed',
    });

    const actions: { action: string; agreement_version: number; mentor_link_id: string }[] = await t.ds.query(
      `SELECT action, agreement_version, mentor_link_id FROM mentor_actions WHERE mobility_id = $1 ORDER BY at`,
      [mobility.id],
    );
    expect(actions).toEqual([
      { action: 'agreement_changes_requested', agreement_version: 2, mentor_link_id: linkId },
      { action: 'agreement_confirmed', agreement_version: 2, mentor_link_id: linkId },
    ]);
    const audit: { action: string; actor_id: string | null; details: Record<string, unknown> }[] =
      await t.ds.query(
        `SELECT action, actor_id, details FROM audit_events
          WHERE target_type = 'mobility' AND target_id = $1 ORDER BY at, action`,
        [mobility.id],
      );
    expect(audit.map((a) => a.action)).toEqual([
      'learning_agreement.saved',
      'learning_agreement.saved',
      'learning_agreement.confirmed',
      'learning_agreement.saved',
      'learning_agreement.confirmed',
      'learning_agreement.changes_requested',
      'learning_agreement.confirmed',
      'learning_agreement.confirmed',
      'mobility.status_changed',
    ]);
    expect(audit[3]).toMatchObject({
      actor_id: managerUser.id,
      details: { party: 'manager', version: 2, replaced: false, isAmendment: false },
    });
    expect(audit[7]).toMatchObject({
      actor_id: null,
      details: { party: 'mentor', version: 2, agreed: true },
    });
    expect(audit[8].details).toEqual({ from: 'draft', to: 'agreed', agreementVersion: 2 });
  });

  it('makes a change after agreement an amendment with a visible difference, agreed again by all three', async () => {
    const mobility = await MobilityFactory.inStatus(t.ds, school, learnerUser, 'in_progress');
    const v1 = LearningAgreementFactory.content();
    await agreedAgreement(t.ds, mobility.id, v1);
    const [kept, dropped, recategorised] = v1.outcomes;
    const added = { id: randomUUID(), statement: 'Run a partner meeting in English.', category: null };
    const amended: LearningAgreementContent = {
      ...v1,
      objectives: 'Also learn how the host school welcomes incoming groups.',
      outcomes: [kept, { ...recategorised, category: 'skills' }, added],
      languages: ['fi', 'sv'],
    };
    const res = await save(org(mobility), manager, amended, 1).expect(200);
    const view: LearningAgreementView = res.body;
    expect(view.agreedVersion).toBe(1);
    expect(view.current).toMatchObject({ version: 2, isAmendment: true, agreedAt: null });
    expect(view.current?.changes).toEqual({
      fields: [{ field: 'objectives', before: v1.objectives, after: amended.objectives }],
      outcomesAdded: [added],
      outcomesRemoved: [dropped],
      outcomesChanged: [
        { id: recategorised.id, before: recategorised, after: { ...recategorised, category: 'skills' } },
      ],
      languagesAdded: ['sv'],
      languagesRemoved: ['en'],
    });

    // The agreed version stays readable, unchanged, with its three confirmations.
    const old = await t
      .http()
      .get(`${org(mobility)}/versions/1`)
      .set(bearer(manager))
      .expect(200);
    expect(old.body).toMatchObject({
      version: 1,
      content: v1,
      missingParties: [],
      agreedAt: expect.any(String),
    });
    const mine = await t
      .http()
      .get(`${me(mobility)}/versions/2`)
      .set(bearer(learner))
      .expect(200);
    expect(mine.body.changes.outcomesAdded).toEqual([added]);
    expectProblem(
      await t
        .http()
        .get(`${org(mobility)}/versions/3`)
        .set(bearer(manager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .get(`${org(mobility)}/versions/first`)
        .set(bearer(manager)),
      400,
      'MALFORMED_ID',
    );

    await confirm(org(mobility), manager, 2).expect(200);
    const linkId = await mentorLink(mobility);
    await service.confirmAsMentor(mobility.id, linkId, 2);
    expect((await get(org(mobility))).agreedVersion).toBe(1);
    const done: LearningAgreementView = (await confirm(me(mobility), learner, 2).expect(200)).body;
    expect(done.agreedVersion).toBe(2);
    expect(done.versions.map((v) => [v.version, v.isAmendment, v.agreedAt !== null])).toEqual([
      [2, true, true],
      [1, false, true],
    ]);
    // An amendment of a mobility under way does not move its status.
    const record = await t
      .http()
      .get(`/api/orgs/${school.id}/mobilities/${mobility.id}`)
      .set(bearer(manager));
    expect(record.body.status).toBe('in_progress');
  });

  it('agrees a version once when the three parties confirm at the same moment, a confirmation sent twice included', async () => {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser);
    await LearningAgreementFactory.draft(t.ds, mobility.id);
    const linkId = await mentorLink(mobility);
    const answers = await Promise.all([
      confirm(org(mobility), manager, 1),
      confirm(org(mobility), manager, 1),
      confirm(me(mobility), learner, 1),
      service.confirmAsMentor(mobility.id, linkId, 1),
    ]);
    for (const res of answers.slice(0, 3)) expect((res as { status: number }).status).toBe(200);
    const view = await get(org(mobility));
    expect(view.agreedVersion).toBe(1);
    expect(view.current?.confirmations.map((c) => c.party)).toEqual(['participant', 'manager', 'mentor']);
    const moves: { to_status: string }[] = await t.ds.query(
      `SELECT to_status FROM mobility_status_changes WHERE mobility_id = $1 ORDER BY changed_at`,
      [mobility.id],
    );
    expect(moves.map((r) => r.to_status)).toEqual(['draft', 'agreed']);
    const confirmed: { n: number }[] = await t.ds.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'learning_agreement.confirmed'`,
      [mobility.id],
    );
    expect(confirmed[0].n).toBe(3);
  });

  it('refuses a save based on a version that is no longer the latest, naming the current one (409)', async () => {
    const mobility = await MobilityFactory.inStatus(t.ds, school, learnerUser, 'agreed');
    const v1 = LearningAgreementFactory.content();
    await agreedAgreement(t.ds, mobility.id, v1);
    // Manager and participant both opened version 1; the manager saves first.
    await save(org(mobility), manager, { ...v1, tasks: 'Manager tasks.' }, 1).expect(200);
    const late = await save(me(mobility), learner, { ...v1, tasks: 'Participant tasks.' }, 1);
    expectProblem(late, 409, 'AGREEMENT_OUTDATED');
    expect(late.body.detail).toBe(
      'The learning agreement is now at version 2: reload it and make your changes again.',
    );
    expect(late.body.errors).toEqual([{ field: 'basedOnVersion', message: 'The current version is 2.' }]);
    expectProblem(await save(org(mobility), manager, v1, null), 409, 'AGREEMENT_OUTDATED');
    expect((await get(org(mobility))).current?.content.tasks).toBe('Manager tasks.');

    const fresh = await MobilityFactory.create(t.ds, school, learnerUser);
    const none = await save(org(fresh), manager, v1, 1);
    expectProblem(none, 409, 'AGREEMENT_OUTDATED');
    expect(none.body.errors).toEqual([{ field: 'basedOnVersion', message: 'The current version is none.' }]);
  });

  it('confirms only the latest version: an older one is 409, a missing one 404', async () => {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser);
    expectProblem(await confirm(org(mobility), manager, 1), 404, 'NOT_FOUND');
    await agreedAgreement(t.ds, mobility.id);
    await LearningAgreementFactory.draft(t.ds, mobility.id);
    const old = await confirm(me(mobility), learner, 1);
    expectProblem(old, 409, 'AGREEMENT_OUTDATED');
    expect(old.body.detail).toBe('Version 1 has been replaced: only the current version 2 can be confirmed.');
    await expect(service.confirmAsMentor(mobility.id, await mentorLink(mobility), 1)).rejects.toMatchObject({
      code: 'AGREEMENT_OUTDATED',
    });
    expectProblem(await confirm(org(mobility), manager, 3), 404, 'NOT_FOUND');
    expect((await get(org(mobility))).current?.confirmations).toEqual([]);
  });

  it.each(['completed', 'validated', 'cancelled'] as const)(
    'refuses saving and confirming once the mobility is %s, and still shows the agreement',
    async (status) => {
      const mobility = await MobilityFactory.inStatus(t.ds, school, learnerUser, status);
      const v1 = LearningAgreementFactory.content();
      await LearningAgreementFactory.draft(t.ds, mobility.id, v1);
      const refused = await save(org(mobility), manager, { ...v1, tasks: 'Too late.' }, 1);
      expectProblem(refused, 409, 'AGREEMENT_CLOSED');
      expect(refused.body.detail).toBe(
        `The learning agreement can change while the mobility is draft, agreed or in progress; this one is ${status}.`,
      );
      expectProblem(await confirm(me(mobility), learner, 1), 409, 'AGREEMENT_CLOSED');
      await expect(
        service.requestChangesAsMentor(mobility.id, await mentorLink(mobility), 1, 'More days'),
      ).rejects.toMatchObject({ code: 'AGREEMENT_CLOSED' });
      const view = await get(me(mobility), learner);
      expect(view).toMatchObject({
        editable: false,
        current: { version: 1, content: v1, confirmations: [] },
      });
    },
  );

  it("answers 404 to another school's manager and to anyone else's participant routes, 403 to a learner on manager routes", async () => {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser);
    await LearningAgreementFactory.draft(t.ds, mobility.id);
    const content = LearningAgreementFactory.content();
    const managerRoutes = (base: string) => [
      t.http().get(base),
      t.http().put(base).send({ content, basedOnVersion: 1 }),
      t.http().post(`${base}/confirm`).send({ version: 1 }),
      t.http().get(`${base}/versions/1`),
    ];
    for (const req of managerRoutes(org(mobility))) {
      expectProblem(await req.set(bearer(otherManager)), 404, 'NOT_FOUND');
    }
    // Their own organisation's path with this school's mobility.
    for (const req of managerRoutes(`/api/orgs/${otherSchool.id}/mobilities/${mobility.id}/agreement`)) {
      expectProblem(await req.set(bearer(otherManager)), 404, 'NOT_FOUND');
    }
    for (const req of managerRoutes(org(mobility))) {
      expectProblem(await req.set(bearer(learner)), 403, 'FORBIDDEN');
    }
    // The participant routes open one's own mobility only: not a colleague's, not as the manager.
    for (const token of [colleague, manager]) {
      for (const req of managerRoutes(me(mobility)))
        expectProblem(await req.set(bearer(token)), 404, 'NOT_FOUND');
    }
    const view = await get(org(mobility));
    expect(view.current).toMatchObject({ version: 1, confirmations: [] });
    expect(view.versions).toHaveLength(1);
  });

  it('refuses invalid content with 400 naming each field', async () => {
    const mobility = await MobilityFactory.create(t.ds, school, learnerUser);
    const content = LearningAgreementFactory.content();
    const bad = await save(
      me(mobility),
      learner,
      {
        ...content,
        outcomes: [{ ...content.outcomes[0], statement: '   ' }, content.outcomes[1]],
        languages: ['finnish'],
      },
      null,
    );
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'content.outcomes.0.statement',
      'content.languages.0',
    ]);
    const duplicate = await save(
      me(mobility),
      learner,
      { ...content, outcomes: [content.outcomes[0], content.outcomes[0]] },
      null,
    );
    expectProblem(duplicate, 400, 'VALIDATION_FAILED');
    expect(duplicate.body.errors).toEqual([
      { field: 'content.outcomes', message: 'Each planned outcome needs its own id.' },
    ]);
    const noBase = await t.http().put(me(mobility)).set(bearer(learner)).send({ content });
    expectProblem(noBase, 400, 'VALIDATION_FAILED');
    expect(noBase.body.errors[0].field).toBe('basedOnVersion');
    const zero = await confirm(org(mobility), manager, 0);
    expectProblem(zero, 400, 'VALIDATION_FAILED');
    expect(zero.body.errors[0].field).toBe('version');
    expect((await get(org(mobility))).current).toBeNull();
  });
});
