import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { notFound, type CourseView } from '@campus/contracts';
import { Course, CourseModule, Lesson, Organisation } from '@campus/server-db';
import { ResourceLessonsService } from '@campus/server-resources';
import { CourseFiles } from './course-files';
import { toCourseView } from './course-views';

/** Loads a course with its live (not deleted) modules and lessons. */
@Injectable()
export class CourseOutlineService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: CourseFiles,
    private readonly resources: ResourceLessonsService,
  ) {}

  async course(id: string, m: EntityManager = this.ds.manager): Promise<Course> {
    const course = await m.findOneBy(Course, { id });
    if (!course) throw notFound('Course');
    return course;
  }

  async bySlug(slug: string): Promise<Course> {
    const course = await this.ds.getRepository(Course).findOneBy({ slug });
    if (!course) throw notFound('Course');
    return course;
  }

  async parts(
    courseId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<{ modules: CourseModule[]; lessons: Lesson[] }> {
    const [modules, lessons] = await Promise.all([
      m.findBy(CourseModule, { courseId, deletedAt: IsNull() }),
      m.findBy(Lesson, { courseId, deletedAt: IsNull() }),
    ]);
    const live = new Set(modules.map((x) => x.id));
    return { modules, lessons: lessons.filter((l) => live.has(l.moduleId)) };
  }

  async organisation(id: string): Promise<{ id: string; name: string; country: string }> {
    const org = await this.ds.getRepository(Organisation).findOneByOrFail({ id });
    return { id: org.id, name: org.name, country: org.country };
  }

  async view(course: Course, withContent: boolean): Promise<CourseView> {
    const [{ modules, lessons }, org] = await Promise.all([
      this.parts(course.id),
      this.organisation(course.organisationId),
    ]);
    const resourceIds = withContent ? lessons.flatMap((l) => (l.resourceId ? [l.resourceId] : [])) : [];
    const [files, quizzes, resources] = await Promise.all([
      this.files.forView(course, lessons, withContent),
      lessons.some((l) => l.kind === 'quiz')
        ? this.ds.query<{ id: string; lessonId: string }[]>(
            `SELECT id, lesson_id AS "lessonId" FROM quizzes WHERE course_id = $1`,
            [course.id],
          )
        : [],
      // Resource lessons follow the resource's current published version.
      this.resources.views(resourceIds),
    ]);
    return toCourseView(
      course,
      org,
      modules,
      lessons,
      withContent,
      files,
      new Map(quizzes.map((q) => [q.lessonId, q.id])),
      resources,
    );
  }
}
