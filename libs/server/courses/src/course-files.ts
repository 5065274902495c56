import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CourseFilePurpose,
  DomainError,
  MARKDOWN_FILE_LINK,
  type FilePurpose,
  type FileRef,
} from '@campus/contracts';
import { StoredFile, type Course, type Lesson } from '@campus/server-db';
import { FileUrls } from '@campus/server-storage';

/** The files a view shows, by id, already signed for the person the view is built for. */
export type FileRefs = Map<string, FileRef>;

/** Uploaded images a page's Markdown links as `![alt](file:<id>)`. */
export function imageIdsIn(markdown: string): string[] {
  return [...markdown.matchAll(MARKDOWN_FILE_LINK)].map((m) => m[1].toLowerCase());
}

/**
 * Resolves the files a course view points at. Only files of the course's own organisation are
 * resolved: an author who pastes another school's file id into a page gets nothing signed.
 */
@Injectable()
export class CourseFiles {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly urls: FileUrls,
  ) {}

  /** Changes every few hours; views holding signed URLs are cached per window. */
  window(): number {
    return this.urls.window();
  }

  ref(f: Pick<StoredFile, 'id' | 'originalName' | 'contentType' | 'sizeBytes'>): FileRef {
    return {
      id: f.id,
      name: f.originalName,
      contentType: f.contentType,
      size: f.sizeBytes,
      url: this.urls.url(f.id),
    };
  }

  /** The cover, plus, with content, every lesson's video, captions, download and page images. */
  async forView(course: Course, lessons: Lesson[], withContent: boolean): Promise<FileRefs> {
    const ids = new Set<string>();
    if (course.coverFileId) ids.add(course.coverFileId);
    if (withContent)
      for (const l of lessons) {
        for (const id of [l.videoFileId, l.captionsFileId, l.fileId]) if (id) ids.add(id);
        for (const id of imageIdsIn(l.body)) ids.add(id);
      }
    return this.refs(course.organisationId, [...ids]);
  }

  /**
   * Course files only: a page that names a logbook evidence file of the same organisation (a
   * participant's photo) gets no signed URL for it.
   */
  async refs(organisationId: string, ids: string[]): Promise<FileRefs> {
    if (ids.length === 0) return new Map();
    const files = await this.ds
      .getRepository(StoredFile)
      .findBy({ id: In(ids), organisationId, purpose: In(CourseFilePurpose.options) });
    return new Map(files.map((f) => [f.id, this.ref(f)]));
  }

  /**
   * A file an author attaches (cover, video, captions, download) must be an upload of the same
   * organisation made for that purpose; otherwise the field is refused by name.
   */
  async requireAttachable(
    m: EntityManager,
    organisationId: string,
    fileId: string,
    purpose: FilePurpose,
    field: string,
  ): Promise<void> {
    const file = await m.findOneBy(StoredFile, { id: fileId, organisationId });
    if (!file || file.purpose !== purpose) {
      const message = `No ${purpose} upload of this organisation has this id.`;
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
    }
  }
}
