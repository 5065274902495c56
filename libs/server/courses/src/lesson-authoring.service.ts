import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { z } from 'zod';
import type { CourseView, CreateLessonRequest, UpdateLessonRequest } from '@campus/contracts';
import { Lesson } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { ResourceLessonsService } from '@campus/server-resources';
import { fieldError, liveLesson, liveModule, lockCourse, reorder } from './authoring-support';
import { requireAuthor } from './course-access';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';

type NewLesson = z.output<typeof CreateLessonRequest>;
type FileFields = Pick<Lesson, 'videoFileId' | 'captionsFileId' | 'fileId'>;

const VIDEO_ONLY = ['videoUrl', 'videoFileId', 'captionsFileId', 'transcript'] as const;

/** Lessons of a course: add, edit, remove, reorder. Files attached are checked by purpose and owner. */
@Injectable()
export class LessonAuthoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
    private readonly resources: ResourceLessonsService,
  ) {}

  async add(actor: Actor, moduleId: string, req: NewLesson): Promise<CourseView> {
    const mod = await liveModule(this.ds, moduleId);
    await this.ds.transaction(async (m) => {
      const course = await lockCourse(m, mod.courseId);
      requireAuthor(actor, course);
      const fields: Partial<Lesson> = {
        body: req.kind === 'resource' ? '' : (req.body ?? ''),
        videoUrl: req.kind === 'video' ? (req.videoUrl ?? null) : null,
        videoFileId: req.kind === 'video' ? (req.videoFileId ?? null) : null,
        captionsFileId: req.kind === 'video' ? (req.captionsFileId ?? null) : null,
        transcript: req.kind === 'video' ? (req.transcript ?? '') : '',
        fileId: req.kind === 'file' ? req.fileId : null,
        resourceId: req.kind === 'resource' ? req.resourceId : null,
      };
      await this.checkFiles(m, course.organisationId, fields);
      if (fields.resourceId) await this.resources.requireUsable(m, fields.resourceId);
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM lessons WHERE module_id = $1 AND deleted_at IS NULL`,
        [moduleId],
      );
      await m.insert(Lesson, {
        ...fields,
        courseId: mod.courseId,
        moduleId,
        position: next,
        title: req.title,
        kind: req.kind,
        required: req.required ?? true,
      });
    });
    return this.view(mod.courseId);
  }

  async update(actor: Actor, lessonId: string, req: UpdateLessonRequest): Promise<CourseView> {
    const lesson = await liveLesson(this.ds, lessonId);
    const course = await this.outline.course(lesson.courseId);
    requireAuthor(actor, course);
    if (lesson.kind !== 'video') {
      const field = VIDEO_ONLY.find((f) => req[f] !== undefined);
      if (field) throw fieldError(field, 'Only video lessons have a video, captions and a transcript.');
    }
    if (lesson.kind !== 'file' && req.fileId !== undefined)
      throw fieldError('fileId', 'Only file lessons have a download.');
    // A resource lesson shows the resource's own text: it has no body of its own.
    if (lesson.kind === 'resource' && req.body !== undefined)
      throw fieldError('body', 'A resource lesson shows the resource: it has no text of its own.');
    const changes: Partial<Lesson> = { ...req };
    // Choosing one video source drops the other: a video lesson always has exactly one.
    if (req.videoFileId && req.videoUrl === undefined) changes.videoUrl = null;
    if (req.videoUrl && req.videoFileId === undefined) changes.videoFileId = null;
    if (lesson.kind === 'video') {
      const merged = { ...lesson, ...changes };
      if (!merged.videoUrl === !merged.videoFileId)
        throw fieldError('videoUrl', 'A video lesson needs either an uploaded video or an embed link.');
    }
    await this.ds.transaction(async (m) => {
      await this.checkFiles(m, course.organisationId, changes);
      await m.update(Lesson, { id: lessonId }, changes);
    });
    return this.view(lesson.courseId);
  }

  /** Soft delete: progress on it stays, and a course already completed stays completed. */
  async remove(actor: Actor, lessonId: string): Promise<CourseView> {
    const lesson = await liveLesson(this.ds, lessonId);
    requireAuthor(actor, await this.outline.course(lesson.courseId));
    await this.ds.getRepository(Lesson).update({ id: lessonId }, { deletedAt: new Date() });
    return this.view(lesson.courseId);
  }

  async reorder(actor: Actor, moduleId: string, ids: string[]): Promise<CourseView> {
    const mod = await liveModule(this.ds, moduleId);
    await this.ds.transaction(async (m) => {
      requireAuthor(actor, await lockCourse(m, mod.courseId));
      const current = await m.findBy(Lesson, { moduleId, deletedAt: IsNull() });
      await reorder(m, 'lessons', current, ids);
    });
    return this.view(mod.courseId);
  }

  private async checkFiles(m: EntityManager, organisationId: string, f: Partial<FileFields>): Promise<void> {
    if (f.videoFileId)
      await this.files.requireAttachable(m, organisationId, f.videoFileId, 'lesson-video', 'videoFileId');
    if (f.captionsFileId)
      await this.files.requireAttachable(
        m,
        organisationId,
        f.captionsFileId,
        'lesson-captions',
        'captionsFileId',
      );
    if (f.fileId) await this.files.requireAttachable(m, organisationId, f.fileId, 'lesson-file', 'fileId');
  }

  private async view(courseId: string): Promise<CourseView> {
    return this.outline.view(await this.outline.course(courseId), true);
  }
}
