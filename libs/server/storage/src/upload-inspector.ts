import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DomainError } from '@campus/contracts';
import { SNIFF_BYTES, sniffContentType } from './sniff';

export interface UploadRule {
  maxBytes: number;
  types: readonly string[];
}

/**
 * Sits between the client's upload and the storage driver: counts bytes (413 past the limit),
 * sniffs the type from the first bytes (415 as soon as they show a type the purpose does not take,
 * so a 500 MB upload of the wrong kind is refused after 4 kB) and hashes the content.
 */
export class UploadInspector extends Transform {
  size = 0;
  contentType: string | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly rule: UploadRule,
    private readonly fileName: string,
  ) {
    super();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.rule.maxBytes) return done(tooLarge(this.rule.maxBytes));
    this.hash.update(chunk);
    if (this.contentType === null) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength >= SNIFF_BYTES) {
        const error = this.sniff();
        if (error) return done(error);
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(new DomainError('VALIDATION_FAILED', 'The file is empty.', EMPTY));
    done(this.contentType === null ? this.sniff() : null);
  }

  private sniff(): DomainError | null {
    const head = Buffer.concat(this.head).subarray(0, SNIFF_BYTES);
    this.head = [];
    const type = sniffContentType(head, this.fileName);
    if (type && this.rule.types.includes(type)) {
      this.contentType = type;
      return null;
    }
    return new DomainError(
      'UNSUPPORTED_FILE_TYPE',
      `${type ? `This file is ${type}` : 'This file is of an unknown type'}; accepted here: ${this.rule.types.join(', ')}.`,
    );
  }
}

const EMPTY = { errors: [{ field: 'file', message: 'The file is empty.' }] };

export function tooLarge(maxBytes: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `The file is larger than the limit of ${Math.floor(maxBytes / 1024 / 1024)} MB for this kind of upload.`,
  );
}

/** A name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const controls = /[\u0000-\u001f\u007f]/g;
  const cleaned = base.replace(controls, '').trim().slice(-200);
  return cleaned || 'file';
}
