import type { Readable, Transform } from 'node:stream';

/** An inclusive byte range, as HTTP Range requests name them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where file bytes live. Keys are opaque paths chosen by the platform (never by a client). The
 * local disk driver serves one machine or a shared volume; an S3-compatible driver implements the
 * same three calls for scale-out.
 */
export interface FileStorage {
  /**
   * Writes `source`, passed through `through` (e.g. an inspector that may refuse it), under `key`.
   * An error anywhere in that chain aborts the write and leaves nothing behind.
   */
  write(key: string, source: Readable, ...through: Transform[]): Promise<void>;
  /** The whole file, or the bytes of `range`. */
  read(key: string, range?: ByteRange): Readable;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
