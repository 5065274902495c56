import type { INestApplicationContext } from '@nestjs/common';
import { strFromU8, unzipSync } from 'fflate';
import type { Organisation } from '@campus/server-db';
import { binaryBody, OrganisationFactory, SmtpCapture, UserFactory, waitFor } from '@campus/server-testing';
import { publishedOneLessonCourse } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

const BOM = [0xef, 0xbb, 0xbf];

/** Text as Excel on Windows saves "CSV": Windows-1252 bytes (Latin-1 plus 0x80–0x9F extras). */
function windows1252(text: string): Buffer {
  const extras: Record<string, number> = { '€': 0x80, Œ: 0x8c, œ: 0x9c, Š: 0x8a, '’': 0x92 };
  return Buffer.from([...text].map((c) => extras[c] ?? c.charCodeAt(0)));
}

describe('CSV that opens right in every partner country', () => {
  const smtp = new SmtpCapture();
  let t: TestApp;
  let worker: INestApplicationContext;
  let school: Organisation;
  let german: string;
  let english: string;
  let courseId: string;

  beforeAll(async () => {
    await smtp.listen();
    t = await createTestApp();
    worker = await startTestWorker({ ...t.env, SMTP_URL: smtp.url });
    school = await OrganisationFactory.create(t.ds);
    german = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'de' })).email))
      .token;
    english = (await signIn(t, (await UserFactory.member(t.ds, school, 'manager', { locale: 'en' })).email))
      .token;
    const trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    ({ courseId } = await publishedOneLessonCourse(t, school.id, trainer, {
      title: 'Mobilität; Praxis',
    }).then(async (course) => {
      // A name that splits at `;` into a formula, and one that is a formula outright.
      for (const name of ['Müller;=1+1', '=HYPERLINK("http://x.example","click")']) {
        const u = await UserFactory.member(t.ds, school, 'learner', { name });
        const token = (await signIn(t, u.email)).token;
        await t.http().post(`/api/courses/${course.courseId}/enrolment`).set(bearer(token)).expect(200);
        await t
          .http()
          .post(`/api/courses/${course.courseId}/lessons/${course.lessonId}/complete`)
          .set(bearer(token))
          .expect(200);
      }
      return course;
    }));
    await waitFor(
      async () =>
        (await t.http().get(`/api/orgs/${school.id}/certificates`).set(bearer(english))).body.total as number,
      (n) => n === 2,
      60_000,
    );
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
  });

  const download = (path: string, token: string) =>
    t.http().get(path).set(bearer(token)).buffer(true).parse(binaryBody);

  it('writes progress.csv with a BOM, `;` and German headers for a German manager, `,` and English for an English one', async () => {
    const de = await download(`/api/orgs/${school.id}/progress.csv?courseId=${courseId}`, german).expect(200);
    expect(de.headers['content-type']).toContain('text/csv');
    const deBytes = de.body as Buffer;
    expect([...deBytes.subarray(0, 3)]).toEqual(BOM);
    const deLines = deBytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(deLines[0]).toBe(
      '"Name";"E-Mail";"Kurs";"Status";"Fortschritt (%)";"Eingeschrieben am";"Letzte Aktivität";"Abgeschlossen am"',
    );
    // Every cell quoted: the `;` inside a name or title stays in its cell, and no cell starts with `=`.
    const müller = deLines.find((l) => l.startsWith('"Müller;=1+1";'))!;
    expect(müller).toContain(';"Mobilität; Praxis";"Abgeschlossen";"100";');
    expect(deLines.some((l) => l.startsWith(`"'=HYPERLINK(""http://x.example"",""click"")";`))).toBe(true);

    const en = await download(`/api/orgs/${school.id}/progress.csv?courseId=${courseId}`, english).expect(
      200,
    );
    const enBytes = en.body as Buffer;
    expect([...enBytes.subarray(0, 3)]).toEqual(BOM);
    const enLines = enBytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(enLines[0]).toBe(
      '"Name","E-mail","Course","Status","Progress (%)","Enrolled on","Last activity","Completed on"',
    );
    expect(enLines.find((l) => l.startsWith('"Müller;=1+1",'))).toContain(
      ',"Mobilität; Praxis","Completed","100",',
    );
  });

  it('writes certificates.csv and the ZIP manifest in the same words and separator', async () => {
    const de = await download(`/api/orgs/${school.id}/certificates.csv`, german).expect(200);
    const deText = (de.body as Buffer).toString('utf8');
    expect(
      deText.startsWith('\uFEFF"Name";"E-Mail";"Kurs";"Prüfcode";"Ausgestellt am";"Status";"Prüflink"\r\n'),
    ).toBe(true);
    expect(deText).toContain('"Müller;=1+1";');
    expect(deText).toContain(';"Gültig";');

    const en = await download(`/api/orgs/${school.id}/certificates.csv`, english).expect(200);
    expect((en.body as Buffer).toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFF"Name","E-mail","Course","Verification code","Issued on","Status","Verification link"',
    );

    const zip = await download(`/api/orgs/${school.id}/certificates.zip`, german).expect(200);
    const manifest = unzipSync(new Uint8Array(zip.body as Buffer))['manifest.csv'];
    expect([...manifest.subarray(0, 3)]).toEqual(BOM);
    expect(strFromU8(manifest).split('\r\n')[0]).toBe(
      // (strFromU8 drops the byte-order mark checked above)
      '"Datei";"Name";"E-Mail";"Kurs";"Prüfcode";"Ausgestellt am";"Status"',
    );
  });

  it("writes the background export's manifest in the requester's words and separator", async () => {
    const path = `/api/orgs/${school.id}/certificate-exports`;
    const queued = await t.http().post(path).set(bearer(german)).send({}).expect(202);
    const ready = await waitFor(
      async () => (await t.http().get(`${path}/${queued.body.id}`).set(bearer(german)).expect(200)).body,
      (e) => e.status === 'ready',
      60_000,
    );
    const zip = await t.http().get(ready.downloadUrl).buffer(true).parse(binaryBody).expect(200);
    const manifest = unzipSync(new Uint8Array(zip.body as Buffer))['manifest.csv'];
    expect([...manifest.subarray(0, 3)]).toEqual(BOM);
    const lines = strFromU8(manifest).split('\r\n');
    expect(lines[0]).toBe('"Datei";"Name";"E-Mail";"Kurs";"Prüfcode";"Ausgestellt am";"Status"');
    expect(lines.some((l) => l.includes(';"Müller;=1+1";') && l.endsWith(';"Gültig"'))).toBe(true);
  });

  it('takes another separator on request and refuses an unknown one naming the field', async () => {
    const tab = await download(`/api/orgs/${school.id}/progress.csv?separator=tab`, german).expect(200);
    expect((tab.body as Buffer).toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFF"Name"\t"E-Mail"\t"Kurs"\t"Status"\t"Fortschritt (%)"\t"Eingeschrieben am"\t"Letzte Aktivität"\t"Abgeschlossen am"',
    );
    const comma = await download(`/api/orgs/${school.id}/certificates.csv?separator=comma`, german).expect(
      200,
    );
    expect((comma.body as Buffer).toString('utf8')).toMatch(/^\uFEFF"Name","E-Mail","Kurs",/);
    const bad = await t.http().get(`/api/orgs/${school.id}/progress.csv?separator=pipe`).set(bearer(german));
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors[0].field).toBe('separator');
  });

  it('invites from a Windows-1252 file with `;` separators uploaded as a file', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const file = windows1252(
      [
        'E-Mail;Rolle;Name',
        `mueller-${tag}@x.example;learner;Jürgen Müller`,
        `soeren-${tag}@x.example;trainer;Søren Ærø`,
        `jose-${tag}@x.example;learner;José Çelik`,
        `oeuvre-${tag}@x.example;learner;Œdipe D’Artagnan`,
      ].join('\r\n'),
    );
    // Not valid UTF-8: a UTF-8 reader would turn every accent into U+FFFD.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const res = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(english))
      .attach('file', file, { filename: 'staff.csv', contentType: 'text/csv' })
      .expect(200);
    expect(res.body).toMatchObject({ invited: 4, failed: 0 });
    const rows = await t.ds.query<{ email: string; name: string; role: string }[]>(
      `SELECT email, name, role FROM invitations WHERE email LIKE $1 ORDER BY email`,
      [`%-${tag}@x.example`],
    );
    expect(rows.map((r) => [r.name, r.role])).toEqual([
      ['José Çelik', 'learner'],
      ['Jürgen Müller', 'learner'],
      ['Œdipe D’Artagnan', 'learner'],
      ['Søren Ærø', 'trainer'],
    ]);
  });

  it('enrols from a UTF-8 file with a BOM and a courseId field, and caps uploads by size and rows', async () => {
    const member = await UserFactory.member(t.ds, school, 'learner', { name: 'Όλγα' });
    const ok = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments/csv`)
      .set(bearer(english))
      .field('courseId', courseId)
      .attach('file', Buffer.from(`\uFEFFemail\tname\r\n${member.email}\tΌλγα\r\n`, 'utf8'), {
        filename: 'enrol.csv',
        contentType: 'text/csv',
      })
      .expect(200);
    expect(ok.body).toMatchObject({ enrolled: 1, failed: 0 });

    const noCourse = await t
      .http()
      .post(`/api/orgs/${school.id}/enrolments/csv`)
      .set(bearer(english))
      .attach('file', Buffer.from(`email\r\n${member.email}\r\n`), 'enrol.csv');
    expectProblem(noCourse, 400, 'VALIDATION_FAILED');
    expect(noCourse.body.errors[0].field).toBe('courseId');

    const tooLarge = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(english))
      .attach('file', Buffer.alloc(1_000_001, 0x61), 'big.csv');
    expectProblem(tooLarge, 413, 'FILE_TOO_LARGE');

    const tooManyRows = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(english))
      .attach(
        'file',
        Buffer.from(['email', ...Array.from({ length: 2001 }, (_, i) => `p${i}@x.example`)].join('\n')),
        'many.csv',
      );
    expectProblem(tooManyRows, 400, 'VALIDATION_FAILED');
    expect(tooManyRows.body.errors[0]).toEqual({ field: 'csv', message: 'At most 2000 rows.' });

    const noFile = await t
      .http()
      .post(`/api/orgs/${school.id}/invitations/csv`)
      .set(bearer(english))
      .field('csv', 'email');
    expectProblem(noFile, 400, 'VALIDATION_FAILED');
    expect(noFile.body.errors[0].field).toBe('file');
  });
});
