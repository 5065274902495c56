import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Organisation } from '@campus/server-db';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** An EBML header declaring the WebM doc type, then filler: enough for sniffing and range reads. */
const WEBM = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84]),
  Buffer.from('webm'),
  Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251)),
]);
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome to the International Office.\n');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const slug = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}`;

interface FileRef {
  id: string;
  name: string;
  contentType: string;
  size: number;
  url: string;
}

describe('course files: uploads, lessons with videos and downloads, signed serving, duplication', () => {
  let t: TestApp;
  let school: Organisation;
  let trainer: string;
  let learner: string;
  let otherTrainer: string;
  let other: Organisation;
  let courseId: string;
  let moduleId: string;

  beforeAll(async () => {
    t = await createTestApp();
    school = await OrganisationFactory.create(t.ds);
    other = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    learner = (await signIn(t, (await UserFactory.member(t.ds, school, 'learner')).email)).token;
    otherTrainer = (await signIn(t, (await UserFactory.member(t.ds, other, 'trainer')).email)).token;
    const created = await draftCourseWithModule(
      t,
      school.id,
      trainer,
      { title: 'Media in the International Office', slug: slug('media') },
      'Watch and read',
    );
    courseId = created.courseId;
    moduleId = created.moduleId;
  });
  afterAll(() => t.close());

  function upload(purpose: string, content: Buffer, filename: string, token = trainer, id = courseId) {
    return t
      .http()
      .post(`/api/authoring/courses/${id}/files?purpose=${purpose}`)
      .set(bearer(token))
      .attach('file', content, { filename, contentType: 'application/octet-stream' });
  }
  async function uploaded(purpose: string, content: Buffer, filename: string): Promise<FileRef> {
    const res = await upload(purpose, content, filename);
    expect(res.status).toBe(201);
    return res.body as FileRef;
  }
  const storedFiles = async () =>
    Number((await t.ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM stored_files`))[0].n);
  const storedOnDisk = async () =>
    (await readdir(join(t.config.STORAGE_DIR, 'orgs', school.id, 'files')).catch(() => [])).length;

  it('stores a cover by its sniffed type and serves it through a signed URL, without sign-in', async () => {
    const cover = await uploaded('course-cover', PNG, 'cover.png');
    expect(cover).toMatchObject({ name: 'cover.png', contentType: 'image/png', size: PNG.length });
    const course = await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .send({ coverFileId: cover.id })
      .expect(200);
    expect(course.body.cover).toMatchObject({ id: cover.id, contentType: 'image/png' });

    const res = await t.http().get(course.body.cover.url).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="cover.png"/);
    expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
  });

  it('answers 404 to a URL whose signature or file was changed', async () => {
    const cover = await uploaded('course-cover', PNG, 'another.png');
    const url = new URL(cover.url, 'http://x');
    const tampered = `${url.pathname}?expires=${url.searchParams.get('expires')}&signature=${'A'.repeat(24)}`;
    expectProblem(await t.http().get(tampered), 404, 'NOT_FOUND');
    const otherExpiry = `${url.pathname}?expires=${Number(url.searchParams.get('expires')) + 60}&signature=${url.searchParams.get('signature')}`;
    expectProblem(await t.http().get(otherExpiry), 404, 'NOT_FOUND');
    expectProblem(await t.http().get(`/api/files/${cover.id}`), 400, 'VALIDATION_FAILED');
  });

  it('refuses a file whose content is not what the purpose takes, whatever its name, and keeps nothing', async () => {
    const [rows, files] = [await storedFiles(), await storedOnDisk()];
    const renamed = await upload('lesson-video', PNG, 'holiday.webm');
    expectProblem(renamed, 415, 'UNSUPPORTED_FILE_TYPE');
    expect(renamed.body.detail).toMatch(/image\/png/);
    expectProblem(
      await upload('lesson-file', Buffer.from('<!doctype html><script>alert(1)</script>'), 'notes.txt'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    expectProblem(
      await upload('lesson-image', Buffer.from('<svg onload="alert(1)"/>'), 'logo.png'),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    expectProblem(await upload('lesson-captions', Buffer.alloc(0), 'empty.vtt'), 400, 'VALIDATION_FAILED');
    // The type is judged on the first kilobytes: a big file of the wrong kind is refused as such.
    const bigText = Buffer.alloc(6 * 1024 * 1024, 'a');
    expectProblem(await upload('lesson-image', bigText, 'big.png'), 415, 'UNSUPPORTED_FILE_TYPE');
    expect(await storedFiles()).toBe(rows);
    expect(await storedOnDisk()).toBe(files);
  });

  it('refuses a file over the purpose limit with 413 and keeps nothing', async () => {
    const [rows, files] = [await storedFiles(), await storedOnDisk()];
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const res = await upload('course-cover', big, 'huge.png');
    expectProblem(res, 413, 'FILE_TOO_LARGE');
    expect(res.body.detail).toMatch(/5 MB/);
    expect(await storedFiles()).toBe(rows);
    expect(await storedOnDisk()).toBe(files);
  });

  it('refuses uploads that are not multipart, lack the file field or name an unknown purpose', async () => {
    expectProblem(
      await t
        .http()
        .post(`/api/authoring/courses/${courseId}/files?purpose=lesson-file`)
        .set(bearer(trainer))
        .send({ a: 1 }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const wrongField = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/files?purpose=lesson-file`)
      .set(bearer(trainer))
      .attach('attachment', PDF, 'a.pdf');
    expectProblem(wrongField, 400, 'VALIDATION_FAILED');
    expectProblem(await upload('everything', PDF, 'a.pdf'), 400, 'VALIDATION_FAILED');
  });

  it('lets only the course authors upload', async () => {
    const rows = await storedFiles();
    // A draft is invisible to learners, and the course of another school to its trainers.
    expectProblem(await upload('lesson-file', PDF, 'a.pdf', learner), 404, 'NOT_FOUND');
    expectProblem(await upload('lesson-file', PDF, 'a.pdf', otherTrainer), 404, 'NOT_FOUND');
    expect(await storedFiles()).toBe(rows);
  });

  it('never attaches a file of another purpose or another organisation', async () => {
    const pdf = await uploaded('lesson-file', PDF, 'guide.pdf');
    const wrongPurpose = await t
      .http()
      .patch(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .send({ coverFileId: pdf.id });
    expectProblem(wrongPurpose, 400, 'VALIDATION_FAILED');
    expect(wrongPurpose.body.errors).toEqual([expect.objectContaining({ field: 'coverFileId' })]);

    const theirCourse = await t
      .http()
      .post(`/api/orgs/${other.id}/courses`)
      .set(bearer(otherTrainer))
      .send({ title: 'Their course', slug: slug('theirs'), language: 'de' })
      .expect(201);
    const theirFile = await upload(
      'lesson-file',
      PDF,
      'theirs.pdf',
      otherTrainer,
      theirCourse.body.id,
    ).expect(201);
    const stranger = await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'file', title: 'Foreign', fileId: theirFile.body.id });
    expectProblem(stranger, 400, 'VALIDATION_FAILED');
    expect(stranger.body.errors).toEqual([expect.objectContaining({ field: 'fileId' })]);
  });

  it('builds video, download and page-with-image lessons that enrolled learners can play', async () => {
    const video = await uploaded('lesson-video', WEBM, 'welcome.webm');
    const captions = await uploaded('lesson-captions', VTT, 'welcome.en.vtt');
    const guide = await uploaded('lesson-file', PDF, 'Οδηγός κινητικότητας.pdf');
    const image = await uploaded('lesson-image', PNG, 'office.png');
    const add = (lesson: object) =>
      t.http().post(`/api/authoring/modules/${moduleId}/lessons`).set(bearer(trainer)).send(lesson);

    expectProblem(
      await add({
        kind: 'video',
        title: 'Both',
        videoUrl: 'https://video.example.org/1',
        videoFileId: video.id,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await add({ kind: 'video', title: 'Neither' }), 400, 'VALIDATION_FAILED');
    await add({
      kind: 'video',
      title: 'Welcome',
      videoFileId: video.id,
      captionsFileId: captions.id,
      transcript: 'Welcome.',
    }).expect(201);
    await add({
      kind: 'file',
      title: 'Mobility guide',
      fileId: guide.id,
      body: 'Read it before you travel.',
    }).expect(201);
    const withPage = await add({
      kind: 'page',
      title: 'The office',
      body: `Our office:\n\n![The office at our school](file:${image.id})\n\n![Not ours](file:00000000-0000-4000-8000-000000000000)`,
    }).expect(201);
    const lessons = withPage.body.modules[0].lessons as { id: string; title: string }[];
    await t.http().post(`/api/authoring/courses/${courseId}/publish`).set(bearer(trainer)).expect(200);

    // Not enrolled: no content, so no signed URLs.
    expectProblem(
      await t.http().get(`/api/courses/${courseId}/learn`).set(bearer(learner)),
      403,
      'FORBIDDEN',
    );
    await t.http().post(`/api/courses/${courseId}/enrolment`).set(bearer(learner)).expect(200);
    const learn = await t.http().get(`/api/courses/${courseId}/learn`).set(bearer(learner)).expect(200);
    const byTitle = (title: string) =>
      (learn.body.modules[0].lessons as Record<string, unknown>[]).find((l) => l.title === title)!;
    expect(byTitle('Welcome')).toMatchObject({
      kind: 'video',
      videoUrl: null,
      videoFile: { id: video.id, contentType: 'video/webm', size: WEBM.length },
      captions: { id: captions.id, contentType: 'text/vtt' },
    });
    expect(byTitle('Mobility guide')).toMatchObject({
      kind: 'file',
      file: { id: guide.id, contentType: 'application/pdf' },
    });
    const images = byTitle('The office').images as Record<string, string>;
    expect(Object.keys(images)).toEqual([image.id]);
    expect(lessons.map((l) => l.title)).toEqual(['Welcome', 'Mobility guide', 'The office']);

    // Videos seek with byte ranges.
    const videoUrl = (byTitle('Welcome').videoFile as FileRef).url;
    const part = await t.http().get(videoUrl).set('Range', 'bytes=16-31').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 16-31/${WEBM.length}`);
    expect(Buffer.compare(part.body as Buffer, WEBM.subarray(16, 32))).toBe(0);
    const tail = await t.http().get(videoUrl).set('Range', `bytes=${WEBM.length}-`);
    expect(tail.status).toBe(416);
    expect(tail.headers['content-range']).toBe(`bytes */${WEBM.length}`);

    // Downloads are attachments named exactly as uploaded, Greek included.
    const pdf = await t
      .http()
      .get((byTitle('Mobility guide').file as FileRef).url)
      .buffer(true)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="[ -~]+\.pdf"; /);
    expect(pdf.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Οδηγός κινητικότητας.pdf')}`,
    );

    // The public course page shows the outline, never the files.
    const page = await t.http().get(`/api/catalogue/${learn.body.slug}`).expect(200);
    expect(JSON.stringify(page.body)).not.toContain(video.id);
  });

  it('switches a video lesson between an upload and an embed link, never both', async () => {
    const video = await uploaded('lesson-video', WEBM, 'second.webm');
    const created = await t
      .http()
      .post(`/api/authoring/modules/${moduleId}/lessons`)
      .set(bearer(trainer))
      .send({ kind: 'video', title: 'Switching', videoUrl: 'https://video.example.org/embed/2' })
      .expect(201);
    const lesson = (created.body.modules[0].lessons as { id: string; title: string }[]).find(
      (l) => l.title === 'Switching',
    )!;
    const toUpload = await t
      .http()
      .patch(`/api/authoring/lessons/${lesson.id}`)
      .set(bearer(trainer))
      .send({ videoFileId: video.id })
      .expect(200);
    const after = (toUpload.body.modules[0].lessons as Record<string, unknown>[]).find(
      (l) => l.id === lesson.id,
    )!;
    expect(after).toMatchObject({ videoUrl: null, videoFile: { id: video.id } });
    expectProblem(
      await t
        .http()
        .patch(`/api/authoring/lessons/${lesson.id}`)
        .set(bearer(trainer))
        .send({ videoFileId: null }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t
        .http()
        .patch(`/api/authoring/lessons/${lesson.id}`)
        .set(bearer(trainer))
        .send({ fileId: video.id }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('duplicates a course as a new draft with the same lessons and no learners', async () => {
    const first = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/duplicate`)
      .set(bearer(trainer))
      .send({})
      .expect(201);
    const original = await t
      .http()
      .get(`/api/authoring/courses/${courseId}`)
      .set(bearer(trainer))
      .expect(200);
    expect(first.body).toMatchObject({
      status: 'draft',
      slug: `${original.body.slug}-copy`,
      title: `${original.body.title} (copy)`,
      cover: { id: original.body.cover.id },
    });
    expect(first.body.id).not.toBe(courseId);
    const titles = (v: { modules: { lessons: { title: string }[] }[] }) =>
      v.modules.flatMap((m) => m.lessons.map((l) => l.title));
    expect(titles(first.body)).toEqual(titles(original.body));
    const [{ n }] = await t.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM enrolments WHERE course_id = $1`,
      [first.body.id],
    );
    expect(n).toBe(0);

    const second = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/duplicate`)
      .set(bearer(trainer))
      .send({})
      .expect(201);
    expect(second.body.slug).toBe(`${original.body.slug}-copy-2`);
    const named = await t
      .http()
      .post(`/api/authoring/courses/${courseId}/duplicate`)
      .set(bearer(trainer))
      .send({ title: 'Media, spring run', slug: second.body.slug });
    expectProblem(named, 409, 'ALREADY_EXISTS');
    expectProblem(
      await t.http().post(`/api/authoring/courses/${courseId}/duplicate`).set(bearer(learner)).send({}),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.http().post(`/api/authoring/courses/${courseId}/duplicate`).set(bearer(otherTrainer)).send({}),
      403,
      'FORBIDDEN',
    );
  });

  it('shows the cover in the public catalogue', async () => {
    const res = await t
      .http()
      .get(`/api/catalogue?q=${encodeURIComponent('Media in the International Office')}`)
      .expect(200);
    const item = (res.body.items as { id: string; cover: FileRef | null }[]).find((c) => c.id === courseId)!;
    expect(item.cover).toMatchObject({ contentType: 'image/png' });
    await t.http().get(item.cover!.url).expect(200);
  });
});
