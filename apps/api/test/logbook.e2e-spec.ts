import { randomUUID } from 'node:crypto';
import type { LogbookView, LogEntryView } from '@campus/contracts';
import type { Mobility, Organisation, User } from '@campus/server-db';
import { LogbookService } from '@campus/server-mobility';
import { logEntries, MobilityFactory, OrganisationFactory, UserFactory } from '@campus/server-testing';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/**
 * An 16×8 grey JPEG carrying an Exif APP1 with a GPS position (61°29'53" N, 23°45'38" E, Tampere),
 * as built by the image builders of strip-image-metadata.spec.ts (exiftool reads its position).
 */
const JPEG_WITH_GPS = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4QCURXhpZgAASUkqAAgAAAABACWIBAABAAAAGgAAAAAAAAAFAAAAAQAEAAAAAgIAAAEAAgACAAAATg' +
    'AAAAIABQADAAAAXAAAAAMAAgACAAAARQAAAAQABQADAAAAdAAAAAAAAAA9AAAAAQAAAB0AAAABAAAANQAAAAEAAAAXAAAAAQAAAC0AAAAB' +
    'AAAAJgAAAAEAAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/' +
    'wAALCAAIABABAREA/90ABAAB/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//QP//Z',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A Windows executable's header (MZ, then the PE stub), given a .pdf name. */
const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
  Buffer.alloc(6000, 0),
]);

const OUTCOMES = [
  { id: randomUUID(), statement: 'Describe the mobility cycle of the host school.', category: 'knowledge' },
  { id: randomUUID(), statement: 'Prepare a learning agreement with a partner school.', category: 'skills' },
];

describe('logbook: daily entries, evidence files, manager and mentor views', () => {
  let t: TestApp;
  let school: Organisation;
  let otherSchool: Organisation;
  let participantUser: User;
  let participant: string;
  let otherLearner: string;
  let manager: string;
  let otherManager: string;
  let mobility: Mobility;

  const base = (id = mobility.id) => `/api/me/mobilities/${id}/logbook`;
  const put = (entryId: string, body: object, token = participant, id = mobility.id) =>
    t
      .http()
      .put(`${base(id)}/${entryId}`)
      .set(bearer(token))
      .send(body);
  const entry = (date: string, attrs: object = {}) => ({
    date,
    hours: 6.5,
    activities: `Shadowed the coordinator at the partner meeting on ${date}.`,
    outcomeIds: [OUTCOMES[0].id],
    reflection: 'The host school signs agreements digitally.',
    ...attrs,
  });
  const upload = (
    entryId: string,
    content: Buffer,
    filename: string,
    token = participant,
    id = mobility.id,
  ) =>
    t
      .http()
      .post(`${base(id)}/${entryId}/evidence`)
      .set(bearer(token))
      .attach('file', content, { filename, contentType: 'application/octet-stream' });
  const rows = async (mobilityId = mobility.id) =>
    t.ds.query<{ id: string; minutes: number; mentor_status: string }[]>(
      `SELECT id, minutes, mentor_status FROM log_entries WHERE mobility_id = $1 ORDER BY entry_date`,
      [mobilityId],
    );
  /** An in-progress mobility 2027-03-01..05 (interrupted on the 3rd) with an agreement of two outcomes. */
  async function mobilityWithAgreement(status: Mobility['status'] = 'in_progress', who = participantUser) {
    const m = await MobilityFactory.create(t.ds, school, who, {
      status,
      interruptions: [{ from: '2027-03-03', to: '2027-03-03' }],
    });
    await t.ds.query(
      `INSERT INTO learning_agreement_versions (mobility_id, version, content) VALUES ($1, 1, $2), ($1, 2, $3)`,
      [
        m.id,
        JSON.stringify({ outcomes: [{ id: randomUUID(), statement: 'Superseded', category: null }] }),
        JSON.stringify({ objectives: 'Learn', outcomes: OUTCOMES }),
      ],
    );
    return m;
  }
  async function mentorLink(mobilityId: string): Promise<string> {
    const [link] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO mentor_links (mobility_id, token_hash, expires_at)
       VALUES ($1, decode(md5(random()::text), 'hex'), now() + interval '30 days') RETURNING id`,
      [mobilityId],
    );
    return link.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    otherSchool = await OrganisationFactory.create(t.ds, { country: 'PT' });
    participantUser = await UserFactory.member(t.ds, school, 'learner', { timeZone: 'Europe/Helsinki' });
    participant = (await signIn(t, participantUser.email)).token;
    otherLearner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    manager = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager')).email)).token;
    otherManager = (await signIn(t, (await UserFactory.member(t.ds, otherSchool, 'manager')).email)).token;
    mobility = await mobilityWithAgreement();
  });
  afterAll(() => t.close());

  it('shows the logbook with the latest agreement outcomes and the participant time zone', async () => {
    const m = await mobilityWithAgreement();
    await logEntries(t.ds, m.id, [
      { date: '2027-03-02', hours: 7.25 },
      { date: '2027-03-01', mentorStatus: 'confirmed' },
    ]);
    const res = await t.http().get(base(m.id)).set(bearer(participant)).expect(200);
    const view = res.body as LogbookView;
    expect(view.mobility).toEqual({
      id: m.id,
      status: 'in_progress',
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      interruptions: [{ from: '2027-03-03', to: '2027-03-03' }],
      timeZone: 'Europe/Helsinki',
    });
    expect(view.outcomes).toEqual(OUTCOMES);
    expect(view.entries.map((e) => [e.date, e.hours, e.mentor.status])).toEqual([
      ['2027-03-01', 6, 'confirmed'],
      ['2027-03-02', 7.25, 'pending'],
    ]);
    expect(view.totals).toEqual({ days: 2, hours: 13.25, confirmed: 1 });
  });

  it('creates an entry with 201, answers an identical resend with 200 and changes nothing', async () => {
    const id = randomUUID();
    const created = await put(id, entry('2027-03-01')).expect(201);
    expect(created.body).toMatchObject({
      id,
      date: '2027-03-01',
      hours: 6.5,
      outcomeIds: [OUTCOMES[0].id],
      mentor: { status: 'pending', comment: null, reviewedAt: null },
      evidence: [],
    });
    const again = await put(id, entry('2027-03-01')).expect(200);
    expect(again.body).toEqual(created.body);
    expect(await rows()).toHaveLength(1);

    const edited = await put(
      id,
      entry('2027-03-01', { hours: 8, outcomeIds: OUTCOMES.map((o) => o.id) }),
    ).expect(200);
    expect(edited.body).toMatchObject({ id, hours: 8, outcomeIds: OUTCOMES.map((o) => o.id) });
    expect(Date.parse(edited.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));
    expect((await rows()).map((r) => r.minutes)).toEqual([480]);
  });

  it('stores one entry when the same new entry arrives twice at once', async () => {
    const id = randomUUID();
    const [a, b] = await Promise.all([put(id, entry('2027-03-04')), put(id, entry('2027-03-04'))]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body).toEqual(b.body);
    const stored = await t.ds.query(
      `SELECT id FROM log_entries WHERE mobility_id = $1 AND entry_date = '2027-03-04'`,
      [mobility.id],
    );
    expect(stored).toEqual([{ id }]);
  });

  it('refuses a second entry for a day with 409 naming the date', async () => {
    const first = randomUUID();
    await put(first, entry('2027-03-02')).expect(201);
    const res = await put(randomUUID(), entry('2027-03-02', { activities: 'Written on another phone.' }));
    expectProblem(res, 409, 'ALREADY_EXISTS');
    expect(res.body.errors).toEqual([
      { field: 'date', message: 'There is already an entry for 2027-03-02.' },
    ]);
    // Moving another entry onto that day is refused the same way.
    const other = randomUUID();
    await put(other, entry('2027-03-05')).expect(201);
    expectProblem(await put(other, entry('2027-03-02')), 409, 'ALREADY_EXISTS');
  });

  it('refuses dates outside the activity or on an interruption, naming date', async () => {
    for (const [date, message] of [
      ['2027-02-28', 'The date must be a day of the activity, 2027-03-01 to 2027-03-05.'],
      ['2027-03-06', 'The date must be a day of the activity, 2027-03-01 to 2027-03-05.'],
      ['2027-03-03', '2027-03-03 falls in an interruption of the mobility (2027-03-03 to 2027-03-03).'],
    ]) {
      const res = await put(randomUUID(), entry(date));
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'date', message }]);
    }
    expectProblem(await put(randomUUID(), entry('2027-02-30')), 400, 'VALIDATION_FAILED');
  });

  it('refuses absurd hours, naming hours, and takes quarter hours', async () => {
    for (const hours of [17, -1, 7.3, '8', null, 1e6, 0.1]) {
      const res = await put(randomUUID(), entry('2027-03-05', { hours }));
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['hours']);
    }
    const m = await mobilityWithAgreement();
    for (const [hours, date] of [
      [0, '2027-03-01'],
      [16, '2027-03-02'],
      [7.25, '2027-03-04'],
    ] as const) {
      await put(randomUUID(), entry(date, { hours }), participant, m.id).expect(201);
    }
    expect((await rows(m.id)).map((r) => r.minutes)).toEqual([0, 960, 435]);
  });

  it('refuses outcomes that are not in the learning agreement, naming outcomeIds', async () => {
    const res = await put(randomUUID(), entry('2027-03-05', { outcomeIds: [OUTCOMES[0].id, randomUUID()] }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([
      { field: 'outcomeIds', message: 'Choose planned outcomes of the learning agreement.' },
    ]);
  });

  it('takes entries while agreed or in progress only, saying why', async () => {
    await put(
      randomUUID(),
      entry('2027-03-01'),
      participant,
      (await mobilityWithAgreement('agreed')).id,
    ).expect(201);
    for (const [status, detail] of [
      ['draft', 'The logbook opens once the mobility is agreed; this one is still a draft.'],
      ['completed', 'The mobility is completed: its logbook is closed.'],
      ['validated', 'The mobility is validated: its logbook is closed.'],
      ['cancelled', 'The mobility is cancelled: its logbook is closed.'],
    ] as const) {
      const m = await mobilityWithAgreement(status);
      const res = await put(randomUUID(), entry('2027-03-01'), participant, m.id);
      expectProblem(res, 409, 'LOGBOOK_CLOSED');
      expect(res.body.detail).toBe(detail);
    }
  });

  it('keeps a confirmed entry as it is, and sends a commented one back to pending when edited', async () => {
    const m = await mobilityWithAgreement();
    const [confirmed, commented] = await logEntries(t.ds, m.id, [
      {
        date: '2027-03-01',
        mentorStatus: 'confirmed',
        hours: 6,
        activities: 'Met the staff.',
        reflection: '',
      },
      { date: '2027-03-02', mentorStatus: 'commented', mentorComment: 'Which workshops?' },
    ]);
    const same = {
      date: '2027-03-01',
      hours: 6,
      activities: 'Met the staff.',
      outcomeIds: [],
      reflection: '',
    };
    const resend = await put(confirmed.id, same, participant, m.id).expect(200);
    expect(resend.body.mentor.status).toBe('confirmed');
    const edit = await put(confirmed.id, { ...same, hours: 7 }, participant, m.id);
    expectProblem(edit, 409, 'LOG_ENTRY_CONFIRMED');
    expectProblem(
      await t
        .http()
        .delete(`${base(m.id)}/${confirmed.id}`)
        .set(bearer(participant)),
      409,
      'LOG_ENTRY_CONFIRMED',
    );

    const answered = await put(
      commented.id,
      entry('2027-03-02', { activities: 'Welding and robotics.' }),
      participant,
      m.id,
    ).expect(200);
    expect(answered.body.mentor).toMatchObject({ status: 'pending', comment: 'Which workshops?' });
    expect((await rows(m.id)).map((r) => [r.minutes, r.mentor_status])).toEqual([
      [360, 'confirmed'],
      [390, 'pending'],
    ]);

    // Evidence is part of the entry: none added to a confirmed one, and a commented one goes back.
    expectProblem(await upload(confirmed.id, PDF, 'late.pdf', participant, m.id), 409, 'LOG_ENTRY_CONFIRMED');
    await t.ds.query(`UPDATE log_entries SET mentor_status = 'commented' WHERE id = $1`, [commented.id]);
    await upload(commented.id, PDF, 'programme.pdf', participant, m.id).expect(201);
    expect((await rows(m.id)).map((r) => r.mentor_status)).toEqual(['confirmed', 'pending']);
  });

  it('answers 404 to an entry id of another mobility and leaves that entry where it was', async () => {
    const other = await mobilityWithAgreement();
    const [foreign] = await logEntries(t.ds, other.id, [{ date: '2027-03-01', hours: 3 }]);
    expectProblem(await put(foreign.id, entry('2027-03-05')), 404, 'NOT_FOUND');
    expectProblem(
      await t.http().delete(`${base()}/${foreign.id}`).set(bearer(participant)),
      404,
      'NOT_FOUND',
    );
    expect((await rows(other.id)).map((r) => [r.id, r.minutes])).toEqual([[foreign.id, 180]]);
  });

  it("answers 404 for someone else's mobility, whoever asks", async () => {
    expectProblem(await t.http().get(base()).set(bearer(otherLearner)), 404, 'NOT_FOUND');
    expectProblem(await put(randomUUID(), entry('2027-03-05'), otherLearner), 404, 'NOT_FOUND');
    expectProblem(await upload(randomUUID(), PDF, 'notes.pdf', otherLearner), 404, 'NOT_FOUND');
    expectProblem(await t.http().get(base(randomUUID())).set(bearer(participant)), 404, 'NOT_FOUND');
    expectProblem(await t.http().get(base('not-an-id')).set(bearer(participant)), 400, 'MALFORMED_ID');
  });

  it('deletes an entry with its evidence files', async () => {
    const m = await mobilityWithAgreement();
    const id = randomUUID();
    await put(id, entry('2027-03-01'), participant, m.id).expect(201);
    const file = (await upload(id, PDF, 'programme.pdf', participant, m.id).expect(201)).body;
    await t
      .http()
      .delete(`${base(m.id)}/${id}`)
      .set(bearer(participant))
      .expect(204);
    expect(await rows(m.id)).toEqual([]);
    expectProblem(await t.http().get(file.url), 404, 'NOT_FOUND');
    expectProblem(
      await t
        .http()
        .delete(`${base(m.id)}/${id}`)
        .set(bearer(participant)),
      404,
      'NOT_FOUND',
    );
  });

  it('shows the logbook to managers of the sending school only', async () => {
    const url = `/api/orgs/${school.id}/mobilities/${mobility.id}/logbook`;
    const res = await t.http().get(url).set(bearer(manager)).expect(200);
    expect((res.body as LogbookView).mobility.id).toBe(mobility.id);
    expect((res.body as LogbookView).entries.length).toBeGreaterThan(0);
    expectProblem(await t.http().get(url).set(bearer(otherManager)), 404, 'NOT_FOUND');
    expectProblem(
      await t
        .http()
        .get(`/api/orgs/${otherSchool.id}/mobilities/${mobility.id}/logbook`)
        .set(bearer(otherManager)),
      404,
      'NOT_FOUND',
    );
    expectProblem(await t.http().get(url).set(bearer(participant)), 403, 'FORBIDDEN');
  });

  describe('evidence', () => {
    let entryId: string;
    let em: Mobility;
    const up = (content: Buffer, filename: string) => upload(entryId, content, filename, participant, em.id);
    beforeAll(async () => {
      em = await mobilityWithAgreement();
      entryId = randomUUID();
      await put(entryId, entry('2027-03-05', { outcomeIds: [] }), participant, em.id).expect(201);
    });

    it('stores a photo without its GPS position and serves it through the signed URL', async () => {
      expect(JPEG_WITH_GPS.includes('Exif')).toBe(true);
      const res = await up(JPEG_WITH_GPS, 'workshop.jpg').expect(201);
      expect(res.body).toMatchObject({ name: 'workshop.jpg', contentType: 'image/jpeg' });
      expect(res.body.size).toBeLessThan(JPEG_WITH_GPS.length);

      const file = await t.http().get(res.body.url).buffer(true).expect(200);
      const bytes = file.body as Buffer;
      expect(file.headers['content-type']).toBe('image/jpeg');
      expect(file.headers['content-disposition']).toMatch(/^inline; filename="workshop.jpg"/);
      expect(bytes.length).toBe(res.body.size);
      expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      expect(bytes.includes('Exif')).toBe(false);
      // The GPS IFD's tags and Tampere's 61°, 29', 53" as TIFF rationals are gone with it.
      expect(bytes.includes(Buffer.from([0x25, 0x88]))).toBe(false);
      expect(bytes.includes(Buffer.from([61, 0, 0, 0, 1, 0, 0, 0, 29, 0, 0, 0, 1, 0, 0, 0]))).toBe(false);
      const [stored] = await t.ds.query<{ purpose: string; organisation_id: string }[]>(
        `SELECT purpose, organisation_id FROM stored_files WHERE id = $1`,
        [res.body.id],
      );
      expect(stored).toEqual({ purpose: 'mobility-evidence', organisation_id: school.id });

      const view = await t.http().get(base(em.id)).set(bearer(participant)).expect(200);
      const listed = (view.body as LogbookView).entries.find((e) => e.id === entryId)!;
      expect(listed.evidence.map((e) => e.evidenceId)).toEqual([res.body.evidenceId]);
      const forManager = await t
        .http()
        .get(`/api/orgs/${school.id}/mobilities/${em.id}/logbook`)
        .set(bearer(manager));
      const managersCopy = (forManager.body as LogbookView).entries.find((e) => e.id === entryId)!;
      await t.http().get(managersCopy.evidence[0].url).expect(200);
    });

    it('downloads a PDF as an attachment, and removes a deleted file at once', async () => {
      const res = await up(PDF, 'programme.pdf').expect(201);
      const file = await t.http().get(res.body.url).buffer(true).expect(200);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="programme.pdf"/);
      await t
        .http()
        .delete(`${base(em.id)}/${entryId}/evidence/${res.body.evidenceId}`)
        .set(bearer(participant))
        .expect(204);
      expectProblem(await t.http().get(res.body.url), 404, 'NOT_FOUND');
      expectProblem(
        await t
          .http()
          .delete(`${base(em.id)}/${entryId}/evidence/${res.body.evidenceId}`)
          .set(bearer(participant)),
        404,
        'NOT_FOUND',
      );
    });

    it('is never signed into a course page of the same school', async () => {
      const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
      const photo = (await up(JPEG_WITH_GPS, 'classroom.jpg').expect(201)).body;
      const { moduleId } = await draftCourseWithModule(t, school.id, trainer);
      const res = await t
        .http()
        .post(`/api/authoring/modules/${moduleId}/lessons`)
        .set(bearer(trainer))
        .send({ kind: 'page', title: 'Borrowed', body: `![A participant's photo](file:${photo.id})` })
        .expect(201);
      const [lesson] = res.body.modules[0].lessons;
      expect(lesson.body).toContain(photo.id);
      expect(lesson.images).toEqual({});
    });

    it('refuses an oversized file with 413 and an executable named .pdf with 415, keeping nothing', async () => {
      const before = await t.ds.query(`SELECT count(*) FROM stored_files`);
      const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
      expectProblem(await up(big, 'scan.pdf'), 413, 'FILE_TOO_LARGE');
      const exe = await up(EXE, 'report.pdf');
      expectProblem(exe, 415, 'UNSUPPORTED_FILE_TYPE');
      expect(await t.ds.query(`SELECT count(*) FROM stored_files`)).toEqual(before);
    });

    it('refuses a damaged photo with 400 naming file', async () => {
      const cut = JPEG_WITH_GPS.subarray(0, JPEG_WITH_GPS.length - 40);
      const res = await up(cut, 'cut.jpg');
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('file');
    });

    it('holds at most ten files per entry', async () => {
      const m = (await mobilityWithAgreement()).id;
      const [{ id }] = await logEntries(t.ds, m, [{ date: '2027-03-04' }]);
      for (let i = 0; i < 10; i++) await upload(id, PDF, `page-${i}.pdf`, participant, m).expect(201);
      const res = await upload(id, PDF, 'page-11.pdf', participant, m);
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.detail).toBe('An entry holds at most 10 evidence files.');
    });
  });

  describe('the host mentor (through the service, as the mentor pages call it)', () => {
    it('confirms and comments on entries, recording each action', async () => {
      const logbook = t.app.get(LogbookService);
      const m = await mobilityWithAgreement();
      const linkId = await mentorLink(m.id);
      const [a, b] = await logEntries(t.ds, m.id, [{ date: '2027-03-01' }, { date: '2027-03-02' }]);

      const seen = await logbook.viewForMentor(m.id);
      expect(seen.entries.map((e) => e.id)).toEqual([a.id, b.id]);

      const confirmed: LogEntryView = await logbook.reviewAsMentor(m.id, linkId, a.id, {
        status: 'confirmed',
      });
      expect(confirmed.mentor.status).toBe('confirmed');
      expect(confirmed.mentor.reviewedAt).not.toBeNull();
      const commented = await logbook.reviewAsMentor(m.id, linkId, b.id, {
        status: 'commented',
        comment: 'Please add what you learned.',
      });
      expect(commented.mentor).toMatchObject({
        status: 'commented',
        comment: 'Please add what you learned.',
      });

      const actions = await t.ds.query(
        `SELECT action, log_entry_id AS "entryId", mentor_link_id AS "linkId", comment FROM mentor_actions
          WHERE mobility_id = $1 ORDER BY at`,
        [m.id],
      );
      expect(actions).toEqual([
        { action: 'entry_confirmed', entryId: a.id, linkId, comment: null },
        { action: 'entry_commented', entryId: b.id, linkId, comment: 'Please add what you learned.' },
      ]);
      const view = await t.http().get(base(m.id)).set(bearer(participant)).expect(200);
      expect((view.body as LogbookView).totals.confirmed).toBe(1);

      await expect(
        logbook.reviewAsMentor(m.id, linkId, randomUUID(), { status: 'confirmed' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const other = await mobilityWithAgreement();
      const [foreign] = await logEntries(t.ds, other.id, [{ date: '2027-03-01' }]);
      await expect(
        logbook.reviewAsMentor(m.id, linkId, foreign.id, { status: 'confirmed' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        logbook.reviewAsMentor(m.id, linkId, b.id, { status: 'commented', comment: '' }),
      ).rejects.toBeDefined();
    });

    it('reviews while agreed, in progress or completed only', async () => {
      const logbook = t.app.get(LogbookService);
      const completed = await mobilityWithAgreement('completed');
      const [late] = await logEntries(t.ds, completed.id, [{ date: '2027-03-05' }]);
      const ok = await logbook.reviewAsMentor(completed.id, await mentorLink(completed.id), late.id, {
        status: 'confirmed',
      });
      expect(ok.mentor.status).toBe('confirmed');
      const validated = await mobilityWithAgreement('validated');
      const [entryOfValidated] = await logEntries(t.ds, validated.id, [{ date: '2027-03-05' }]);
      await expect(
        logbook.reviewAsMentor(validated.id, await mentorLink(validated.id), entryOfValidated.id, {
          status: 'confirmed',
        }),
      ).rejects.toMatchObject({ code: 'LOGBOOK_CLOSED' });
    });
  });
});
