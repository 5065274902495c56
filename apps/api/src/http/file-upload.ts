import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { DomainError } from '@campus/contracts';
import { tooLarge } from '@campus/server-storage';

/** The one file of an upload request, still streaming. */
export interface UploadedFile {
  fileName: string | undefined;
  content: Readable;
}

/** OpenAPI: multipart/form-data with one binary `file` field. */
export const ApiFileUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
  );

const missingFile = () =>
  new DomainError('VALIDATION_FAILED', 'Send one file in a form field named "file".', {
    errors: [{ field: 'file', message: 'Send one file in a form field named "file".' }],
  });

/**
 * Runs `store` on the request's one file (multipart/form-data, field `file`), streamed, never
 * buffered whole. The stream stops one byte past `maxBytes`, so the upload inspector answers 413
 * naming the limit; a stream cut by the multipart parser is 413 as well.
 */
export async function withUploadedFile<T>(
  req: FastifyRequest,
  maxBytes: number,
  store: (file: UploadedFile) => Promise<T>,
): Promise<T> {
  if (!req.isMultipart())
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data.');
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
  } catch (err) {
    // The parser refuses the body before any part (no boundary, a damaged header): the client's.
    throw err instanceof DomainError || (err as { statusCode?: number }).statusCode ? err : malformed();
  }
  if (!part || part.fieldname !== 'file') throw missingFile();
  // An error of the file's stream (possibly raised before anyone listened) is the parser's: a
  // body cut short or damaged, the client's.
  let broken = false;
  part.file.once('error', () => (broken = true));
  try {
    return await store({ fileName: part.filename, content: part.file });
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if ((broken || part.file.errored) && !(err instanceof DomainError)) throw malformed();
    throw err;
  }
}

const malformed = () =>
  new DomainError('MALFORMED_BODY', 'The multipart body is damaged or cut short: send the file again.');
