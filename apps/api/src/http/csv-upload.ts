import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError } from '@campus/contracts';
import { MAX_CSV_BYTES, decodeCsvBytes } from '@campus/server-csv';
import { zodFieldErrors } from './problem.filter';

/** Other form fields a CSV upload may carry beside its file (e.g. `courseId`). */
const MAX_FIELDS = 4;

/**
 * The body of a CSV upload route, validated by `schema` (which has a `csv` text field). Either
 * JSON with the CSV as text, or multipart/form-data with the file's bytes in a part named `file`
 * and the other fields beside it: the bytes are decoded as UTF-8 or, when they are not valid
 * UTF-8, as Excel's Windows-1252 (see `decodeCsvBytes`). A file over MAX_CSV_BYTES is 413
 * FILE_TOO_LARGE; a missing file or a bad field is 400 naming the field.
 */
export async function csvUploadBody<S extends z.ZodType>(
  req: FastifyRequest,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  let input = body;
  if (req.isMultipart()) {
    const fields: Record<string, unknown> = {};
    let file: Buffer | undefined;
    try {
      const parts = req.parts({
        limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: MAX_FIELDS, parts: MAX_FIELDS + 1 },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.fieldname === 'file') file = bytes;
        } else fields[part.fieldname] = part.value;
      }
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw new DomainError('FILE_TOO_LARGE', `A CSV file is at most ${MAX_CSV_BYTES / 1_000_000} MB.`);
      throw err;
    }
    if (!file)
      throw new DomainError('VALIDATION_FAILED', 'Send the CSV in a form field named "file".', {
        errors: [{ field: 'file', message: 'Choose a CSV file.' }],
      });
    input = { ...fields, csv: decodeCsvBytes(file) };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    throw new DomainError(
      'VALIDATION_FAILED',
      `Invalid input: ${errors.map((x) => `${x.field}: ${x.message}`).join('; ')}`,
      { errors },
    );
  }
  return parsed.data;
}
