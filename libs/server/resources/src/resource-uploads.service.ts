import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { UPLOAD_RULES, type FileRef } from '@campus/contracts';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { cleanFileName, FILE_STORAGE, UploadInspector, type FileStorage } from '@campus/server-storage';
import { ResourceFiles } from './resource-files';

export interface IncomingResourceFile {
  fileName: string | undefined;
  content: Readable;
}

const RULE = UPLOAD_RULES['resource-file'];

/**
 * The file of a document or template, uploaded before the version that names it is saved. It
 * streams through the same inspector as course files (413 past 50 MB, 415 unless its content is a
 * PDF or an office document) and belongs to the author organisation.
 */
@Injectable()
export class ResourceUploadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly files: ResourceFiles,
  ) {}

  async upload(actor: Actor, organisationId: string, incoming: IncomingResourceFile): Promise<FileRef> {
    requireOrgRole(actor, organisationId, ['trainer', 'manager']);
    const id = randomUUID();
    const key = `orgs/${organisationId}/files/${id}`;
    const fileName = cleanFileName(incoming.fileName);
    const inspector = new UploadInspector(RULE, fileName);
    try {
      await this.storage.write(key, incoming.content, inspector);
      await this.ds.query(
        `INSERT INTO stored_files (id, organisation_id, course_id, purpose, storage_key, original_name,
           content_type, size_bytes, sha256, created_by)
         VALUES ($1, $2, NULL, 'resource-file', $3, $4, $5, $6, $7, $8)`,
        [
          id,
          organisationId,
          key,
          fileName,
          inspector.contentType,
          inspector.size,
          inspector.sha256,
          actor.userId,
        ],
      );
    } catch (err) {
      await this.storage.remove(key);
      throw err;
    }
    return (await this.files.refs([id])).get(id)!;
  }
}
