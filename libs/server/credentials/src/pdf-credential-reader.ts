import { inflateSync } from 'node:zlib';
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import DecodeStream from 'pdf-lib/cjs/core/streams/DecodeStream';
import { PDF_READER_LIMITS } from './pdf-reader-limits';

/**
 * Reads the credential out of an untrusted PDF with hard caps. Runs inside the PDF reader worker
 * thread (`pdf-reader.worker.ts`), never on the api's event loop: pdf-lib parses synchronously and
 * decodes object and cross-reference streams while loading.
 *
 * Kept free of pdfkit and fonts (certificate-pdf.ts) so the worker starts small; the attachment
 * name is therefore repeated here (the round trip in certificate-pdf.spec.ts keeps them equal).
 */
const ATTACHMENT_NAME = 'credential.jwt';
/** As in verify-certificate-file.ts: the header, parsed before the signature is checked, at most 2 KiB. */
const COMPACT_JWS = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export { PDF_READER_LIMITS };

export type PdfCredentialResult = { jwt: string } | { jwt: null; reason: string };

class DecodeBudgetExceeded extends Error {}

/**
 * pdf-lib inflates object and xref streams while loading, with no limit on the output: one
 * double-Flate stream of a few kB would grow to gigabytes. Every pdf-lib decoder grows its output
 * through `DecodeStream.ensureBuffer`, so the budget is charged there and refuses before allocating.
 * Installed once per worker thread (it changes that thread's copy of pdf-lib only).
 */
const budget = { remaining: Infinity, exceeded: false };
let budgetInstalled = false;

export function installDecodeBudget(): void {
  if (budgetInstalled) return;
  budgetInstalled = true;
  const proto = DecodeStream.prototype as unknown as {
    ensureBuffer: (this: { buffer: Uint8Array }, requested: number) => Uint8Array;
  };
  const ensureBuffer = proto.ensureBuffer;
  proto.ensureBuffer = function (this: { buffer: Uint8Array }, requested: number): Uint8Array {
    const growth = requested - this.buffer.byteLength;
    if (growth > 0) {
      // pdf-lib doubles buffers: charge the doubled size so the budget bounds what is allocated.
      const charged = Math.max(growth, this.buffer.byteLength);
      if (budget.exceeded || charged > budget.remaining) {
        budget.exceeded = true;
        throw new DecodeBudgetExceeded('decoded streams exceed the budget');
      }
      budget.remaining -= charged;
    }
    return ensureBuffer.call(this, requested);
  };
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * The attachment's bytes: unfiltered, or one level of FlateDecode without a predictor, inflated
 * by zlib with its output capped (it stops at the cap instead of producing the rest). Any other
 * filter, a chain of filters, or more output than the cap is refused with the reason.
 */
export function decodeAttachment(stream: PDFRawStream): Uint8Array | string {
  const dict = stream.dict;
  const filter = dict.lookup(PDFName.of('Filter'));
  const filters = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray() : [filter];
  if (filters.length > 1) return 'the attachment has more than one filter';
  if (filters.length === 0) {
    return stream.contents.length > PDF_READER_LIMITS.attachmentBytes
      ? 'the attachment is larger than 1 MiB'
      : stream.contents;
  }
  if (filters[0] !== PDFName.of('FlateDecode')) return 'the attachment has an unsupported filter';
  const params = dict.lookup(PDFName.of('DecodeParms'));
  if (params !== undefined && !(params instanceof PDFArray && params.size() === 0)) {
    return 'the attachment has decode parameters';
  }
  try {
    return inflateSync(stream.contents, { maxOutputLength: PDF_READER_LIMITS.attachmentBytes });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? 'the attachment inflates to more than 1 MiB'
      : 'the attachment is not valid Flate data';
  }
}

/**
 * The signed credential attached to a certificate PDF (`credential.jwt`), looked up in the
 * EmbeddedFiles name tree (where viewers list attachments) and then in the catalog's /AF array.
 * Never throws: anything unreadable or over a limit is `{ jwt: null, reason }`.
 */
export async function readPdfCredential(pdf: Uint8Array): Promise<PdfCredentialResult> {
  budget.remaining = PDF_READER_LIMITS.decodedBytesPerDocument;
  budget.exceeded = false;
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch {
    return { jwt: null, reason: budget.exceeded ? 'its streams decode too large' : 'not a readable PDF' };
  }
  // pdf-lib skips an object it cannot parse; one refused by the budget refuses the document.
  if (budget.exceeded) return { jwt: null, reason: 'its streams decode too large' };
  try {
    const resolve = (value: PDFObject | undefined): PDFObject | undefined =>
      value instanceof PDFRef ? doc.context.lookup(value) : value;
    const fileSpecs: { name: string | undefined; spec: PDFObject | undefined }[] = [];
    const seen = new Set<PDFObject>();

    const walk = (node: PDFObject | undefined, depth: number): void => {
      const dict = resolve(node);
      if (!(dict instanceof PDFDict) || depth > PDF_READER_LIMITS.treeDepth || seen.has(dict)) return;
      seen.add(dict);
      const names = resolve(dict.get(PDFName.of('Names')));
      if (names instanceof PDFArray) {
        for (let i = 0; i + 1 < names.size() && fileSpecs.length < PDF_READER_LIMITS.fileSpecs; i += 2) {
          fileSpecs.push({ name: text(resolve(names.get(i))), spec: names.get(i + 1) });
        }
      }
      const kids = resolve(dict.get(PDFName.of('Kids')));
      if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(kid, depth + 1);
    };

    const namesDict = resolve(doc.catalog.get(PDFName.of('Names')));
    if (namesDict instanceof PDFDict) walk(namesDict.get(PDFName.of('EmbeddedFiles')), 0);
    const associated = resolve(doc.catalog.get(PDFName.of('AF')));
    if (associated instanceof PDFArray) {
      for (const spec of associated.asArray().slice(0, PDF_READER_LIMITS.fileSpecs)) {
        fileSpecs.push({ name: undefined, spec });
      }
    }

    let refused: string | undefined;
    for (const { name, spec } of fileSpecs) {
      const fileSpec = resolve(spec);
      if (!(fileSpec instanceof PDFDict)) continue;
      const specName =
        text(resolve(fileSpec.get(PDFName.of('UF')))) ?? text(resolve(fileSpec.get(PDFName.of('F'))));
      if ((name ?? specName) !== ATTACHMENT_NAME) continue;
      const embedded = resolve(fileSpec.get(PDFName.of('EF')));
      if (!(embedded instanceof PDFDict)) continue;
      const stream = resolve(embedded.get(PDFName.of('F'))) ?? resolve(embedded.get(PDFName.of('UF')));
      if (!(stream instanceof PDFRawStream)) continue;
      const bytes = decodeAttachment(stream);
      if (typeof bytes === 'string') {
        refused = bytes;
        continue;
      }
      const jwt = new TextDecoder('utf-8').decode(bytes).trim();
      if (COMPACT_JWS.test(jwt)) return { jwt };
    }
    return { jwt: null, reason: refused ?? `no ${ATTACHMENT_NAME} attachment` };
  } catch {
    return { jwt: null, reason: 'not a readable PDF' };
  }
}
