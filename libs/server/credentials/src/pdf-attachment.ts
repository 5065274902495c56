import {
  decodePDFRawStream,
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
import { CREDENTIAL_ATTACHMENT_NAME } from './certificate-pdf';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_ATTACHMENT_BYTES = 1024 * 1024;
const MAX_TREE_DEPTH = 32;

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * The signed credential attached to a certificate PDF (`credential.jwt`), or null when the file is
 * not a readable PDF or carries no such attachment. Looks in the document's EmbeddedFiles name tree
 * (where viewers list attachments) and then in the catalog's /AF array; decodes any stream filter
 * pdf-lib knows (FlateDecode in particular). Never throws.
 */
export async function extractCredentialFromPdf(pdf: Buffer | Uint8Array): Promise<string | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return null;
  }
  try {
    const resolve = (value: PDFObject | undefined): PDFObject | undefined =>
      value instanceof PDFRef ? doc.context.lookup(value) : value;
    const fileSpecs: { name: string | undefined; spec: PDFObject | undefined }[] = [];
    const seen = new Set<PDFObject>();

    const walk = (node: PDFObject | undefined, depth: number): void => {
      const dict = resolve(node);
      if (!(dict instanceof PDFDict) || depth > MAX_TREE_DEPTH || seen.has(dict)) return;
      seen.add(dict);
      const names = resolve(dict.get(PDFName.of('Names')));
      if (names instanceof PDFArray) {
        for (let i = 0; i + 1 < names.size(); i += 2) {
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
      for (const spec of associated.asArray()) fileSpecs.push({ name: undefined, spec });
    }

    for (const { name, spec } of fileSpecs) {
      const fileSpec = resolve(spec);
      if (!(fileSpec instanceof PDFDict)) continue;
      const specName =
        text(resolve(fileSpec.get(PDFName.of('UF')))) ?? text(resolve(fileSpec.get(PDFName.of('F'))));
      if ((name ?? specName) !== CREDENTIAL_ATTACHMENT_NAME) continue;
      const embedded = resolve(fileSpec.get(PDFName.of('EF')));
      if (!(embedded instanceof PDFDict)) continue;
      const stream = resolve(embedded.get(PDFName.of('F'))) ?? resolve(embedded.get(PDFName.of('UF')));
      if (!(stream instanceof PDFRawStream)) continue;
      const bytes = decodePDFRawStream(stream).decode();
      if (bytes.length > MAX_ATTACHMENT_BYTES) continue;
      const jwt = new TextDecoder('utf-8').decode(bytes).trim();
      if (COMPACT_JWS.test(jwt)) return jwt;
    }
    return null;
  } catch {
    return null;
  }
}
