import { CatalogueService } from '@campus/server-courses';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory, waitFor } from '@campus/server-testing';
import { draftCourseWithModule, publishedOneLessonCourse } from './support/courses';
import { feedIs, silently } from './support/change-feeds';
import { bearer, createTestApp, signIn, type TestApp } from './support/test-app';

/** A word only this test's courses carry, so each search sees its own rows alone. */
const word = (label: string) => `${label}${Math.random().toString(36).slice(2, 10)}`;

/** How long a notification may take to reach a replica's cache ("at once", with CI slack). */
const NOTIFIED_WITHIN_MS = 3000;

interface Item {
  id: string;
  title: string;
  organisation: { name: string };
}

describe('catalogue pages cached per process, dropped by the course change feed', () => {
  let t: TestApp;
  let replica: TestApp;
  let school: Organisation;
  let trainer: string;
  let member: string;
  let outsider: string;
  let otherMember: string;
  let otherSchool: Organisation;

  beforeAll(async () => {
    t = await createTestApp();
    // Another replica of the same deployment: same database, same token secret.
    replica = await createTestApp({ ACCESS_TOKEN_SECRET: t.env.ACCESS_TOKEN_SECRET });
    school = await OrganisationFactory.create(t.ds);
    otherSchool = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    member = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    outsider = (await signIn(t, (await UserFactory.create(t.ds)).email)).token;
    otherMember = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'learner')).email)).token;
    // The first catalogue read subscribes to the feed; until it listens, pages are read through.
    for (const app of [t, replica]) {
      await app.http().get('/api/catalogue').expect(200);
      const { feed } = app.app.get<CatalogueService, { feed: { live: boolean } }>(CatalogueService);
      await feedIs(feed, true, NOTIFIED_WITHIN_MS);
    }
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  /** The catalogue search for `q` on an app, as anonymous or with a token: the matching items. */
  async function search(app: TestApp, q: string, token?: string, extra = ''): Promise<Item[]> {
    const req = app.http().get(`/api/catalogue?q=${q}&pageSize=50${extra}`);
    const res = await (token ? req.set(bearer(token)) : req).expect(200);
    // Pages go out as bytes serialised once: still JSON, and labelled so.
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return res.body.items as Item[];
  }
  const titles = (items: Item[]) => items.map((i) => i.title).sort();

  it('serves a repeated search from the cache until a change is notified', async () => {
    const w = word('cached');
    const { courseId } = await publishedOneLessonCourse(t, school.id, trainer, { title: `Course ${w}` });
    expect(titles(await search(replica, w))).toEqual([`Course ${w}`]);
    await silently(t, `UPDATE courses SET title = $2 WHERE id = $1`, [courseId, `Silent ${w}`]);
    // Unnotified, so the cached page still answers: proof the page came from memory.
    expect(titles(await search(replica, w))).toEqual([`Course ${w}`]);
    await t.ds.query(`UPDATE courses SET summary = 'Touched' WHERE id = $1`, [courseId]);
    const after = await waitFor(
      () => search(replica, w),
      (items) => items[0]?.title === `Silent ${w}`,
      NOTIFIED_WITHIN_MS,
    );
    expect(titles(after)).toEqual([`Silent ${w}`]);
  });

  it('shows a publish, an edit, a visibility change and an archive through the API at once on every replica', async () => {
    const w = word('life');
    const { courseId, moduleId } = await draftCourseWithModule(t, school.id, trainer, {
      title: `Draft ${w}`,
    });
    await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'page', title: 'Only lesson', body: 'Welcome.' })
      .expect(201);
    // Both replicas cache the empty result (list and search, anonymous and signed in).
    for (const app of [t, replica]) {
      expect(await search(app, w)).toEqual([]);
      expect(await search(app, w, outsider)).toEqual([]);
    }
    const withinMs = (app: TestApp, ok: (items: Item[]) => boolean, token?: string) =>
      waitFor(() => search(app, w, token), ok, NOTIFIED_WITHIN_MS);

    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);
    for (const app of [t, replica]) {
      expect(titles(await withinMs(app, (i) => i.length === 1))).toEqual([`Draft ${w}`]);
      expect(titles(await withinMs(app, (i) => i.length === 1, outsider))).toEqual([`Draft ${w}`]);
    }

    await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .send({ title: `Edited ${w}` })
      .expect(200);
    for (const app of [t, replica])
      expect(titles(await withinMs(app, (i) => i[0]?.title === `Edited ${w}`))).toEqual([`Edited ${w}`]);

    await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .send({ visibility: 'organisation' })
      .expect(200);
    for (const app of [t, replica]) {
      expect(await withinMs(app, (i) => i.length === 0)).toEqual([]);
      expect(await withinMs(app, (i) => i.length === 0, outsider)).toEqual([]);
      expect(titles(await withinMs(app, (i) => i.length === 1, member))).toEqual([`Edited ${w}`]);
    }

    await t.http().post(`/api/authoring/courses/${courseId}/archive`).set(bearer(trainer)).expect(200);
    for (const app of [t, replica]) expect(await withinMs(app, (i) => i.length === 0, member)).toEqual([]);
  });

  it('shows direct SQL changes made by another replica: an edit, a course inserted published, a school renamed', async () => {
    const w = word('sql');
    const { courseId } = await publishedOneLessonCourse(t, school.id, trainer, { title: `Before ${w}` });
    expect(titles(await search(replica, w))).toEqual([`Before ${w}`]);

    await t.ds.query(`UPDATE courses SET title = $2 WHERE id = $1`, [courseId, `After ${w}`]);
    expect(
      titles(
        await waitFor(
          () => search(replica, w),
          (i) => i[0]?.title === `After ${w}`,
          NOTIFIED_WITHIN_MS,
        ),
      ),
    ).toEqual([`After ${w}`]);

    await t.ds.query(
      `INSERT INTO courses (organisation_id, slug, title, summary, language, status, published_at)
       VALUES ($1, $2, $3, '', 'en', 'published', now())`,
      [school.id, `inserted-${w}`, `Inserted ${w}`],
    );
    expect(
      titles(
        await waitFor(
          () => search(replica, w),
          (i) => i.length === 2,
          NOTIFIED_WITHIN_MS,
        ),
      ),
    ).toEqual([`After ${w}`, `Inserted ${w}`]);

    await t.ds.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, `School ${w}`]);
    const renamed = await waitFor(
      () => search(replica, w),
      (i) => i.every((item) => item.organisation.name === `School ${w}`),
      NOTIFIED_WITHIN_MS,
    );
    expect(renamed).toHaveLength(2);
  });

  it('never shows an organisation-only course to outsiders, whoever filled the cache', async () => {
    const w = word('private');
    await publishedOneLessonCourse(t, school.id, trainer, {
      title: `Members ${w}`,
      visibility: 'organisation',
    });
    await publishedOneLessonCourse(t, school.id, trainer, { title: `Everyone ${w}` });
    const otherTrainer = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'trainer')).email))
      .token;
    await publishedOneLessonCourse(t, otherSchool.id, otherTrainer, {
      title: `Other members ${w}`,
      visibility: 'organisation',
    });
    // Members fill the cache first, on the first page of the unfiltered list and on a search.
    for (let i = 0; i < 2; i++) {
      expect(titles(await search(replica, w, member))).toEqual([`Everyone ${w}`, `Members ${w}`]);
      expect(titles(await search(replica, w, otherMember))).toEqual([`Everyone ${w}`, `Other members ${w}`]);
    }
    const memberPage = await replica
      .http()
      .get('/api/catalogue?pageSize=100')
      .set(bearer(member))
      .expect(200);
    expect(memberPage.body.items.map((i: Item) => i.title)).toContain(`Members ${w}`);
    for (let i = 0; i < 2; i++) {
      expect(titles(await search(replica, w))).toEqual([`Everyone ${w}`]);
      expect(titles(await search(replica, w, outsider))).toEqual([`Everyone ${w}`]);
      const anonymousPage = await replica.http().get('/api/catalogue?pageSize=100').expect(200);
      expect(anonymousPage.body.items.map((item: Item) => item.title)).not.toContain(`Members ${w}`);
      expect(anonymousPage.body.items.map((item: Item) => item.title)).not.toContain(`Other members ${w}`);
    }
    // A member of a school without such courses shares the anonymous page, not a member's.
    const plainSchool = await OrganisationFactory.create(t.ds);
    const plainUser = await UserFactory.member(t.ds, plainSchool, 'learner');
    const plain = (await signIn(t, plainUser.email)).token;
    expect(titles(await search(replica, w, plain))).toEqual([`Everyone ${w}`]);
    // Joining the school shows its courses (the membership is part of the key).
    await t.ds.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'learner')`, [
      plainUser.id,
      school.id,
    ]);
    const joined = await waitFor(
      () => search(replica, w, plain),
      (i) => i.length === 2,
      NOTIFIED_WITHIN_MS,
    );
    expect(titles(joined)).toEqual([`Everyone ${w}`, `Members ${w}`]);
  });

  it('reads through to the database while the change feed is down', async () => {
    const w = word('deaf');
    const { courseId } = await publishedOneLessonCourse(t, school.id, trainer, { title: `Heard ${w}` });
    expect(titles(await search(t, w))).toEqual([`Heard ${w}`]);
    expect(titles(await search(t, w))).toEqual([`Heard ${w}`]);
    // Cut every LISTEN connection of this test database: caches must stop trusting themselves.
    await t.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN course_changed'`,
    );
    await new Promise((r) => setTimeout(r, 50));
    await search(t, w);
    // Unnotified even if the feed were up: only a read-through can show it.
    await silently(t, `UPDATE courses SET title = $2 WHERE id = $1`, [courseId, `Unheard ${w}`]);
    expect(titles(await search(t, w))).toEqual([`Unheard ${w}`]);
    expect(titles(await search(t, w, member))).toEqual([`Unheard ${w}`]);
  });
});
