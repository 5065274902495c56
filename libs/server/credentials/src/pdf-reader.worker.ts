import { parentPort } from 'node:worker_threads';
import { installDecodeBudget, readPdfCredential } from './pdf-credential-reader';

/**
 * Entry of the PDF reader worker thread (started by `pdf-reader-pool.ts`): one request at a time,
 * `{ id, pdf }` in, `{ id, result }` out. The pool bounds its heap and its time.
 */
export interface PdfReaderRequest {
  id: number;
  pdf: Uint8Array;
}

installDecodeBudget();
// pdf-lib reports every object it cannot parse on the console; a crafted file has thousands.
console.log = console.warn = () => undefined;

parentPort?.on('message', (request: PdfReaderRequest) => {
  void readPdfCredential(request.pdf).then((result) => parentPort?.postMessage({ id: request.id, result }));
});
