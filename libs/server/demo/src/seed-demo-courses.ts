import type { EntityManager } from 'typeorm';
import { DEMO_COURSES, positionedModules, type DemoCourse } from './demo-courses';

/**
 * Inserts the demo courses as published courses, inside the caller's transaction. Idempotent and
 * non-destructive: a course whose slug already exists is left alone with its modules and lessons,
 * so running it again never duplicates content nor overwrites a trainer's edits.
 */
export async function seedDemoCourses(m: EntityManager, courses: DemoCourse[] = DEMO_COURSES): Promise<void> {
  for (const course of courses) {
    const [organisation] = await m.query<{ id: string }[]>(
      `SELECT id FROM organisations WHERE lower(name) = lower($1) AND country = $2`,
      [course.organisation.name, course.organisation.country],
    );
    if (!organisation)
      throw new Error(
        `Demo course ${course.slug}: no organisation ${course.organisation.name} (${course.organisation.country})`,
      );
    const [author] = await m.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = lower($1)`, [
      course.createdByEmail,
    ]);

    const inserted = await m.query<{ id: string }[]>(
      `INSERT INTO courses (organisation_id, slug, title, summary, language, eqf_level, workload_hours,
                            learning_outcomes, topics, visibility, status, published_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::text[], $10, 'published', now(), $11)
       ON CONFLICT (slug) DO NOTHING
       RETURNING id`,
      [
        organisation.id,
        course.slug,
        course.title,
        course.summary,
        course.language,
        course.eqfLevel,
        course.workloadHours,
        JSON.stringify(course.learningOutcomes),
        course.topics,
        course.visibility,
        author?.id ?? null,
      ],
    );
    const courseId = inserted[0]?.id;
    if (!courseId) continue; // Already there: keep it as it is.

    for (const courseModule of positionedModules(course)) {
      const [{ id: moduleId }] = await m.query<{ id: string }[]>(
        `INSERT INTO course_modules (course_id, position, title) VALUES ($1, $2, $3) RETURNING id`,
        [courseId, courseModule.position, courseModule.title],
      );
      for (const lesson of courseModule.lessons) {
        await m.query(
          `INSERT INTO lessons (course_id, module_id, position, title, kind, required, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [courseId, moduleId, lesson.position, lesson.title, lesson.kind, lesson.required, lesson.body],
        );
      }
    }
  }
}
