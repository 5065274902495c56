import { PDFDocument } from 'pdf-lib';
import { PDF_READER_POOL_LIMITS, PdfReaderBusyError, PdfReaderPool } from './pdf-reader-pool';

describe('PdfReaderPool: PDFs read in worker threads, bounded in number, time and memory', () => {
  const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
  let pdf: Buffer;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(Buffer.from(jwt), 'credential.jwt', { mimeType: 'application/vc+jwt' });
    pdf = Buffer.from(await doc.save());
  });

  it('reads the credential in a thread, and again on the reused thread', async () => {
    const pool = new PdfReaderPool();
    await expect(pool.read(pdf)).resolves.toEqual({ jwt });
    await expect(pool.read(pdf)).resolves.toEqual({ jwt });
    await expect(pool.read(Buffer.from('%PDF-1.7\n%%EOF'))).resolves.toMatchObject({ jwt: null });
  });

  it('reads only the bytes of the view it is given', async () => {
    const pool = new PdfReaderPool();
    const framed = Buffer.concat([Buffer.from('garbage'), pdf, Buffer.from('garbage')]);
    await expect(pool.read(framed.subarray(7, 7 + pdf.length))).resolves.toEqual({ jwt });
  });

  it('terminates a thread that runs out of time and frees its place for the next file', async () => {
    const pool = new PdfReaderPool({ ...PDF_READER_POOL_LIMITS, threads: 1, timeoutMs: 1 });
    // Both time out: the second could only start because the first thread's place was freed.
    await expect(Promise.all([pool.read(pdf), pool.read(pdf)])).resolves.toEqual([
      { jwt: null, reason: 'reading it took too long' },
      { jwt: null, reason: 'reading it took too long' },
    ]);
  });

  it('refuses a file whose thread runs out of memory, without harming the process', async () => {
    const pool = new PdfReaderPool({
      ...PDF_READER_POOL_LIMITS,
      timeoutMs: 20_000,
      // Below 3 MB Node 26 kills the whole process (GC during deserialization); from 8 MB Node 20 reads
      // the file. 3-6 MB fails the read as intended on both lines.
      resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
    });
    await expect(pool.read(pdf)).resolves.toEqual({ jwt: null, reason: 'reading it needed too much memory' });
  });

  it('is busy, not unbounded, when every thread and the queue are taken', async () => {
    const pool = new PdfReaderPool({ ...PDF_READER_POOL_LIMITS, threads: 1, queue: 1 });
    const first = pool.read(pdf);
    const queued = pool.read(pdf);
    await expect(pool.read(pdf)).rejects.toBeInstanceOf(PdfReaderBusyError);
    await expect(Promise.all([first, queued])).resolves.toEqual([{ jwt }, { jwt }]);
  });
});
