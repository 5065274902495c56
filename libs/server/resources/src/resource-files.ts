import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, type FileRef } from '@campus/contracts';
import { FileUrls } from '@campus/server-storage';

/**
 * Library files: uploads of purpose `resource-file`, owned by the author organisation. Their signed
 * URLs are handed to whoever may see the version that names them (anyone, once published).
 */
@Injectable()
export class ResourceFiles {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly urls: FileUrls,
  ) {}

  /** Signed references by id; ids of other purposes resolve to nothing. */
  async refs(ids: (string | null)[], m: EntityManager = this.ds.manager): Promise<Map<string, FileRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await m.query<{ id: string; name: string; contentType: string; size: string }[]>(
      `SELECT id, original_name AS name, content_type AS "contentType", size_bytes AS size
         FROM stored_files WHERE id = ANY($1::uuid[]) AND purpose = 'resource-file'`,
      [wanted],
    );
    return new Map(
      rows.map((f) => [
        f.id,
        {
          id: f.id,
          name: f.name,
          contentType: f.contentType,
          size: Number(f.size),
          url: this.urls.url(f.id),
        },
      ]),
    );
  }

  /** A version may name only a library upload of its own organisation; otherwise `fileId` is refused. */
  async requireAttachable(m: EntityManager, organisationId: string, fileId: string): Promise<void> {
    const [file] = await m.query<{ id: string }[]>(
      `SELECT id FROM stored_files WHERE id = $1 AND organisation_id = $2 AND purpose = 'resource-file'`,
      [fileId, organisationId],
    );
    if (!file) {
      const message = 'No library file upload of this organisation has this id.';
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'fileId', message }] });
    }
  }
}
