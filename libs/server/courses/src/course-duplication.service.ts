import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CourseView, DuplicateCourseRequest } from '@campus/contracts';
import { Course, CourseModule, Lesson, orAlreadyExists } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { requireAuthor } from './course-access';
import { SLUG_TAKEN } from './authoring.service';
import { CourseOutlineService } from './course-outline.service';

/**
 * A new draft with the same settings, modules and lessons (removed ones left out). Files are
 * immutable, so the copy points at the same uploads; nobody's enrolment or progress comes along.
 */
@Injectable()
export class CourseDuplicationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
  ) {}

  async duplicate(actor: Actor, courseId: string, req: DuplicateCourseRequest): Promise<CourseView> {
    const source = await this.outline.course(courseId);
    requireAuthor(actor, source);
    const { modules, lessons } = await this.outline.parts(courseId);
    const copy = await orAlreadyExists(
      () =>
        this.ds.transaction(async (m) => {
          const course = await m.save(Course, {
            organisationId: source.organisationId,
            slug: req.slug ?? (await freeSlug(m, source.slug)),
            title: req.title ?? `${source.title} (copy)`,
            summary: source.summary,
            language: source.language,
            eqfLevel: source.eqfLevel,
            workloadHours: source.workloadHours,
            learningOutcomes: source.learningOutcomes,
            topics: source.topics,
            visibility: source.visibility,
            status: 'draft' as const,
            coverFileId: source.coverFileId,
            enrolmentOpensAt: source.enrolmentOpensAt,
            enrolmentClosesAt: source.enrolmentClosesAt,
            startsAt: source.startsAt,
            endsAt: source.endsAt,
            createdBy: actor.userId,
          });
          for (const mod of [...modules].sort((a, b) => a.position - b.position)) {
            const saved = await m.save(CourseModule, {
              courseId: course.id,
              title: mod.title,
              position: mod.position,
            });
            const own = lessons.filter((l) => l.moduleId === mod.id);
            if (own.length)
              await m.insert(
                Lesson,
                own.map(({ id: _id, createdAt: _c, updatedAt: _u, ...l }) => ({
                  ...l,
                  courseId: course.id,
                  moduleId: saved.id,
                })),
              );
          }
          return course;
        }),
      'slug',
      SLUG_TAKEN,
    );
    return this.outline.view(await this.outline.course(copy.id), true);
  }
}

/** `<slug>-copy`, then `<slug>-copy-2`, … : the first one no course uses yet. */
async function freeSlug(m: EntityManager, slug: string): Promise<string> {
  const base = `${slug.slice(0, 70).replace(/-+$/, '')}-copy`;
  const rows = await m.query<{ slug: string }[]>(`SELECT slug FROM courses WHERE slug = $1 OR slug LIKE $2`, [
    base,
    `${base}-%`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
