import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  DomainError,
  type CourseStatus,
  type CourseSummaryView,
  type CourseView,
  type CreateModuleRequest,
  type UpdateCourseRequest,
} from '@campus/contracts';
import { Course, CourseModule, Lesson, orAlreadyExists } from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { liveModule, lockCourse, reorder } from './authoring-support';
import { requireAuthor } from './course-access';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';
import { toSummary } from './course-views';

type CourseInput = Omit<
  UpdateCourseRequest,
  'enrolmentOpensAt' | 'enrolmentClosesAt' | 'startsAt' | 'endsAt'
> & {
  enrolmentOpensAt?: string | null;
  enrolmentClosesAt?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
};

export const SLUG_TAKEN = 'Another course already uses this slug.';

/** Trainers and managers of the owning organisation write courses and their modules (lessons: LessonAuthoringService). */
@Injectable()
export class AuthoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
  ) {}

  async create(actor: Actor, organisationId: string, req: CourseInput): Promise<CourseView> {
    requireOrgRole(actor, organisationId, ['trainer', 'manager']);
    await this.checkCover(organisationId, req.coverFileId);
    const course = await orAlreadyExists(
      () =>
        this.ds
          .getRepository(Course)
          .save({ ...toColumns(req), organisationId, createdBy: actor.userId, status: 'draft' as const }),
      'slug',
      SLUG_TAKEN,
    );
    return this.outline.view(course, true);
  }

  /** Every course of the organisation, drafts and archived included. */
  async listForOrganisation(actor: Actor, organisationId: string): Promise<CourseSummaryView[]> {
    requireOrgRole(actor, organisationId, ['trainer', 'manager']);
    const [courses, org] = await Promise.all([
      this.ds.getRepository(Course).find({ where: { organisationId }, order: { updatedAt: 'DESC' } }),
      this.outline.organisation(organisationId),
    ]);
    const covers = await this.files.refs(
      organisationId,
      courses.flatMap((c) => (c.coverFileId ? [c.coverFileId] : [])),
    );
    return courses.map((c) => toSummary(c, org, covers));
  }

  async get(actor: Actor, courseId: string): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
    return this.outline.view(course, true);
  }

  async update(actor: Actor, courseId: string, req: CourseInput): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
    await this.checkCover(course.organisationId, req.coverFileId);
    const merged = { ...course, ...toColumns(req) };
    if (
      !inOrder(merged.enrolmentOpensAt, merged.enrolmentClosesAt) ||
      !inOrder(merged.startsAt, merged.endsAt)
    ) {
      throw new DomainError('VALIDATION_FAILED', 'Dates must be in order.', {
        errors: [{ field: 'enrolmentClosesAt', message: 'Dates must be in order.' }],
      });
    }
    await orAlreadyExists(() => this.ds.getRepository(Course).save(merged), 'slug', SLUG_TAKEN);
    return this.outline.view(await this.outline.course(courseId), true);
  }

  /** draft → published → archived, and back to draft or published; publishing needs a lesson. */
  async setStatus(actor: Actor, courseId: string, status: CourseStatus): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
    if (status === 'published') {
      const { lessons } = await this.outline.parts(courseId);
      if (lessons.length === 0)
        throw new DomainError('CONFLICT', 'Add at least one lesson before publishing.');
    }
    await this.ds
      .getRepository(Course)
      .update(
        { id: courseId },
        { status, ...(status === 'published' && !course.publishedAt ? { publishedAt: new Date() } : {}) },
      );
    return this.outline.view(await this.outline.course(courseId), true);
  }

  async addModule(actor: Actor, courseId: string, req: CreateModuleRequest): Promise<CourseView> {
    await this.ds.transaction(async (m) => {
      const course = await lockCourse(m, courseId);
      requireAuthor(actor, course);
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM course_modules WHERE course_id = $1 AND deleted_at IS NULL`,
        [courseId],
      );
      await m.insert(CourseModule, { courseId, title: req.title, position: next });
    });
    return this.get(actor, courseId);
  }

  async updateModule(actor: Actor, moduleId: string, req: CreateModuleRequest): Promise<CourseView> {
    const mod = await liveModule(this.ds, moduleId);
    requireAuthor(actor, await this.outline.course(mod.courseId));
    await this.ds.getRepository(CourseModule).update({ id: moduleId }, { title: req.title });
    return this.get(actor, mod.courseId);
  }

  /** Soft delete, with its lessons: learners keep their progress records. */
  async deleteModule(actor: Actor, moduleId: string): Promise<CourseView> {
    const mod = await liveModule(this.ds, moduleId);
    requireAuthor(actor, await this.outline.course(mod.courseId));
    await this.ds.transaction(async (m) => {
      await m.update(CourseModule, { id: moduleId }, { deletedAt: new Date() });
      await m.update(Lesson, { moduleId, deletedAt: IsNull() }, { deletedAt: new Date() });
    });
    return this.get(actor, mod.courseId);
  }

  async reorderModules(actor: Actor, courseId: string, ids: string[]): Promise<CourseView> {
    await this.ds.transaction(async (m) => {
      requireAuthor(actor, await lockCourse(m, courseId));
      const current = await m.findBy(CourseModule, { courseId, deletedAt: IsNull() });
      await reorder(m, 'course_modules', current, ids);
    });
    return this.get(actor, courseId);
  }

  private async checkCover(organisationId: string, fileId: string | null | undefined): Promise<void> {
    if (fileId)
      await this.files.requireAttachable(
        this.ds.manager,
        organisationId,
        fileId,
        'course-cover',
        'coverFileId',
      );
  }
}

function toColumns(req: CourseInput): Partial<Course> {
  const { enrolmentOpensAt, enrolmentClosesAt, startsAt, endsAt, ...rest } = req;
  const date = (v: string | null | undefined) =>
    v === undefined ? undefined : v === null ? null : new Date(v);
  const columns: Partial<Course> = { ...rest };
  for (const [k, v] of Object.entries({ enrolmentOpensAt, enrolmentClosesAt, startsAt, endsAt })) {
    const d = date(v);
    if (d !== undefined) (columns as Record<string, Date | null>)[k] = d;
  }
  return columns;
}

function inOrder(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return !a || !b || a.getTime() <= b.getTime();
}
