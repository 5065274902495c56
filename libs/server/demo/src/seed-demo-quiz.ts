import type { EntityManager } from 'typeorm';
import { QuestionInput } from '@campus/contracts';
import { DEMO_QUIZ } from './demo-quiz';

/**
 * Adds the self-check quiz to the English demo course, once: a course that already has a quiz
 * (or does not exist) is left alone, so seeding again never duplicates it.
 */
export async function seedDemoQuiz(m: EntityManager, quiz = DEMO_QUIZ): Promise<void> {
  const [course] = await m.query<{ id: string; createdBy: string | null }[]>(
    `SELECT id, created_by AS "createdBy" FROM courses WHERE slug = $1`,
    [quiz.courseSlug],
  );
  if (!course) return;
  const [existing] = await m.query<unknown[]>(`SELECT 1 FROM quizzes WHERE course_id = $1`, [course.id]);
  if (existing) return;
  const [mod] = await m.query<{ id: string }[]>(
    `SELECT id FROM course_modules WHERE course_id = $1 AND title = $2 AND deleted_at IS NULL`,
    [course.id, quiz.moduleTitle],
  );
  if (!mod) return;
  const [{ next }] = await m.query<{ next: number }[]>(
    `SELECT coalesce(max(position), 0) + 1 AS next FROM lessons WHERE module_id = $1 AND deleted_at IS NULL`,
    [mod.id],
  );
  const [{ id: lessonId }] = await m.query<{ id: string }[]>(
    `INSERT INTO lessons (course_id, module_id, position, title, kind, required, body)
     VALUES ($1, $2, $3, $4, 'quiz', false, $5) RETURNING id`,
    [course.id, mod.id, next, quiz.title, quiz.body],
  );
  const [{ id: quizId }] = await m.query<{ id: string }[]>(
    `INSERT INTO quizzes (course_id, lesson_id, attempts_allowed, pass_percent, grading_method, shuffle_options,
                          show_score, show_feedback, show_answers)
     VALUES ($1, $2, NULL, $3, 'highest', true, 'after_submit', 'after_submit', 'after_submit') RETURNING id`,
    [course.id, lessonId, quiz.passPercent],
  );
  // Stored as parsed (defaults filled in), exactly as the API stores what authors send.
  for (const [i, q] of quiz.questions.map((x) => QuestionInput.parse(x)).entries()) {
    const [{ id: questionId }] = await m.query<{ id: string }[]>(
      `INSERT INTO questions (course_id, tags, created_by) VALUES ($1, $2::text[], $3) RETURNING id`,
      [course.id, q.tags, course.createdBy],
    );
    await m.query(
      `INSERT INTO question_versions (question_id, version, type, prompt, content, general_feedback, tags, created_by)
       VALUES ($1, 1, $2, $3, $4::jsonb, $5, $6::text[], $7)`,
      [
        questionId,
        q.type,
        q.prompt,
        JSON.stringify(q.content),
        q.generalFeedback ?? null,
        q.tags,
        course.createdBy,
      ],
    );
    await m.query(`INSERT INTO quiz_slots (quiz_id, position, question_id, points) VALUES ($1, $2, $3, $4)`, [
      quizId,
      i + 1,
      questionId,
      q.type === 'essay' ? 3 : 1,
    ]);
  }
}
