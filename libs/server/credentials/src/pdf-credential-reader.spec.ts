import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFContext } from 'pdf-lib';
import { decodeAttachment, PDF_READER_LIMITS } from './pdf-credential-reader';

describe('decodeAttachment: one known filter, output capped at 1 MiB', () => {
  let context: PDFContext;
  beforeAll(async () => {
    context = (await PDFDocument.create()).context;
  });

  /** A stream whose /Filter is one name, or an array of names; optionally with /DecodeParms. */
  const stream = (bytes: Uint8Array, filter?: string | string[], params?: Record<string, number>) => {
    const dict = PDFDict.withContext(context);
    if (typeof filter === 'string') dict.set(PDFName.of('Filter'), PDFName.of(filter));
    if (Array.isArray(filter)) {
      const names = PDFArray.withContext(context);
      for (const f of filter) names.push(PDFName.of(f));
      dict.set(PDFName.of('Filter'), names);
    }
    if (params) {
      const parms = PDFDict.withContext(context);
      for (const [k, v] of Object.entries(params)) parms.set(PDFName.of(k), PDFNumber.of(v));
      dict.set(PDFName.of('DecodeParms'), parms);
    }
    return PDFRawStream.of(dict, bytes);
  };
  const bytesOf = (decoded: Uint8Array | string) => {
    if (typeof decoded === 'string') throw new Error(decoded);
    return Buffer.from(decoded);
  };

  const jwt = Buffer.from('eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');

  it('passes unfiltered bytes and inflates one level of FlateDecode', () => {
    expect(bytesOf(decodeAttachment(stream(jwt)))).toEqual(jwt);
    expect(bytesOf(decodeAttachment(stream(deflateSync(jwt), 'FlateDecode')))).toEqual(jwt);
    expect(bytesOf(decodeAttachment(stream(deflateSync(jwt), ['FlateDecode'])))).toEqual(jwt);
  });

  it('refuses a chain of filters, an unsupported filter, decode parameters and broken data', () => {
    expect(decodeAttachment(stream(deflateSync(deflateSync(jwt)), ['FlateDecode', 'FlateDecode']))).toBe(
      'the attachment has more than one filter',
    );
    expect(decodeAttachment(stream(Buffer.from(`${jwt.toString('hex')}>`), 'ASCIIHexDecode'))).toBe(
      'the attachment has an unsupported filter',
    );
    expect(decodeAttachment(stream(deflateSync(jwt), 'FlateDecode', { Predictor: 12, Columns: 4 }))).toBe(
      'the attachment has decode parameters',
    );
    expect(decodeAttachment(stream(jwt, 'FlateDecode'))).toBe('the attachment is not valid Flate data');
  });

  it('stops inflating at 1 MiB instead of producing the rest, quickly', () => {
    // 16 MiB of zeros in ≈16 kB: only the first MiB is ever produced.
    const deflated = deflateSync(Buffer.alloc(16 * 1024 * 1024));
    const started = Date.now();
    expect(decodeAttachment(stream(deflated, 'FlateDecode'))).toBe(
      'the attachment inflates to more than 1 MiB',
    );
    expect(Date.now() - started).toBeLessThan(200);
    const exactly = deflateSync(Buffer.alloc(PDF_READER_LIMITS.attachmentBytes));
    expect(bytesOf(decodeAttachment(stream(exactly, 'FlateDecode'))).length).toBe(
      PDF_READER_LIMITS.attachmentBytes,
    );
    expect(decodeAttachment(stream(Buffer.alloc(PDF_READER_LIMITS.attachmentBytes + 1)))).toBe(
      'the attachment is larger than 1 MiB',
    );
  });
});
