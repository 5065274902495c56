import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  Gradebook,
  GradebookCellStatus,
  GradingMethod,
  QuestionType,
  QuizItemStatistics,
} from '@campus/contracts';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import { csvHeader, csvWords, fillIn, fixed, toCsv, type CsvFormat } from '@campus/server-csv';
import type { Actor } from '@campus/server-identity';
import { discrimination, facility, finalGrade } from '@campus/server-grading';
import { learnerStillEnrolled, quizForAuthor } from './quiz-access';

/** The gradebook (learners × quizzes) and item statistics, with CSV exports, for a course's trainers. */
@Injectable()
export class QuizReportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
  ) {}

  async gradebook(actor: Actor, courseId: string): Promise<Gradebook> {
    requireAuthor(actor, await this.outline.course(courseId));
    const [quizzes, learners, attempts] = await Promise.all([
      this.ds.query<{ id: string; title: string; passPercent: string; gradingMethod: GradingMethod }[]>(
        `SELECT q.id, l.title, q.pass_percent AS "passPercent", q.grading_method AS "gradingMethod"
           FROM quizzes q JOIN lessons l ON l.id = q.lesson_id
           JOIN course_modules m ON m.id = l.module_id
          WHERE q.course_id = $1 AND l.deleted_at IS NULL AND m.deleted_at IS NULL
          ORDER BY m.position, l.position`,
        [courseId],
      ),
      // Names only: a course's trainers may teach learners of other schools (DESIGN: tenancy).
      this.ds.query<{ id: string; name: string }[]>(
        `SELECT u.id, u.name FROM enrolments e JOIN users u ON u.id = e.user_id
          WHERE e.course_id = $1 ORDER BY u.name, u.id`,
        [courseId],
      ),
      this.ds.query<
        { quizId: string; userId: string; number: number; status: string; scorePercent: string | null }[]
      >(
        `SELECT a.quiz_id AS "quizId", a.user_id AS "userId", a.number, a.status, a.score_percent AS "scorePercent"
           FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
          WHERE q.course_id = $1 AND ${learnerStillEnrolled('$1')}`,
        [courseId],
      ),
    ]);
    return {
      quizzes: quizzes.map((q) => ({ id: q.id, title: q.title, passPercent: Number(q.passPercent) })),
      rows: learners.map((learner) => ({
        learner,
        cells: Object.fromEntries(
          quizzes.map((q) => {
            const mine = attempts.filter((a) => a.quizId === q.id && a.userId === learner.id);
            const graded = mine.filter((a) => a.status === 'graded' && a.scorePercent !== null);
            const final = finalGrade(
              q.gradingMethod,
              graded.map((a) => ({ number: a.number, scorePercent: Number(a.scorePercent) })),
            );
            const status: GradebookCellStatus = mine.some((a) => a.status === 'in_progress')
              ? 'in_progress'
              : mine.some((a) => a.status === 'needs_review' || a.status === 'submitted')
                ? 'needs_review'
                : graded.length
                  ? 'graded'
                  : 'not_started';
            return [
              q.id,
              {
                status,
                attempts: mine.length,
                finalPercent: final,
                passed: final === null ? null : final >= Number(q.passPercent),
              },
            ];
          }),
        ),
      })),
    };
  }

  /** The gradebook as CSV in the reader's language and separator (see `toCsv`). */
  async gradebookCsv(actor: Actor, courseId: string, format: CsvFormat): Promise<string> {
    const book = await this.gradebook(actor, courseId);
    const words = csvWords(format.locale);
    const header = [
      ...csvHeader(format.locale, ['name']),
      ...book.quizzes.flatMap((q) => [
        fillIn(words.quizPercent, { quiz: q.title }),
        fillIn(words.quizPassed, { quiz: q.title }),
      ]),
    ];
    const lines = book.rows.map((r) => [
      r.learner.name,
      ...book.quizzes.flatMap((q) => {
        const c = r.cells[q.id];
        return [c.finalPercent, c.passed === null ? null : c.passed ? words.yes : words.no];
      }),
    ]);
    return toCsv([header, ...lines], format);
  }

  /**
   * Per question (and version) of the quiz, over graded attempts: facility = mean fraction earned;
   * discrimination = correlation of the item's fraction with the rest of the attempt's points.
   * Only attempts of learners currently enrolled count (DESIGN: tenancy).
   */
  async statistics(actor: Actor, quizId: string): Promise<QuizItemStatistics[]> {
    const { course } = await quizForAuthor(this.ds.manager, actor, quizId);
    // Over those currently enrolled only: with few learners, statistics would show a leaver's answers.
    const rows = await this.ds.query<
      {
        attemptId: string;
        questionId: string;
        version: number;
        type: QuestionType;
        prompt: string;
        points: number;
        fraction: string;
      }[]
    >(
      `SELECT i.attempt_id AS "attemptId", v.question_id AS "questionId", v.version, v.type, v.prompt, i.points, i.fraction
         FROM attempt_items i JOIN quiz_attempts a ON a.id = i.attempt_id
         JOIN question_versions v ON v.id = i.question_version_id
        WHERE a.quiz_id = $1 AND a.status = 'graded' AND i.fraction IS NOT NULL AND ${learnerStillEnrolled('$2')}
        ORDER BY v.question_id, v.version`,
      [quizId, course.id],
    );
    const totals = new Map<string, number>();
    for (const r of rows)
      totals.set(r.attemptId, (totals.get(r.attemptId) ?? 0) + Number(r.fraction) * r.points);
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.questionId}@${r.version}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()].map((g) => {
      const fractions = g.map((r) => Number(r.fraction));
      return {
        questionId: g[0].questionId,
        version: g[0].version,
        type: g[0].type,
        prompt: g[0].prompt,
        answered: g.length,
        facility: facility(fractions),
        discrimination: discrimination(
          fractions,
          g.map((r) => totals.get(r.attemptId)!),
          g[0].points,
        ),
      };
    });
  }

  /** Item statistics as CSV in the reader's language and separator (see `toCsv`). */
  async statisticsCsv(actor: Actor, quizId: string, format: CsvFormat): Promise<string> {
    const stats = await this.statistics(actor, quizId);
    const header = csvHeader(format.locale, [
      'question',
      'version',
      'questionType',
      'answered',
      'facility',
      'discrimination',
    ]);
    const lines = stats.map((s) => [
      s.prompt,
      s.version,
      s.type,
      s.answered,
      fixed(s.facility, 3),
      fixed(s.discrimination, 3),
    ]);
    return toCsv([header, ...lines], format);
  }
}
