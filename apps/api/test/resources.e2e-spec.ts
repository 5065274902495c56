import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A word no other file's resources contain, so searches here see this file's rows only. */
const WORD = `zq${Math.random().toString(36).slice(2, 8)}`;
const TOPIC = `recognition ${WORD}`;

describe('resource library: contribution, review, search, versions, lessons, withdrawal', () => {
  let t: TestApp;
  let school: Organisation;
  let other: Organisation;
  let trainer: string;
  let colleague: string;
  let manager: string;
  let learner: string;
  let otherTrainer: string;
  let admin: string;

  const link = (title: string, extra: Record<string, unknown> = {}) => ({
    organisationId: school.id,
    kind: 'link',
    title,
    summary: `A ${WORD} guide for International Offices`,
    locale: 'en',
    topics: [TOPIC, 'Mobility'],
    audiences: ['international_coordinators'],
    licence: 'CC-BY-4.0',
    url: 'https://example.org/guide',
    ...extra,
  });
  const create = (body: Record<string, unknown>, token = trainer) =>
    t.http().post('/api/resources').set(bearer(token)).send(body);
  const fieldsOf = (body: Record<string, unknown>) => {
    const { organisationId: _o, kind: _k, ...fields } = body;
    return fields;
  };
  const saveDraft = (id: string, body: Record<string, unknown>, token = trainer) =>
    t.http().put(`/api/resources/${id}/draft`).set(bearer(token)).send(fieldsOf(body));
  const submit = (id: string, token = trainer) =>
    t.http().post(`/api/resources/${id}/submit`).set(bearer(token));
  const publish = (versionId: string, token = admin) =>
    t.http().post(`/api/admin/resource-reviews/${versionId}/publish`).set(bearer(token));
  const search = (query: Record<string, string>) => t.http().get('/api/resources').query(query);

  /** Creates, submits and publishes a resource; returns its id. */
  async function published(body: Record<string, unknown>): Promise<string> {
    const created = await create(body).expect(201);
    await submit(created.body.id).expect(200);
    await publish(created.body.pending.id).expect(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds, { name: `Library school ${WORD}`, country: 'FI' });
    other = await OrganisationFactory.create(t.ds, { name: `Library other school ${WORD}`, country: 'SE' });
    const token = async (org: Organisation, role: 'learner' | 'trainer' | 'manager') =>
      (await signIn(t, (await UserFactory.member(t.ds, org, role)).email)).token;
    trainer = await token(school, 'trainer');
    colleague = await token(school, 'trainer');
    manager = await token(school, 'manager');
    learner = await token(school, 'learner');
    otherTrainer = await token(other, 'trainer');
    admin = (await signIn(t, (await UserFactory.create(t.ds, { isPlatformAdmin: true })).email)).token;
  });
  afterAll(() => t.close());

  describe('contribution', () => {
    it('lets trainers and managers create a draft; a learner 403, another school 404', async () => {
      const res = await create(link(`Erasmus checklist ${WORD}`)).expect(201);
      expect(res.body).toMatchObject({
        kind: 'link',
        current: null,
        canEdit: true,
        organisation: { id: school.id },
        pending: { version: 1, status: 'draft', topics: [TOPIC, 'mobility'] },
      });
      await create(link(`Manager's note ${WORD}`), manager).expect(201);
      expectProblem(await create(link('Not mine'), learner), 403, 'FORBIDDEN');
      expectProblem(await create(link('Not our school'), otherTrainer), 404, 'NOT_FOUND');
      const events = await t.ds.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'resource.created' AND target_id = $1`,
        [res.body.id],
      );
      expect(events[0].n).toBe(1);
    });

    it('names the field a kind needs or refuses, and caps topics at 20', async () => {
      const noUrl = await create(link('No address', { url: null }));
      expectProblem(noUrl, 400, 'VALIDATION_FAILED');
      expect(noUrl.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
      const doc = await create(link('A document without a file', { kind: 'document', url: null }));
      expect(doc.body.errors).toEqual([expect.objectContaining({ field: 'fileId' })]);
      const topics = Array.from({ length: 21 }, (_, i) => `topic ${i}`);
      expectProblem(await create(link('Too many topics', { topics })), 400, 'VALIDATION_FAILED');
      const http = await create(link('Plain http', { url: 'http://example.org' }));
      expectProblem(http, 400, 'VALIDATION_FAILED');
      expect(http.body.errors[0].field).toBe('url');
    });

    it('lets the author and managers edit; another trainer of the school 403, another school 404', async () => {
      const { body } = await create(link(`Editable ${WORD}`)).expect(201);
      const edited = await saveDraft(body.id, link(`Edited ${WORD}`, { changeNote: 'Clearer title' })).expect(
        200,
      );
      expect(edited.body.pending).toMatchObject({ version: 1, status: 'draft', title: `Edited ${WORD}` });
      await saveDraft(body.id, link(`Edited by the manager ${WORD}`), manager).expect(200);
      expectProblem(await saveDraft(body.id, link('Colleague'), colleague), 403, 'FORBIDDEN');
      expectProblem(await saveDraft(body.id, link('Intruder'), otherTrainer), 404, 'NOT_FOUND');
      expectProblem(await submit(body.id, otherTrainer), 404, 'NOT_FOUND');
      expectProblem(
        await t.http().get(`/api/resources/${body.id}`).set(bearer(otherTrainer)),
        404,
        'NOT_FOUND',
      );
      expectProblem(await t.http().get('/api/resources/not-a-uuid'), 400, 'MALFORMED_ID');
      // Each save says who wrote the draft a reviewer will read; refused saves leave no trace.
      const saves = await t.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'resource.draft_saved' AND target_id = $1`,
        [body.id],
      );
      expect(saves[0].n).toBe(2);
    });

    it('takes the submission back to a draft, and refuses edits while it waits', async () => {
      const { body } = await create(link(`Withdrawable ${WORD}`)).expect(201);
      await submit(body.id).expect(200);
      expectProblem(await saveDraft(body.id, link('While waiting')), 409, 'CONFLICT');
      expectProblem(await submit(body.id), 409, 'CONFLICT');
      const back = await t.http().post(`/api/resources/${body.id}/withdraw-submission`).set(bearer(trainer));
      expect(back.status).toBe(200);
      expect(back.body.pending.status).toBe('draft');
      const queue = await t.http().get('/api/admin/resource-reviews').set(bearer(admin)).expect(200);
      expect(queue.body.map((i: { resource: { id: string } }) => i.resource.id)).not.toContain(body.id);
    });
  });

  describe('review', () => {
    it('queues submissions oldest first for admins only; reject shows the note to the authors only', async () => {
      const first = (await create(link(`First in line ${WORD}`)).expect(201)).body;
      const second = (await create(link(`Second in line ${WORD}`)).expect(201)).body;
      await submit(first.id).expect(200);
      await submit(second.id).expect(200);
      expectProblem(await t.http().get('/api/admin/resource-reviews').set(bearer(manager)), 403, 'FORBIDDEN');
      expectProblem(await publish(first.pending.id, trainer), 403, 'FORBIDDEN');
      const queue = await t.http().get('/api/admin/resource-reviews').set(bearer(admin)).expect(200);
      const ids = queue.body.map((i: { resource: { id: string } }) => i.resource.id);
      expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
      expect(queue.body[ids.indexOf(first.id)]).toMatchObject({
        previous: null,
        version: { status: 'submitted' },
      });

      const rejected = await t
        .http()
        .post(`/api/admin/resource-reviews/${second.pending.id}/reject`)
        .set(bearer(admin))
        .send({ note: 'Add the partner agreement template it mentions.' })
        .expect(200);
      expect(rejected.body.pending).toMatchObject({
        status: 'rejected',
        reviewNote: expect.stringMatching(/partner/),
      });
      expectProblem(
        await t
          .http()
          .post(`/api/admin/resource-reviews/${second.pending.id}/reject`)
          .set(bearer(admin))
          .send({ note: '' }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await publish(second.pending.id), 409, 'CONFLICT');
      const mine = await t.http().get('/api/resources/mine').set(bearer(trainer)).expect(200);
      expect(mine.body.items.find((r: { id: string }) => r.id === second.id).latest).toMatchObject({
        status: 'rejected',
        reviewNote: 'Add the partner agreement template it mentions.',
      });
      // Unpublished: not there for the public.
      expectProblem(await t.http().get(`/api/resources/${second.id}`), 404, 'NOT_FOUND');

      // The authors answer with a new version, which is published.
      const v2 = await saveDraft(second.id, link(`Second in line, with template ${WORD}`)).expect(200);
      expect(v2.body.pending).toMatchObject({ version: 2, status: 'draft', reviewNote: null });
      await submit(second.id).expect(200);
      await publish(v2.body.pending.id).expect(200);
      const open = await t.http().get(`/api/resources/${second.id}`).expect(200);
      expect(open.body.current).toMatchObject({ version: 2, status: 'published', reviewNote: null });
      // The public history holds published versions only; authors see the rejected one and its note.
      expect(open.body.history.map((h: { version: number }) => h.version)).toEqual([2]);
      const forAuthor = await t.http().get(`/api/resources/${second.id}`).set(bearer(trainer)).expect(200);
      expect(forAuthor.body.history.map((h: { status: string }) => h.status)).toEqual([
        'published',
        'rejected',
      ]);
      const audited = await t.ds.query(
        `SELECT action FROM audit_events WHERE details->>'resourceId' = $1 ORDER BY at`,
        [second.id],
      );
      expect(audited.map((a: { action: string }) => a.action)).toEqual([
        'resource.submitted',
        'resource.rejected',
        'resource.submitted',
        'resource.published',
      ]);
    });
  });

  describe('search and versions', () => {
    let guideId: string;

    beforeAll(async () => {
      guideId = await published(link(`Learning agreement guide ${WORD}`));
      await published(
        link(`Guida alla mobilità ${WORD}`, {
          locale: 'it',
          kind: 'tutorial',
          url: null,
          body: 'Passi per preparare la mobilità.',
          audiences: ['teachers'],
          topics: ['mobility'],
        }),
      );
      await create(link(`Unpublished draft ${WORD}`)).expect(201);
    });

    it('finds published resources by word prefixes, only published ones, with filters', async () => {
      const all = await search({ q: WORD, pageSize: '100' }).expect(200);
      const titles = all.body.items.map((r: { title: string }) => r.title);
      expect(titles).toContain(`Learning agreement guide ${WORD}`);
      expect(titles).not.toContain(`Unpublished draft ${WORD}`);
      expect(all.body.total).toBe(all.body.items.length);

      const prefix = await search({ q: `agree ${WORD.slice(0, 5)}` }).expect(200);
      expect(prefix.body.items.map((r: { id: string }) => r.id)).toContain(guideId);
      expect(prefix.body.items[0]).toMatchObject({
        licence: 'CC-BY-4.0',
        organisation: { name: school.name },
      });

      const italian = await search({ q: WORD, locale: 'it' }).expect(200);
      expect(italian.body.items.map((r: { title: string }) => r.title)).toEqual([
        `Guida alla mobilità ${WORD}`,
      ]);
      const teachers = await search({ q: WORD, audience: 'teachers', kind: 'tutorial' }).expect(200);
      expect(teachers.body.total).toBe(1);
      const byTopic = await search({ topic: TOPIC.toUpperCase(), kind: 'link', pageSize: '100' }).expect(200);
      expect(byTopic.body.items.map((r: { id: string }) => r.id)).toContain(guideId);
      expect(byTopic.body.items.every((r: { kind: string }) => r.kind === 'link')).toBe(true);
      expect((await search({ q: WORD, kind: 'template' }).expect(200)).body.total).toBe(0);
      expectProblem(await search({ kind: 'poster' }), 400, 'VALIDATION_FAILED');
      // Query syntax is never an error.
      expect((await search({ q: "!& (' :*" }).expect(200)).body.items).toEqual(expect.any(Array));
    });

    it('keeps showing the published version while a new one is drafted, until it is published', async () => {
      const draft = await saveDraft(
        guideId,
        link(`Learning agreement handbook ${WORD}`, { changeNote: 'Now a handbook' }),
      ).expect(200);
      expect(draft.body).toMatchObject({ current: { version: 1 }, pending: { version: 2, status: 'draft' } });
      const before = await search({ q: `handbook ${WORD}` }).expect(200);
      expect(before.body.total).toBe(0);
      expect((await t.http().get(`/api/resources/${guideId}`).expect(200)).body.current.title).toBe(
        `Learning agreement guide ${WORD}`,
      );
      await submit(guideId).expect(200);
      expect((await search({ q: `handbook ${WORD}` }).expect(200)).body.total).toBe(0);
      await publish(draft.body.pending.id).expect(200);
      const after = await search({ q: `learning ${WORD}` }).expect(200);
      expect(after.body.items.filter((r: { id: string }) => r.id === guideId)).toEqual([
        expect.objectContaining({ version: 2, title: `Learning agreement handbook ${WORD}` }),
      ]);
      const detail = await t.http().get(`/api/resources/${guideId}`).expect(200);
      expect(detail.body.history).toEqual([
        expect.objectContaining({ version: 2, status: 'published', changeNote: 'Now a handbook' }),
        expect.objectContaining({ version: 1, status: 'superseded' }),
      ]);
      expect(detail.body.pending).toBeNull();
      expect(detail.body.canEdit).toBe(false);
    });
  });

  describe('files', () => {
    const upload = (content: Buffer, filename: string, token = trainer, orgId = school.id) =>
      t
        .http()
        .post(`/api/resources/files?organisationId=${orgId}`)
        .set(bearer(token))
        .attach('file', content, { filename, contentType: 'application/octet-stream' });

    it('takes a PDF for a document, served to anyone once published through its signed URL', async () => {
      const file = await upload(PDF, 'mobility-charter.pdf').expect(201);
      expect(file.body).toMatchObject({ name: 'mobility-charter.pdf', contentType: 'application/pdf' });
      const id = await published(
        link(`Mobility charter ${WORD}`, { kind: 'document', url: null, fileId: file.body.id }),
      );
      const detail = await t.http().get(`/api/resources/${id}`).expect(200);
      expect(detail.body.current.file).toMatchObject({ id: file.body.id, name: 'mobility-charter.pdf' });
      const served = await t.http().get(detail.body.current.file.url).expect(200);
      expect(served.headers['content-type']).toContain('application/pdf');
      expect(served.headers['content-disposition']).toContain('attachment');
    });

    it('refuses an image (415), a file over 50 MB (413), learners (403) and other schools (404)', async () => {
      const before = await t.ds.query(
        `SELECT count(*)::int AS n FROM stored_files WHERE organisation_id = $1`,
        [school.id],
      );
      expectProblem(await upload(PNG, 'photo.pdf'), 415, 'UNSUPPORTED_FILE_TYPE');
      const big = Buffer.concat([PDF, Buffer.alloc(50 * 1024 * 1024)]);
      const tooBig = await upload(big, 'huge.pdf');
      expectProblem(tooBig, 413, 'FILE_TOO_LARGE');
      expect(tooBig.body.detail).toMatch(/50 MB/);
      expectProblem(await upload(PDF, 'a.pdf', learner), 403, 'FORBIDDEN');
      expectProblem(await upload(PDF, 'a.pdf', otherTrainer), 404, 'NOT_FOUND');
      const after = await t.ds.query(
        `SELECT count(*)::int AS n FROM stored_files WHERE organisation_id = $1`,
        [school.id],
      );
      expect(after).toEqual(before);
    });

    it("refuses another school's file as a resource's file", async () => {
      const theirs = await upload(PDF, 'theirs.pdf', otherTrainer, other.id).expect(201);
      const res = await create(
        link('Borrowed file', { kind: 'document', url: null, fileId: theirs.body.id }),
      );
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('fileId');
    });
  });

  describe('resource lessons and withdrawal', () => {
    it('shows the current published version in a lesson, follows new versions, and says when withdrawn', async () => {
      const resourceId = await published(
        link(`Tutorial on partner search ${WORD}`, {
          kind: 'tutorial',
          url: null,
          body: '# Finding partners\nUse the partner search platform.',
        }),
      );
      const unpublished = (await create(link(`Not yet ${WORD}`)).expect(201)).body.id;
      const { courseId, moduleId } = await draftCourseWithModule(t, other.id, otherTrainer, {}, 'Partners');
      const lessons = `/api/authoring/modules/${moduleId}/lessons`;
      const refused = await t
        .http()
        .post(lessons)
        .set(bearer(otherTrainer))
        .send({ kind: 'resource', title: 'Draft resource', resourceId: unpublished });
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(refused.body.errors[0].field).toBe('resourceId');
      const added = await t
        .http()
        .post(lessons)
        .set(bearer(otherTrainer))
        .send({ kind: 'resource', title: 'Partner search', resourceId })
        .expect(201);
      const lessonId = added.body.modules[0].lessons[0].id as string;
      // A resource lesson has no text of its own; its title and "required" change like any lesson's.
      expectProblem(
        await t
          .http()
          .patch(`/api/authoring/lessons/${lessonId}`)
          .set(bearer(otherTrainer))
          .send({ body: 'x' }),
        400,
        'VALIDATION_FAILED',
      );
      await t
        .http()
        .patch(`/api/authoring/lessons/${lessonId}`)
        .set(bearer(otherTrainer))
        .send({ title: 'Finding partners' })
        .expect(200);
      // A copy of the course keeps the lesson pointing at the same resource.
      const copy = await t
        .http()
        .post(`/api/authoring/courses/${courseId}/duplicate`)
        .set(bearer(otherTrainer))
        .send({})
        .expect(201);
      expect(copy.body.modules[0].lessons[0]).toMatchObject({
        kind: 'resource',
        title: 'Finding partners',
        resource: { id: resourceId, available: true },
      });
      await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(otherTrainer)).expect(200);
      const student = (await signIn(t, (await UserFactory.member(t.ds, other, 'learner')).email)).token;
      await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(student)).expect(200);
      const lessonView = async () =>
        (await t.http().get(`/api/courses/${courseId}/learn`).set(bearer(student)).expect(200)).body
          .modules[0].lessons[0];

      expect((await lessonView()).resource).toMatchObject({
        id: resourceId,
        available: true,
        version: 1,
        kind: 'tutorial',
        body: expect.stringContaining('Finding partners'),
        licence: 'CC-BY-4.0',
        organisation: { id: school.id, name: school.name },
      });

      const v2 = await saveDraft(
        resourceId,
        link(`Tutorial on partner search, 2nd edition ${WORD}`, {
          kind: 'tutorial',
          url: null,
          body: '# Finding partners\nNow with the school directory.',
        }),
      ).expect(200);
      expect((await lessonView()).resource.version).toBe(1);
      await submit(resourceId).expect(200);
      await publish(v2.body.pending.id).expect(200);
      expect((await lessonView()).resource).toMatchObject({
        version: 2,
        body: expect.stringContaining('school directory'),
      });
      const done = await t
        .http()
        .post(`/api/courses/${courseId}/lessons/${lessonId}/complete`)
        .set(bearer(student))
        .expect(200);
      expect(done.body.completedLessonIds).toEqual([lessonId]);

      expectProblem(
        await t.http().post(`/api/admin/resources/${resourceId}/withdraw`).set(bearer(manager)),
        403,
        'FORBIDDEN',
      );
      await t.http().post(`/api/admin/resources/${resourceId}/withdraw`).set(bearer(admin)).expect(200);
      expect((await lessonView()).resource).toEqual({ id: resourceId, available: false });
      expect((await search({ q: `partner ${WORD}` }).expect(200)).body.total).toBe(0);
      expectProblem(await t.http().get(`/api/resources/${resourceId}`), 404, 'NOT_FOUND');
      // Its authors still see it, marked withdrawn, and can no longer change it.
      const forAuthor = await t.http().get(`/api/resources/${resourceId}`).set(bearer(trainer)).expect(200);
      expect(forAuthor.body).toMatchObject({ withdrawnAt: expect.any(String), canEdit: false });
      expectProblem(await saveDraft(resourceId, link('After withdrawal')), 409, 'CONFLICT');
      const audited = await t.ds.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'resource.withdrawn' AND target_id = $1`,
        [resourceId],
      );
      expect(audited[0].n).toBe(1);
    });
  });
});
