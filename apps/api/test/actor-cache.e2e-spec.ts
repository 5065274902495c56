import { Client } from 'pg';
import type { Organisation } from '@campus/server-db';
import { ActorChangeFeed } from '@campus/server-identity';
import { OrganisationFactory, TEST_PASSWORD, UserFactory, sleep, waitFor } from '@campus/server-testing';
import { accessTokenFor } from './support/access-tokens';
import { feedIs } from './support/change-feeds';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/** A change notifies at commit, asynchronously: the very next requests must see it within this. */
const NOTIFY_MS = 2000;

/**
 * Every authenticated request's actor comes from process memory while the actor_changed feed is
 * live; every change to a user or their memberships drops it at once, whoever makes the change
 * (this api, or another replica writing to the same database).
 */
describe('actor cache: answered from memory, dropped by actor_changed', () => {
  let t: TestApp;
  let school: Organisation;
  let manager: string;
  let admin: string;
  /** Another replica's connection: its commits reach this api only through the feed. */
  let replica: Client;

  const get = (token: string, path = '/api/me') => t.http().get(path).set(bearer(token));
  const silently = (sql: string, params: unknown[]) =>
    t.ds.transaction(async (m) => {
      // Triggers off: nobody is notified, as if the change came from nowhere the feed could see.
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(sql, params);
    });

  /** A signed-in member whose actor is cached: their requests no longer read the database. */
  async function cachedMember(role: 'learner' | 'trainer' | 'manager' = 'learner') {
    const user = await UserFactory.member(t.ds, school, role);
    const { token } = await signIn(t, user.email);
    // A load racing another file's notification keeps nothing: a few loads make sure one is kept.
    for (let i = 0; i < 3; i++) await get(token).expect(200);
    return { user, token };
  }

  const refusedSoon = (token: string, status: number, code: string) =>
    waitFor(
      () => get(token),
      (res) => res.status === status && res.body.code === code,
      NOTIFY_MS,
    );

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
    // The feed connects on the first authenticated request; actors are kept once it is live.
    await get(manager).expect(200);
    const feed = t.app.get(ActorChangeFeed);
    await feedIs(feed, true);
    replica = new Client({ connectionString: t.config.DATABASE_URL });
    await replica.connect();
  });
  afterAll(async () => {
    await replica.end();
    await t.close();
  });

  it('answers from memory while the feed is live: a change that notifies nobody is not seen', async () => {
    const { user, token } = await cachedMember();
    await silently(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    await get(token).expect(200);
    await silently(`UPDATE users SET active = true WHERE id = $1`, [user.id]);
  });

  it('refuses a user deactivated through the admin API at once', async () => {
    const { user, token } = await cachedMember();
    await t.http().post(`/api/admin/users/${user.id}/deactivate`).set(bearer(admin)).expect(204);
    expectProblem(await refusedSoon(token, 401, 'ACCOUNT_DISABLED'), 401, 'ACCOUNT_DISABLED');
  });

  it('refuses a user deactivated by another replica (a plain UPDATE on another connection)', async () => {
    const { user, token } = await cachedMember();
    await replica.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expectProblem(await refusedSoon(token, 401, 'ACCOUNT_DISABLED'), 401, 'ACCOUNT_DISABLED');
    await replica.query(`UPDATE users SET active = true WHERE id = $1`, [user.id]);
    await waitFor(
      () => get(token),
      (res) => res.status === 200,
      NOTIFY_MS,
    );
  });

  it('refuses a user erased by another replica', async () => {
    const { user, token } = await cachedMember();
    await replica.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    // Not /me, which reads the user afresh anyway: a route that needs only the actor.
    const gone = await waitFor(
      () => get(token, `/api/orgs/${school.id}`),
      (res) => res.status === 401,
      NOTIFY_MS,
    );
    expectProblem(gone, 401, 'UNAUTHENTICATED');
  });

  it('applies a role change in both directions at once', async () => {
    const { user, token } = await cachedMember('learner');
    const members = `/api/orgs/${school.id}/members`;
    expectProblem(await get(token, members), 403, 'FORBIDDEN');
    const setRole = (role: string) =>
      t.http().patch(`${members}/${user.id}`).set(bearer(manager)).send({ role }).expect(204);
    await setRole('manager');
    await waitFor(
      () => get(token, members),
      (res) => res.status === 200,
      NOTIFY_MS,
    );
    await setRole('learner');
    const demoted = await waitFor(
      () => get(token, members),
      (res) => res.status === 403,
      NOTIFY_MS,
    );
    expectProblem(demoted, 403, 'FORBIDDEN');
  });

  it('hides the organisation from a removed member at once (404, as for any outsider)', async () => {
    const { user, token } = await cachedMember('trainer');
    await get(token, `/api/orgs/${school.id}`).expect(200);
    await t.http().delete(`/api/orgs/${school.id}/members/${user.id}`).set(bearer(manager)).expect(204);
    const gone = await waitFor(
      () => get(token, `/api/orgs/${school.id}`),
      (res) => res.status === 404,
      NOTIFY_MS,
    );
    expectProblem(gone, 404, 'NOT_FOUND');
  });

  it('refuses the old token after a password change, and takes the new one at once', async () => {
    const { token } = await cachedMember();
    const changed = await t
      .http()
      .post('/api/me/password')
      .set(bearer(token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'A new passphrase for Lisbon 2026' })
      .expect(200);
    // The new token carries a credentials version newer than the cached row: read through, not refused.
    await get(changed.body.accessToken).expect(200);
    expectProblem(await refusedSoon(token, 401, 'UNAUTHENTICATED'), 401, 'UNAUTHENTICATED');
  });

  it('takes a token newer than the cached row at once: its password change notice may still be on its way', async () => {
    const { user, token } = await cachedMember();
    // A password change whose notice has not arrived yet (triggers off: it never will).
    await silently(`UPDATE users SET credentials_version = credentials_version + 1 WHERE id = $1`, [user.id]);
    const newer = await accessTokenFor(t, {
      id: user.id,
      credentialsVersion: (user.credentialsVersion ?? 0) + 1,
    });
    await get(newer).expect(200);
    // That read went to the database and refreshed the entry: the older token is refused now.
    expectProblem(await get(token), 401, 'UNAUTHENTICATED');
  });

  it('shows an organisation renamed by another replica at once (/me reads names fresh)', async () => {
    const { token } = await cachedMember();
    const name = `${school.name} (renamed)`;
    await replica.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [school.id, name]);
    const me = await get(token).expect(200);
    expect(me.body.memberships).toEqual([
      { organisationId: school.id, organisationName: name, role: 'learner' },
    ]);
  });

  it('reads through to the database while the feed is down', async () => {
    const { user, token } = await cachedMember();
    // Cut every LISTEN connection on actor_changed of this database: the cache must stop trusting itself.
    await t.ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN actor_changed'`,
    );
    await sleep(50);
    await get(token).expect(200); // read while deaf: it would be kept if the cache still trusted itself
    await silently(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expectProblem(await get(token), 401, 'ACCOUNT_DISABLED');
    // The feed comes back by itself, and the cache with it.
    const feed = t.app.get(ActorChangeFeed);
    await feedIs(feed, true);
    await silently(`UPDATE users SET active = true WHERE id = $1`, [user.id]);
    await get(token).expect(200);
  });
});
