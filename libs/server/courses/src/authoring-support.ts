import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DomainError, notFound } from '@campus/contracts';
import { Course, CourseModule, Lesson } from '@campus/server-db';

/** Serialises structure edits of one course (positions stay dense and unique). */
export async function lockCourse(m: EntityManager, courseId: string): Promise<Course> {
  const course = await m.findOne(Course, { where: { id: courseId }, lock: { mode: 'pessimistic_write' } });
  if (!course) throw notFound('Course');
  return course;
}

export async function liveModule(ds: DataSource, id: string): Promise<CourseModule> {
  const mod = await ds.getRepository(CourseModule).findOneBy({ id, deletedAt: IsNull() });
  if (!mod) throw notFound('Module');
  return mod;
}

export async function liveLesson(ds: DataSource, id: string): Promise<Lesson> {
  const lesson = await ds.getRepository(Lesson).findOneBy({ id, deletedAt: IsNull() });
  if (!lesson) throw notFound('Lesson');
  return lesson;
}

/** Applies a complete new order: every current id exactly once. */
export async function reorder(
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

export function fieldError(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}
