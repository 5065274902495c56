import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { UPLOAD_RULES, type FilePurpose, type FileRef } from '@campus/contracts';
import { StoredFile } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { cleanFileName, FILE_STORAGE, UploadInspector, type FileStorage } from '@campus/server-storage';
import { requireAuthor } from './course-access';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';

export interface IncomingFile {
  fileName: string | undefined;
  content: Readable;
}

/** Authors upload covers, videos, captions, downloads and page images for a course. */
@Injectable()
export class CourseUploadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
  ) {}

  /**
   * Streams the upload into storage through the inspector (size limit, sniffed type, hash); on any
   * failure the stored bytes are removed and no row is written, so nothing half-uploaded remains.
   */
  async upload(
    actor: Actor,
    courseId: string,
    purpose: FilePurpose,
    incoming: IncomingFile,
  ): Promise<FileRef> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
    const id = randomUUID();
    const key = `orgs/${course.organisationId}/files/${id}`;
    const fileName = cleanFileName(incoming.fileName);
    const inspector = new UploadInspector(UPLOAD_RULES[purpose], fileName);
    try {
      await this.storage.write(key, incoming.content, inspector);
      const file = await this.ds.getRepository(StoredFile).save({
        id,
        organisationId: course.organisationId,
        courseId,
        purpose,
        storageKey: key,
        originalName: fileName,
        contentType: inspector.contentType!,
        sizeBytes: inspector.size,
        sha256: inspector.sha256,
        createdBy: actor.userId,
      });
      return this.files.ref(file);
    } catch (err) {
      await this.storage.remove(key);
      throw err;
    }
  }
}
