import { randomBytes } from 'node:crypto';
import {
  LOCALES,
  type FrameworkAdminView,
  type FrameworkContent,
  type PublishedFrameworkSummaryView,
  type PublishedFrameworkView,
} from '@campus/contracts';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/** A small framework written in English with a Finnish title and one Finnish statement. */
function content(statementText = 'We have a written internationalisation strategy.'): FrameworkContent {
  return {
    sourceLocale: 'en',
    title: { en: 'Mobility readiness', fi: 'Liikkuvuusvalmius' },
    description: { en: 'How ready the school is for mobility.' },
    areas: [
      {
        key: 'strategy',
        title: { en: 'Strategy', fi: 'Strategia' },
        description: {},
        topic: 'internationalisation strategy',
        statements: [
          { key: 'strategy-written', text: { en: statementText, fi: 'Meillä on kirjallinen strategia.' } },
          { key: 'strategy-budget', text: { en: 'Internationalisation has its own budget line.' } },
        ],
      },
      {
        key: 'mobility',
        title: { en: 'Mobility' },
        description: {},
        topic: 'mobility',
        statements: [
          { key: 'mobility-prepared', text: { en: 'Participants are prepared before they leave.' } },
        ],
      },
    ],
  };
}

describe('assessment frameworks', () => {
  let t: TestApp;
  let school: Organisation;
  let admin: string;
  let manager: string;
  let finnishLearner: string;
  const slug = `h1-frameworks-${randomBytes(3).toString('hex')}`;

  const admins = () => t.http();
  const create = (body: object, token = admin) =>
    admins().post('/api/admin/frameworks').set(bearer(token)).send(body);
  const get = (id: string) =>
    admins().get(`/api/admin/frameworks/${id}`).set(bearer(admin)).expect(200) as unknown as Promise<{
      body: FrameworkAdminView;
    }>;
  const saveDraft = (id: string, c: object) =>
    admins().put(`/api/admin/frameworks/${id}/draft`).set(bearer(admin)).send({ content: c });
  const publish = (id: string) => admins().post(`/api/admin/frameworks/${id}/publish`).set(bearer(admin));
  const published = async (token: string, query = ''): Promise<PublishedFrameworkSummaryView[]> =>
    (await t.http().get(`/api/frameworks${query}`).set(bearer(token)).expect(200)).body as never;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: 'H1 Frameworks Test School', country: 'FI' });
    admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    finnishLearner = (
      await signIn(t, (await UserFactory.member(t.ds, school, 'learner', { locale: 'fi' })).email)
    ).token;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets only platform admins author: 401 anonymous, 403 for a manager', async () => {
    expectProblem(await t.http().get('/api/admin/frameworks'), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http().get('/api/frameworks'), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http().get('/api/admin/frameworks').set(bearer(manager)), 403, 'FORBIDDEN');
    expectProblem(await create({ slug: `${slug}-manager`, content: content() }, manager), 403, 'FORBIDDEN');
    const [row] = await t.ds.query(`SELECT count(*)::int AS n FROM assessment_frameworks WHERE slug = $1`, [
      `${slug}-manager`,
    ]);
    expect(row.n).toBe(0);
    expectProblem(
      await t.http().get('/api/admin/frameworks/not-a-uuid').set(bearer(admin)),
      400,
      'MALFORMED_ID',
    );
  });

  it('refuses content without the source-language text or with a key used twice, naming the field', async () => {
    const noSource = content();
    noSource.areas[1].statements[0].text = { fi: 'Vain suomeksi.' };
    const missing = await create({ slug: `${slug}-invalid`, content: noSource });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors).toEqual([
      { field: 'content.areas.1.statements.0.text', message: 'Give the text in en, the source language.' },
    ]);

    const twice = content();
    twice.areas[1].statements[0].key = 'strategy-budget';
    const duplicate = await create({ slug: `${slug}-invalid`, content: twice });
    expectProblem(duplicate, 400, 'VALIDATION_FAILED');
    expect(duplicate.body.errors).toEqual([
      { field: 'content.areas.1.statements.0.key', message: 'The key strategy-budget is used twice.' },
    ]);

    expectProblem(await create({ slug: 'Not A Slug', content: content() }), 400, 'VALIDATION_FAILED');
  });

  it('keeps a framework in versions: a draft is invisible until published, publishing retires the previous one', async () => {
    const created = await create({ slug, content: content() }).expect(201);
    const id = (created.body as FrameworkAdminView).id;
    expect(created.body.versions).toMatchObject([{ version: 1, status: 'draft' }]);
    expect(created.body.publishedVersionId).toBeNull();
    const v1 = created.body.versions[0].id as string;
    expectProblem(await create({ slug, content: content() }), 409, 'ALREADY_EXISTS');

    // A draft is seen by nobody outside the admin.
    expect((await published(manager)).map((f) => f.slug)).not.toContain(slug);
    expectProblem(
      await t.http().get(`/api/frameworks/versions/${v1}`).set(bearer(manager)),
      404,
      'NOT_FOUND',
    );

    // Saving the draft replaces it; it stays version 1.
    const saved = await saveDraft(id, content('We have a strategy the board adopted.')).expect(200);
    expect(saved.body.versions).toHaveLength(1);

    const first = await publish(id).expect(200);
    expect(first.body.versions).toMatchObject([{ id: v1, version: 1, status: 'published' }]);
    expect(first.body.draftVersionId).toBeNull();
    expectProblem(await publish(id), 409, 'CONFLICT');
    const listed = (await published(manager, '?locale=en')).find((f) => f.slug === slug);
    expect(listed).toEqual({
      id,
      slug,
      versionId: v1,
      version: 1,
      title: 'Mobility readiness',
      areas: [
        { key: 'strategy', title: 'Strategy' },
        { key: 'mobility', title: 'Mobility' },
      ],
    });

    // A school opened a round on version 1.
    await t.ds.query(
      `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups)
       VALUES ($1, $2, 'Spring review', 'en', '{teachers}')`,
      [school.id, v1],
    );

    // Saving with no draft starts version 2 from the content sent; version 1 is left as it was,
    // and a statement of version 1 may be dropped.
    const next = content('Our strategy names yearly mobility targets.');
    next.areas[0].statements.pop();
    const draft = await saveDraft(id, next).expect(200);
    expect(draft.body.versions).toMatchObject([
      { version: 2, status: 'draft' },
      { id: v1, version: 1, status: 'published' },
    ]);
    expect(draft.body.versions[1].content.areas[0].statements[0].text.en).toBe(
      'We have a strategy the board adopted.',
    );
    const v2 = draft.body.draftVersionId as string;

    const second = await publish(id).expect(200);
    expect(second.body.versions).toMatchObject([
      { id: v2, version: 2, status: 'published' },
      { id: v1, version: 1, status: 'retired' },
    ]);
    expect((await published(manager)).filter((f) => f.slug === slug)).toMatchObject([{ versionId: v2 }]);

    // The round's version stays readable, with the texts it was published with.
    const round = await t
      .http()
      .get(`/api/frameworks/versions/${v1}?locale=en`)
      .set(bearer(manager))
      .expect(200);
    expect(round.body).toMatchObject({ versionId: v1, version: 1, status: 'retired' });
    expect((round.body as PublishedFrameworkView).areas[0].statements.map((s) => s.text)).toEqual([
      'We have a strategy the board adopted.',
      'Internationalisation has its own budget line.',
    ]);

    const audit = await t.ds.query(
      `SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY at, action`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'framework.created', details: { slug } },
      { action: 'framework.published', details: { versionId: v1, version: 1, retiredVersion: null } },
      { action: 'framework.published', details: { versionId: v2, version: 2, retiredVersion: 1 } },
    ]);

    // A draft can be thrown away; the published version is untouched.
    await saveDraft(id, content()).expect(200);
    await admins().delete(`/api/admin/frameworks/${id}/draft`).set(bearer(admin)).expect(204);
    expectProblem(
      await admins().delete(`/api/admin/frameworks/${id}/draft`).set(bearer(admin)),
      409,
      'CONFLICT',
    );
    const after = await get(id);
    expect(after.body.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);

    const summary = (await admins().get('/api/admin/frameworks').set(bearer(admin)).expect(200)).body.find(
      (f: { slug: string }) => f.slug === slug,
    );
    expect(summary).toMatchObject({ id, title: 'Mobility readiness', sourceLocale: 'en', draft: null });
    expect(summary.published).toMatchObject({ versionId: v2, version: 2 });
  });

  it('reports how many texts each language has, and falls back to the source text', async () => {
    const created = await create({ slug: `${slug}-translated`, content: content() }).expect(201);
    const body = created.body as FrameworkAdminView;
    // title, description, 2 area titles, 3 statements.
    expect(body.versions[0].completeness.total).toBe(7);
    const byLocale = Object.fromEntries(
      body.versions[0].completeness.byLocale.map((c) => [c.locale, c.translated]),
    );
    expect(byLocale).toEqual({ en: 7, it: 0, fi: 3, pt: 0, el: 0, de: 0, es: 0, sv: 0 });

    expectProblem(
      await admins().delete(`/api/admin/frameworks/${body.id}/draft`).set(bearer(admin)),
      409,
      'CONFLICT',
    );
    await publish(body.id).expect(200);
    const versionId = body.versions[0].id;
    // The caller's own language (Finnish) when no locale is asked for.
    const fi = (
      await t.http().get(`/api/frameworks/versions/${versionId}`).set(bearer(finnishLearner)).expect(200)
    ).body as PublishedFrameworkView;
    expect(fi.locale).toBe('fi');
    expect(fi.title).toBe('Liikkuvuusvalmius');
    expect(fi.description).toBe('How ready the school is for mobility.');
    expect(fi.areas.map((a) => a.title)).toEqual(['Strategia', 'Mobility']);
    expect(fi.areas[0].statements).toEqual([
      { key: 'strategy-written', text: 'Meillä on kirjallinen strategia.' },
      { key: 'strategy-budget', text: 'Internationalisation has its own budget line.' },
    ]);
    const de = (await published(finnishLearner, '?locale=de')).find((f) => f.slug === `${slug}-translated`);
    expect(de?.title).toBe('Mobility readiness');
    expectProblem(
      await t.http().get(`/api/frameworks?locale=xx`).set(bearer(manager)),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('has the shipped framework published, every text in the eight languages', async () => {
    const shipped = (await published(manager, '?locale=el')).find(
      (f) => f.slug === 'vet-internationalisation',
    );
    expect(shipped?.version).toBe(1);
    expect(shipped?.areas.map((a) => a.key)).toEqual([
      'strategy-leadership',
      'international-office',
      'staff-competences',
      'partnerships',
      'mobility-management',
      'curriculum-integration',
      'recognition',
      'inclusion',
      'communication-dissemination',
    ]);
    const view = await get(shipped!.id);
    const { completeness } = view.body.versions[0];
    expect(completeness.total).toBeGreaterThan(9 * 4);
    expect(completeness.byLocale).toEqual(
      LOCALES.map((locale) => ({ locale, translated: completeness.total })),
    );
  });
});
