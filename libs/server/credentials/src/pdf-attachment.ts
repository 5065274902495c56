import { readPdfCredentialOffThread } from './pdf-reader-pool';

export { PDF_READER_LIMITS } from './pdf-reader-limits';
export type { PdfCredentialResult } from './pdf-credential-reader';
export { PDF_READER_POOL_LIMITS, PdfReaderBusyError, readPdfCredentialOffThread } from './pdf-reader-pool';

/**
 * The signed credential attached to a certificate PDF (`credential.jwt`), or null when the file is
 * not a readable PDF, carries no such attachment, or breaks a limit (the attachment unfiltered or
 * one level of FlateDecode, inflating to at most 1 MiB; 32 MiB decoded per document; 3 s). The PDF
 * is parsed in a worker thread, off the event loop. Rejects only with `PdfReaderBusyError`.
 */
export async function extractCredentialFromPdf(pdf: Buffer | Uint8Array): Promise<string | null> {
  return (await readPdfCredentialOffThread(pdf)).jwt;
}
