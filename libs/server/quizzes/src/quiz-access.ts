import type { EntityManager } from 'typeorm';
import { DomainError, notFound } from '@campus/contracts';
import { Course, Enrolment, Quiz } from '@campus/server-db';
import { canSee, requireAuthor } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';

export interface QuizContext {
  quiz: Quiz;
  course: Course;
}

export async function loadQuiz(m: EntityManager, quizId: string): Promise<QuizContext> {
  const quiz = await m.findOneBy(Quiz, { id: quizId });
  if (!quiz) throw notFound('Quiz');
  const course = await m.findOneByOrFail(Course, { id: quiz.courseId });
  return { quiz, course };
}

/** Trainers and managers of the course's organisation. */
export async function quizForAuthor(m: EntityManager, actor: Actor, quizId: string): Promise<QuizContext> {
  const ctx = await loadQuiz(m, quizId);
  requireAuthor(actor, ctx.course);
  return ctx;
}

/** Learners enrolled in the course: 403 to those who see the course but are not enrolled, 404 to others. */
export async function quizForLearner(
  m: EntityManager,
  actor: Actor,
  quizId: string,
): Promise<QuizContext & { enrolment: Enrolment }> {
  const ctx = await loadQuiz(m, quizId);
  const lessonLive = await m.query<unknown[]>(`SELECT 1 FROM lessons WHERE id = $1 AND deleted_at IS NULL`, [
    ctx.quiz.lessonId,
  ]);
  if (!canSee(actor, ctx.course) || lessonLive.length === 0) throw notFound('Quiz');
  const enrolment = await m.findOneBy(Enrolment, { userId: actor.userId, courseId: ctx.course.id });
  if (!enrolment) throw new DomainError('FORBIDDEN', 'Enrol in the course to take its quizzes.');
  return { ...ctx, enrolment };
}

/**
 * Trainers see the course work of those CURRENTLY enrolled in the course (DESIGN: tenancy): a
 * learner who left, or was unenrolled, is invisible to them, and so are that learner's attempts.
 * An attempt outside that set answers 404, exactly like a missing one.
 */
export async function requireEnrolledLearner(
  m: EntityManager,
  courseId: string,
  userId: string,
  what: string,
): Promise<void> {
  const rows = await m.query<unknown[]>(`SELECT 1 FROM enrolments WHERE course_id = $1 AND user_id = $2`, [
    courseId,
    userId,
  ]);
  if (rows.length === 0) throw notFound(what);
}

/** SQL condition: the attempt `a`'s learner is enrolled in the course whose id is `courseParam`. */
export const learnerStillEnrolled = (courseParam: string) =>
  `EXISTS (SELECT 1 FROM enrolments en WHERE en.user_id = a.user_id AND en.course_id = ${courseParam})`;
