import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Invitation, Membership, type Organisation, type User } from '@campus/server-db';
import { hashToken } from '@campus/server-identity';
import {
  OrganisationFactory,
  SmtpCapture,
  TEST_PASSWORD,
  UserFactory,
  linkIn,
  uniqueEmail,
} from '@campus/server-testing';
import {
  bearer,
  createTestApp,
  expectProblem,
  refreshCookie,
  signIn,
  type TestApp,
} from './support/test-app';
import { startTestWorker } from './support/test-worker';

describe('organisations: members and invitations', () => {
  let t: TestApp;
  let ds: DataSource;
  let worker: INestApplicationContext;
  const smtp = new SmtpCapture();
  let school: Organisation;
  let otherSchool: Organisation;
  let manager: User;
  let managerToken: string;
  let otherManagerToken: string;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    ds = t.ds;
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(ds, {
      name: 'Istituto Aldini',
      country: 'IT',
      city: 'Bologna',
    });
    otherSchool = await OrganisationFactory.create(ds, {
      name: 'Tampere Vocational',
      country: 'FI',
      city: 'Tampere',
    });
    manager = await UserFactory.member(ds, school, 'manager', { name: 'Maria Manager' });
    managerToken = (await signIn(t, manager.email)).token;
    otherManagerToken = (await signIn(t, (await UserFactory.member(ds, otherSchool, 'manager')).email)).token;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  it('invites a new person who sets a password from the mailed link, joins with the invited role and is signed in', async () => {
    const email = uniqueEmail('invitee');
    const inv = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .send({ email, role: 'trainer' })
      .expect(201);
    expect(inv.body).toMatchObject({ email, role: 'trainer', status: 'pending' });

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain('Istituto Aldini');
    expect(mail.text).toContain('Maria Manager');
    const token = linkIn(mail, '/accept-invitation').searchParams.get('token')!;

    const preview = await t.http().post('/api/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toEqual({
      organisationName: 'Istituto Aldini',
      role: 'trainer',
      email,
      hasAccount: false,
    });

    const missing = await t.http().post('/api/invitations/accept').send({ token });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'password']);

    const accepted = await t
      .http()
      .post('/api/invitations/accept')
      .send({ token, name: 'Ines Invitee', password: 'invited-and-happy' })
      .expect(200);
    expect(accepted.body.user.memberships).toEqual([
      { organisationId: school.id, organisationName: 'Istituto Aldini', role: 'trainer' },
    ]);
    refreshCookie(accepted);
    await signIn(t, email, 'invited-and-happy');
    expectProblem(
      await t
        .http()
        .post('/api/invitations/accept')
        .send({ token, name: 'Again', password: 'invited-and-happy' }),
      400,
      'INVALID_TOKEN',
    );

    const members = await t
      .http()
      .get(`/api/orgs/${school.id}/members`)
      .set(bearer(managerToken))
      .expect(200);
    expect(members.body.find((m: { email: string }) => m.email === email)).toMatchObject({
      role: 'trainer',
      name: 'Ines Invitee',
    });
  });

  it('lets an existing account join only when signed in as that account, never replacing its password', async () => {
    const existing = await UserFactory.member(ds, otherSchool, 'learner');
    await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .send({ email: existing.email, role: 'learner' })
      .expect(201);
    const token = linkIn(await smtp.waitFor(existing.email), '/accept-invitation').searchParams.get('token')!;
    expect(
      (await t.http().post('/api/invitations/preview').send({ token }).expect(200)).body.hasAccount,
    ).toBe(true);

    const anonymous = await t
      .http()
      .post('/api/invitations/accept')
      .send({ token, name: 'Hijack', password: 'attacker-password' });
    expectProblem(anonymous, 409, 'INVITATION_REQUIRES_SIGN_IN');
    const stranger = await signIn(t, (await UserFactory.create(ds)).email);
    expectProblem(
      await t.http().post('/api/invitations/accept').set(bearer(stranger.token)).send({ token }),
      409,
      'INVITATION_REQUIRES_SIGN_IN',
    );

    const own = await signIn(t, existing.email);
    await t
      .http()
      .post('/api/invitations/accept')
      .set(bearer(own.token))
      .send({ token })
      .expect(200, { joined: true });
    const me = await t.http().get('/api/me').set(bearer(own.token)).expect(200);
    expect(me.body.memberships.map((m: { organisationId: string }) => m.organisationId).sort()).toEqual(
      [school.id, otherSchool.id].sort(),
    );
    await signIn(t, existing.email, TEST_PASSWORD);
  });

  it('refuses expired and revoked invitations; a new invitation replaces the pending one', async () => {
    const email = uniqueEmail('late');
    await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .send({ email })
      .expect(201);
    const firstToken = linkIn(await smtp.waitFor(email), '/accept-invitation').searchParams.get('token')!;
    await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .send({ email })
      .expect(201);
    await smtp.waitFor(email, 10_000, () => smtp.mailsTo(email).length >= 2);
    expectProblem(
      await t.http().post('/api/invitations/preview').send({ token: firstToken }),
      400,
      'INVALID_TOKEN',
    );

    const secondToken = linkIn(smtp.mailsTo(email)[1], '/accept-invitation').searchParams.get('token')!;
    await ds
      .getRepository(Invitation)
      .update({ tokenHash: hashToken(secondToken) }, { expiresAt: new Date(Date.now() - 1) });
    expectProblem(
      await t
        .http()
        .post('/api/invitations/accept')
        .send({ token: secondToken, name: 'Late', password: 'too-late-for-this' }),
      400,
      'INVALID_TOKEN',
    );

    const third = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .send({ email })
      .expect(201);
    await t
      .http()
      .delete(`/api/orgs/${school.id}/invitations/${third.body.id}`)
      .set(bearer(managerToken))
      .expect(204);
    await smtp.waitFor(email, 10_000, () => smtp.mailsTo(email).length >= 3);
    const thirdToken = linkIn(smtp.mailsTo(email)[2], '/accept-invitation').searchParams.get('token')!;
    expectProblem(
      await t.http().post('/api/invitations/preview').send({ token: thirdToken }),
      400,
      'INVALID_TOKEN',
    );
    const list = await t
      .http()
      .get(`/api/orgs/${school.id}/invitations`)
      .set(bearer(managerToken))
      .expect(200);
    expect(
      list.body
        .filter((i: { email: string }) => i.email === email)
        .map((i: { status: string }) => i.status)
        .sort(),
    ).toEqual(['expired', 'revoked', 'revoked']);
  });

  it("e-mails a new address in the inviting manager's language", async () => {
    const italianManager = await UserFactory.member(ds, school, 'manager', { locale: 'it' });
    const token = (await signIn(t, italianManager.email)).token;
    const email = uniqueEmail('nuovo');
    await t
      .http()
      .post(`/api/orgs/${school.id}/invitations`)
      .set(bearer(token))
      .send({ email, role: 'learner' })
      .expect(201);
    const mail = await smtp.waitFor(email);
    expect(mail.text).toContain('discente');
  });

  it('refuses to invite someone who is already a member', async () => {
    const member = await UserFactory.member(ds, school, 'learner');
    expectProblem(
      await t
        .http()
        .post(`/api/orgs/${school.id}/invitations`)
        .set(bearer(managerToken))
        .send({ email: member.email }),
      409,
      'ALREADY_MEMBER',
    );
  });

  it('invites from a CSV and reports each row that failed and why', async () => {
    const member = await UserFactory.member(ds, school, 'learner');
    const a = uniqueEmail('csv-a');
    const b = uniqueEmail('csv-b');
    const csv = [
      'email,role,name',
      `${a},trainer,Αλέξανδρος Παπαδόπουλος`,
      'not-an-email,learner,',
      `${b},boss,`,
      `${member.email},learner,`,
      `${a},learner,`,
      `${b},,`,
    ].join('\r\n');
    const res = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(managerToken))
      .send({ csv })
      .expect(200);
    expect(res.body.invited).toBe(2);
    expect(res.body.failed).toBe(4);
    expect(res.body.rows).toEqual([
      { line: 2, email: a, status: 'invited' },
      { line: 3, email: 'not-an-email', status: 'failed', reason: 'Not a valid e-mail address.' },
      {
        line: 4,
        email: b,
        status: 'failed',
        reason: 'Unknown role "boss": use learner, trainer or manager.',
      },
      { line: 5, email: member.email, status: 'failed', reason: expect.stringContaining('already a member') },
      { line: 6, email: a, status: 'failed', reason: 'This address appears more than once in the file.' },
      { line: 7, email: b, status: 'invited' },
    ]);
    await smtp.waitFor(a);
    await smtp.waitFor(b);

    const noHeader = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(managerToken))
      .send({ csv: 'name\nBob' });
    expectProblem(noHeader, 400, 'VALIDATION_FAILED');
    expect(noHeader.body.errors[0].field).toBe('csv');
  });

  it('changes roles and removes members, but never the last manager', async () => {
    const learner = await UserFactory.member(ds, school, 'learner');
    await t
      .http()
      .patch(`/api/orgs/${school.id}/members/${learner.id}`)
      .set(bearer(managerToken))
      .send({ role: 'trainer' })
      .expect(204);
    expect(
      (await ds.getRepository(Membership).findOneByOrFail({ userId: learner.id, organisationId: school.id }))
        .role,
    ).toBe('trainer');
    expectProblem(
      await t
        .http()
        .patch(`/api/orgs/${school.id}/members/${learner.id}`)
        .set(bearer(managerToken))
        .send({ role: 'principal' }),
      400,
      'VALIDATION_FAILED',
    );

    const solo = await OrganisationFactory.create(ds);
    const soloManager = await UserFactory.member(ds, solo, 'manager');
    const soloToken = (await signIn(t, soloManager.email)).token;
    expectProblem(
      await t
        .http()
        .patch(`/api/orgs/${solo.id}/members/${soloManager.id}`)
        .set(bearer(soloToken))
        .send({ role: 'learner' }),
      409,
      'LAST_MANAGER',
    );
    expectProblem(
      await t.http().delete(`/api/orgs/${solo.id}/members/${soloManager.id}`).set(bearer(soloToken)),
      409,
      'LAST_MANAGER',
    );

    await t
      .http()
      .delete(`/api/orgs/${school.id}/members/${learner.id}`)
      .set(bearer(managerToken))
      .expect(204);
    expect(
      await ds.getRepository(Membership).existsBy({ userId: learner.id, organisationId: school.id }),
    ).toBe(false);
    expectProblem(
      await t.http().delete(`/api/orgs/${school.id}/members/${learner.id}`).set(bearer(managerToken)),
      404,
      'NOT_FOUND',
    );

    const audit = await ds.query(
      `SELECT action FROM audit_events WHERE organisation_id = $1 AND target_id = $2 ORDER BY at`,
      [school.id, learner.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['member.role_changed', 'member.removed']);
  });

  describe('tenancy', () => {
    it("answers another organisation's ids with 404, exactly like missing ones", async () => {
      const member = await UserFactory.member(ds, school, 'learner');
      const missingOrg = '00000000-0000-4000-8000-000000000000';
      for (const path of [
        `/api/orgs/${school.id}`,
        `/api/orgs/${school.id}/members`,
        `/api/orgs/${school.id}/invitations`,
        `/api/orgs/${missingOrg}/members`,
      ]) {
        expectProblem(await t.http().get(path).set(bearer(otherManagerToken)), 404, 'NOT_FOUND');
      }
      expectProblem(
        await t
          .http()
          .patch(`/api/orgs/${school.id}/members/${member.id}`)
          .set(bearer(otherManagerToken))
          .send({ role: 'manager' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await t.http().delete(`/api/orgs/${school.id}/members/${member.id}`).set(bearer(otherManagerToken)),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await t
          .http()
          .post(`/api/orgs/${school.id}/invitations`)
          .set(bearer(otherManagerToken))
          .send({ email: uniqueEmail() }),
        404,
        'NOT_FOUND',
      );
      // A member of another organisation, addressed through the manager's own organisation: not found there.
      const outsider = await UserFactory.member(ds, otherSchool, 'learner');
      expectProblem(
        await t.http().delete(`/api/orgs/${school.id}/members/${outsider.id}`).set(bearer(managerToken)),
        404,
        'NOT_FOUND',
      );
      expect(
        await ds
          .getRepository(Membership)
          .existsBy({ userId: member.id, organisationId: school.id, role: 'learner' }),
      ).toBe(true);
    });

    it('answers malformed ids with 400, never 500', async () => {
      expectProblem(
        await t.http().get('/api/orgs/not-a-uuid/members').set(bearer(managerToken)),
        400,
        'MALFORMED_ID',
      );
      expectProblem(
        await t.http().delete(`/api/orgs/${school.id}/members/1234`).set(bearer(managerToken)),
        400,
        'MALFORMED_ID',
      );
      expectProblem(
        await t
          .http()
          .delete(`/api/orgs/${school.id}/invitations/'; drop table users;--`)
          .set(bearer(managerToken)),
        400,
        'MALFORMED_ID',
      );
    });
  });
});
