import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { notFound } from '@campus/contracts';
import { StoredFile } from '@campus/server-db';
import { FILE_STORAGE, type ByteRange, type FileStorage } from './file-storage';
import { FileUrls } from './file-urls';

export interface FileDownload {
  file: StoredFile;
  /** Null: the whole file. */
  range: ByteRange | null;
  /** The requested range lies outside the file (HTTP 416). */
  unsatisfiable: boolean;
  stream: Readable | null;
  maxAgeSeconds: number;
}

/** Serves files behind signed URLs; a bad or expired signature looks exactly like a missing file. */
@Injectable()
export class FileDownloadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly urls: FileUrls,
  ) {}

  async open(
    fileId: string,
    expires: number,
    signature: string,
    rangeHeader?: string,
  ): Promise<FileDownload> {
    if (!this.urls.verify(fileId, expires, signature)) throw notFound('File');
    const file = await this.ds.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw notFound('File');
    const range = parseRange(rangeHeader, file.sizeBytes);
    const maxAgeSeconds = this.urls.secondsLeft(expires);
    if (range === 'unsatisfiable')
      return { file, range: null, unsatisfiable: true, stream: null, maxAgeSeconds };
    return {
      file,
      range,
      unsatisfiable: false,
      stream: this.storage.read(file.storageKey, range ?? undefined),
      maxAgeSeconds,
    };
  }
}

/**
 * One `bytes=` range (video players ask for one at a time). Several ranges, or a header we cannot
 * read, get the whole file, as RFC 9110 allows; a range past the end is unsatisfiable.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
