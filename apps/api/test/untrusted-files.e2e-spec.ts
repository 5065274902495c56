import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { SigningKeysService } from '@campus/server-certificates';
import { buildOpenBadgeCredential, signCredential } from '@campus/server-credentials';
import { OrganisationFactory, UserFactory } from '@campus/server-testing';
import { draftCourseWithModule } from './support/courses';
import { bearer, createTestApp, expectProblem, signIn, type TestApp } from './support/test-app';

/**
 * deflate(deflate(`gib` GiB of zeros)), built without ever holding the zeros: a sync-flushed raw
 * deflate block of 1 MiB of zeros decodes the same wherever it is repeated, so the inner stream is
 * that block `gib × 1024` times between a zlib header and trailer (≈2 MB for 2 GiB); deflating it
 * again gives ≈5 kB.
 */
function doubleDeflatedZeros(gib: number): Buffer {
  const mib = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mib, { finishFlush: constants.Z_SYNC_FLUSH });
  const total = gib * 1024 * mib.length;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((total % 65521) * 65536 + 1) >>> 0); // Adler-32 of zeros: a = 1, b = n mod 65521
  const inner = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    ...Array.from({ length: gib * 1024 }, () => block),
    Buffer.from([0x03, 0x00]), // an empty final block
    adler,
  ]);
  return deflateSync(inner, { level: 9 });
}

/**
 * A minimal PDF whose EmbeddedFiles name tree lists `credential.jwt` with the given stream, plus
 * optional extra objects (raw `<<dict>> stream … endstream` bodies), with a correct xref table.
 */
function pdfWithAttachment(
  attachment: { dict: string; data: Buffer },
  extra: { dict: string; data: Buffer }[] = [],
): Buffer {
  const stream = ({ dict, data }: { dict: string; data: Buffer }) =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  const objects: Buffer[] = [
    Buffer.from(
      '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(credential.jwt) 3 0 R] >> >> >>',
    ),
    Buffer.from('<< /Type /Pages /Kids [] /Count 0 >>'),
    Buffer.from('<< /Type /Filespec /F (credential.jwt) /UF (credential.jwt) /EF << /F 4 0 R >> >>'),
    stream({ dict: `/Type /EmbeddedFile ${attachment.dict}`, data: attachment.data }),
    ...extra.map(stream),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  parts.push(Buffer.from(`${xref}\n`));
  return Buffer.concat(parts);
}

describe('untrusted files: a small crafted upload never freezes the api', () => {
  let t: TestApp;
  let bomb: Buffer;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let healthUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_VERIFY_PER_MINUTE: '1000' });
    // Listening once (supertest then reuses the address) and a kept-alive connection for health:
    // its time is the api's, not a new listener's or a TCP handshake's.
    await t.app.listen(0, '127.0.0.1');
    healthUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/health`;
    bomb = pdfWithAttachment({
      dict: '/Filter [/FlateDecode /FlateDecode]',
      data: doubleDeflatedZeros(2),
    });
    // Start the reader threads (under Jest each compiles its TypeScript when it starts).
    await Promise.all([upload(Buffer.from('%PDF-1.7\n%%EOF')), upload(Buffer.from('%PDF-1.7\n%%EOF'))]);
  });
  afterAll(async () => {
    agent.destroy();
    await t.close();
  });

  const health = () =>
    new Promise<number>((resolve, reject) => {
      get(healthUrl, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', reject);
    });

  const upload = (file: Buffer, filename = 'certificate.pdf') =>
    t.http().post('/api/verify').attach('file', file, { filename, contentType: 'application/pdf' });

  async function timed<T>(work: () => PromiseLike<T>): Promise<{ ms: number; value: T }> {
    const started = Date.now();
    const value = await work();
    return { ms: Date.now() - started, value };
  }

  async function genuineJwt(): Promise<string> {
    const key = await t.app.get(SigningKeysService).activeKey();
    return signCredential(
      buildOpenBadgeCredential({
        certificateId: '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
        validFrom: new Date('2026-03-03T10:15:30Z'),
        issuer: { id: 'https://campus.example/organisations/x', name: 'Demo VET School', countryCode: 'IT' },
        holder: { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Väinö Hämäläinen' },
        achievement: {
          kind: 'course',
          id: 'https://campus.example/courses/y',
          name: 'Job shadowing abroad',
          description: 'Preparing VET staff for job shadowing.',
          learningOutcomes: ['Plan a job-shadowing week'],
          eqfLevel: 4,
          workloadHours: 10,
          language: 'en',
        },
        meanScorePercent: null,
        statusListUrl: 'https://campus.example/api/credentials/status/1',
        statusIndex: 7,
      }),
      key,
    );
  }

  it('answers a 5 kB double-Flate bomb (2 GiB inflated) within 1 s as not_a_credential', async () => {
    expect(bomb.length).toBeLessThan(8 * 1024);
    const { ms, value: res } = await timed(() => upload(bomb));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ result: 'not_a_credential' });
    expect(ms).toBeLessThan(1000);
  });

  it('keeps /api/health under 100 ms while several bombs are being read', async () => {
    // Object streams are decoded by the PDF parser itself while loading: a bomb there too.
    const objectStreamBomb = pdfWithAttachment({ dict: '', data: Buffer.from('x') }, [
      {
        dict: '/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]',
        data: doubleDeflatedZeros(1),
      },
    ]);
    const bombs = Array.from({ length: 4 }, (_, i) => timed(() => upload(i % 2 ? objectStreamBomb : bomb)));
    const healthTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { ms, value } = await timed(health);
      expect(value).toBe(200);
      healthTimes.push(ms);
    }
    const answered = await Promise.all(bombs);
    // The median, so one scheduling hiccup of a busy test machine does not decide; a bomb read on
    // the event loop blocks every call for seconds.
    expect(healthTimes.sort((a, b) => a - b)[2]).toBeLessThan(100);
    for (const { ms, value } of answered) {
      expect(value.body).toMatchObject({ result: 'not_a_credential' });
      expect(ms).toBeLessThan(1000);
    }
  });

  it('refuses quickly a single-Flate attachment that inflates beyond 1 MiB, and an unknown filter', async () => {
    const jwt = await genuineJwt();
    // The credential followed by 2 MiB of spaces: it would trim to the genuine JWT if inflated whole.
    const padded = Buffer.concat([Buffer.from(jwt), Buffer.alloc(2 * 1024 * 1024, ' ')]);
    const tooLarge = await timed(() =>
      upload(pdfWithAttachment({ dict: '/Filter /FlateDecode', data: deflateSync(padded) })),
    );
    expect(tooLarge.value.body).toMatchObject({ result: 'not_a_credential' });
    expect(tooLarge.ms).toBeLessThan(1000);

    const hex = Buffer.from(`${Buffer.from(jwt).toString('hex')}>`);
    const unknownFilter = await upload(pdfWithAttachment({ dict: '/Filter /ASCIIHexDecode', data: hex }));
    expect(unknownFilter.body).toMatchObject({ result: 'not_a_credential' });

    // The same credential under one level of Flate, within the cap, verifies.
    const plain = await upload(pdfWithAttachment({ dict: '/Filter /FlateDecode', data: deflateSync(jwt) }));
    expect(plain.body).toMatchObject({ result: 'valid', credential: { holderName: 'Väinö Hämäläinen' } });
  });

  it('still verifies a genuine certificate PDF, with or without object streams', async () => {
    const jwt = await genuineJwt();
    for (const useObjectStreams of [true, false]) {
      const doc = await PDFDocument.create();
      doc.addPage();
      await doc.attach(Buffer.from(jwt), 'credential.jwt', { mimeType: 'application/vc+jwt' });
      const pdf = Buffer.from(await doc.save({ useObjectStreams }));
      const res = await upload(pdf).expect(200);
      expect(res.body).toMatchObject({ result: 'valid', credential: { holderName: 'Väinö Hämäläinen' } });
    }
  });

  it('does not parse a JWT header larger than 2 KiB (parsed before the signature is checked)', async () => {
    const jwt = await genuineJwt();
    const [, payload, signature] = jwt.split('.');
    const deep = Buffer.from(`${'['.repeat(60_000)}${']'.repeat(60_000)}`).toString('base64url');
    const forged = `${deep}.${payload}.${signature}`;
    for (const res of [
      await t.http().post('/api/verify').send({ jwt: forged }).expect(200),
      await upload(Buffer.from(forged), 'credential.jwt').expect(200),
    ]) {
      expect(res.body).toMatchObject({ result: 'not_a_credential' });
    }
  });

  it('does not read a large text file as a credential', async () => {
    const jwt = await genuineJwt();
    const json = Buffer.from(JSON.stringify({ jwt, padding: 'x'.repeat(300 * 1024) }));
    const res = await upload(json, 'credential.json').expect(200);
    expect(res.body).toMatchObject({ result: 'not_a_credential' });
    const small = await upload(Buffer.from(JSON.stringify({ jwt })), 'credential.json').expect(200);
    expect(small.body).toMatchObject({ result: 'valid' });
  });
});

describe('untrusted files: question bank imports have hard caps', () => {
  let t: TestApp;
  let trainer: string;
  let courseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const school = await OrganisationFactory.create(t.ds);
    trainer = (await signIn(t, (await UserFactory.member(t.ds, school, 'trainer')).email)).token;
    ({ courseId } = await draftCourseWithModule(t, school.id, trainer));
  });
  afterAll(() => t.close());

  const importing = (format: 'json' | 'gift', text: string) =>
    t
      .http()
      .post(`/api/authoring/courses/${courseId}/questions/import`)
      .set(bearer(trainer))
      .send({ format, text });

  const bank = (questions: unknown[]) =>
    JSON.stringify({ format: 'campus-question-bank', version: 1, questions });
  const choice = (i: number) => ({
    type: 'true_false',
    prompt: `Statement ${i}`,
    content: { correct: true },
  });

  it('refuses a JSON bank of more than 1000 questions, or of too many objects, whole and quickly (413)', async () => {
    const started = Date.now();
    expectProblem(
      await importing('json', bank(Array.from({ length: 1001 }, (_, i) => choice(i)))),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    // 2 MB of empty objects: ~10 s of validation and ~100 MB of problems before the caps.
    expectProblem(
      await importing('json', bank(Array.from({ length: 400_000 }, () => ({})))),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(Date.now() - started).toBeLessThan(3000);
    const listed = await t
      .http()
      .get(`/api/authoring/courses/${courseId}/questions`)
      .set(bearer(trainer))
      .expect(200);
    expect(listed.body).toHaveLength(0);
  });

  it('refuses JSON nested deeper than 32 levels before parsing it (400 naming the field)', async () => {
    const deep = `{"format":"campus-question-bank","version":1,"questions":[${'['.repeat(600_000)}${']'.repeat(600_000)}]}`;
    const res = await importing('json', deep);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('lists at most 100 problems, then counts the rest', async () => {
    const res = await importing('json', bank(Array.from({ length: 300 }, () => ({ type: 'essay' })))).expect(
      200,
    );
    expect(res.body.imported).toBe(0);
    expect(res.body.problems).toHaveLength(101);
    expect(res.body.problems[100]).toEqual({ index: 100, message: '… and 200 more problems, not listed.' });
  });

  it('refuses a GIFT file of more than 1000 questions or 50,000 lines (413), and a question of 100+ answers', async () => {
    const questions = Array.from({ length: 1001 }, (_, i) => `Statement ${i} {T}`).join('\n\n');
    expectProblem(await importing('gift', questions), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await importing('gift', 'Q {\n' + 'a\n'.repeat(60_000) + '}'), 413, 'PAYLOAD_TOO_LARGE');
    const many = await importing('gift', `Pick one {${'~wrong '.repeat(150)}=right}`).expect(200);
    expect(many.body).toEqual({
      imported: 0,
      problems: [{ line: 1, message: 'More than 100 answers in one question.' }],
    });
    const fine = await importing(
      'gift',
      Array.from({ length: 1000 }, (_, i) => `Statement ${i} {T}`).join('\n\n'),
    );
    expect(fine.status).toBe(200);
    expect(fine.body.imported).toBe(1000);
  });
});
