import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  DomainError,
  notFound,
  type CourseStatus,
  type CourseSummaryView,
  type CourseView,
  type CreateLessonRequest,
  type CreateModuleRequest,
  type UpdateCourseRequest,
  type UpdateLessonRequest,
} from '@campus/contracts';
import { Course, CourseModule, Lesson, orAlreadyExists } from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { requireAuthor } from './course-access';
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

/** Trainers and managers of the owning organisation write courses, modules and lessons. */
const SLUG_TAKEN = 'Another course already uses this slug.';

@Injectable()
export class AuthoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
  ) {}

  async create(actor: Actor, organisationId: string, req: CourseInput): Promise<CourseView> {
    requireOrgRole(actor, organisationId, ['trainer', 'manager']);
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
    return courses.map((c) => toSummary(c, org));
  }

  async get(actor: Actor, courseId: string): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
    return this.outline.view(course, true);
  }

  async update(actor: Actor, courseId: string, req: CourseInput): Promise<CourseView> {
    const course = await this.outline.course(courseId);
    requireAuthor(actor, course);
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
      const course = await this.lockCourse(m, courseId);
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
    const mod = await this.module(moduleId);
    requireAuthor(actor, await this.outline.course(mod.courseId));
    await this.ds.getRepository(CourseModule).update({ id: moduleId }, { title: req.title });
    return this.get(actor, mod.courseId);
  }

  /** Soft delete, with its lessons: learners keep their progress records. */
  async deleteModule(actor: Actor, moduleId: string): Promise<CourseView> {
    const mod = await this.module(moduleId);
    requireAuthor(actor, await this.outline.course(mod.courseId));
    await this.ds.transaction(async (m) => {
      await m.update(CourseModule, { id: moduleId }, { deletedAt: new Date() });
      await m.update(Lesson, { moduleId, deletedAt: IsNull() }, { deletedAt: new Date() });
    });
    return this.get(actor, mod.courseId);
  }

  async reorderModules(actor: Actor, courseId: string, ids: string[]): Promise<CourseView> {
    await this.ds.transaction(async (m) => {
      requireAuthor(actor, await this.lockCourse(m, courseId));
      const current = await m.findBy(CourseModule, { courseId, deletedAt: IsNull() });
      await reorder(m, 'course_modules', current, ids);
    });
    return this.get(actor, courseId);
  }

  async addLesson(actor: Actor, moduleId: string, req: CreateLessonRequest): Promise<CourseView> {
    const mod = await this.module(moduleId);
    await this.ds.transaction(async (m) => {
      requireAuthor(actor, await this.lockCourse(m, mod.courseId));
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM lessons WHERE module_id = $1 AND deleted_at IS NULL`,
        [moduleId],
      );
      await m.insert(Lesson, {
        courseId: mod.courseId,
        moduleId,
        position: next,
        title: req.title,
        kind: req.kind,
        required: req.required ?? true,
        body: req.kind === 'page' ? (req.body ?? '') : '',
        videoUrl: req.kind === 'video' ? req.videoUrl : null,
        transcript: req.kind === 'video' ? (req.transcript ?? '') : '',
      });
    });
    return this.get(actor, mod.courseId);
  }

  async updateLesson(actor: Actor, lessonId: string, req: UpdateLessonRequest): Promise<CourseView> {
    const lesson = await this.lesson(lessonId);
    requireAuthor(actor, await this.outline.course(lesson.courseId));
    if (lesson.kind !== 'page' && req.body !== undefined)
      throw fieldError('body', 'Only page lessons have a body.');
    if (lesson.kind !== 'video' && (req.videoUrl !== undefined || req.transcript !== undefined)) {
      throw fieldError('videoUrl', 'Only video lessons have a video link and transcript.');
    }
    await this.ds.getRepository(Lesson).update({ id: lessonId }, req);
    return this.get(actor, lesson.courseId);
  }

  /** Soft delete: progress on it stays, and a course already completed stays completed. */
  async deleteLesson(actor: Actor, lessonId: string): Promise<CourseView> {
    const lesson = await this.lesson(lessonId);
    requireAuthor(actor, await this.outline.course(lesson.courseId));
    await this.ds.getRepository(Lesson).update({ id: lessonId }, { deletedAt: new Date() });
    return this.get(actor, lesson.courseId);
  }

  async reorderLessons(actor: Actor, moduleId: string, ids: string[]): Promise<CourseView> {
    const mod = await this.module(moduleId);
    await this.ds.transaction(async (m) => {
      requireAuthor(actor, await this.lockCourse(m, mod.courseId));
      const current = await m.findBy(Lesson, { moduleId, deletedAt: IsNull() });
      await reorder(m, 'lessons', current, ids);
    });
    return this.get(actor, mod.courseId);
  }

  /** Serialises structure edits of one course (positions stay dense and unique). */
  private async lockCourse(m: EntityManager, courseId: string): Promise<Course> {
    const course = await m.findOne(Course, { where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw notFound('Course');
    return course;
  }

  private async module(id: string): Promise<CourseModule> {
    const mod = await this.ds.getRepository(CourseModule).findOneBy({ id, deletedAt: IsNull() });
    if (!mod) throw notFound('Module');
    return mod;
  }

  private async lesson(id: string): Promise<Lesson> {
    const lesson = await this.ds.getRepository(Lesson).findOneBy({ id, deletedAt: IsNull() });
    if (!lesson) throw notFound('Lesson');
    return lesson;
  }
}

async function reorder(
  m: EntityManager,
  table: 'course_modules' | 'lessons',
  current: { id: string }[],
  ids: string[],
): Promise<void> {
  const known = new Set(current.map((x) => x.id));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw fieldError('ids', 'Send every current id exactly once, in the new order.');
  }
  for (const [i, id] of ids.entries())
    await m.query(`UPDATE ${table} SET position = $2 WHERE id = $1`, [id, i + 1]);
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

function fieldError(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}
