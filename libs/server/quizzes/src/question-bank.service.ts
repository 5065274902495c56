import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  notFound,
  type ImportQuestionsRequest,
  type ImportQuestionsResult,
  type Question as QuestionInput,
  type QuestionListQuery,
  type QuestionView,
} from '@campus/contracts';
import { Question, QuestionVersion } from '@campus/server-db';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { exportBank, importBank, parseGift, type BankFile } from '@campus/server-question-formats';
import { QuestionInput as QuestionInputSchema } from '@campus/contracts';

interface QuestionRow {
  id: string;
  courseId: string;
  version: number;
  type: QuestionView['type'];
  prompt: string;
  content: unknown;
  tags: string[];
  generalFeedback: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
  uses: number;
}

const SELECT_CURRENT = `
  SELECT q.id, q.course_id AS "courseId", v.version, v.type, v.prompt, v.content, v.tags,
         v.general_feedback AS "generalFeedback", q.archived_at AS "archivedAt", q.updated_at AS "updatedAt",
         (SELECT count(DISTINCT ai.attempt_id)::int FROM attempt_items ai WHERE ai.question_version_id = v.id) AS uses
    FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version`;

/**
 * A course's question bank. Versions make edits safe: a version some attempt used is never
 * changed (its attempts keep grading against it); editing it writes the next version.
 */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
  ) {}

  async list(actor: Actor, courseId: string, q: QuestionListQuery): Promise<QuestionView[]> {
    requireAuthor(actor, await this.outline.course(courseId));
    const params: unknown[] = [courseId];
    const where = ['q.course_id = $1'];
    if (!q.includeArchived) where.push('q.archived_at IS NULL');
    if (q.tag) where.push(`$${params.push(q.tag)} = ANY(q.tags)`);
    const rows = await this.ds.query<QuestionRow[]>(
      `${SELECT_CURRENT} WHERE ${where.join(' AND ')} ORDER BY q.created_at, q.id`,
      params,
    );
    return rows.map(toView);
  }

  async get(actor: Actor, questionId: string): Promise<QuestionView> {
    const row = await this.row(questionId);
    requireAuthor(actor, await this.outline.course(row.courseId));
    return toView(row);
  }

  async create(actor: Actor, courseId: string, input: QuestionInput): Promise<QuestionView> {
    requireAuthor(actor, await this.outline.course(courseId));
    const id = await this.ds.transaction((m) => this.insert(m, courseId, actor.userId, input));
    return toView(await this.row(id));
  }

  async update(actor: Actor, questionId: string, input: QuestionInput): Promise<QuestionView> {
    const current = await this.row(questionId);
    requireAuthor(actor, await this.outline.course(current.courseId));
    await this.ds.transaction(async (m) => {
      const question = await m.findOne(Question, {
        where: { id: questionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw notFound('Question');
      const [{ used }] = await m.query<{ used: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM attempt_items ai JOIN question_versions v ON v.id = ai.question_version_id
                         WHERE v.question_id = $1 AND v.version = $2) AS used`,
        [questionId, question.currentVersion],
      );
      const fields = versionFields(input);
      if (used) {
        await m.insert(QuestionVersion, {
          ...fields,
          questionId,
          version: question.currentVersion + 1,
          createdBy: actor.userId,
        });
        await m.update(
          Question,
          { id: questionId },
          { currentVersion: question.currentVersion + 1, tags: input.tags },
        );
      } else {
        await m.update(QuestionVersion, { questionId, version: question.currentVersion }, fields);
        await m.update(Question, { id: questionId }, { tags: input.tags });
      }
    });
    return toView(await this.row(questionId));
  }

  /** Archived questions leave the bank and random draws; attempts and fixed quiz slots keep them. */
  async archive(actor: Actor, questionId: string): Promise<void> {
    const current = await this.row(questionId);
    requireAuthor(actor, await this.outline.course(current.courseId));
    await this.ds.getRepository(Question).update({ id: questionId }, { archivedAt: new Date() });
  }

  async exportBank(actor: Actor, courseId: string): Promise<BankFile> {
    const questions = await this.list(actor, courseId, {});
    return exportBank(
      questions.map((q) =>
        QuestionInputSchema.parse({
          type: q.type,
          prompt: q.prompt,
          content: q.content,
          tags: q.tags,
          generalFeedback: q.generalFeedback ?? undefined,
        }),
      ),
    );
  }

  /** Every readable question is imported in one transaction; the others are reported, by line or index. */
  async import(actor: Actor, courseId: string, req: ImportQuestionsRequest): Promise<ImportQuestionsResult> {
    requireAuthor(actor, await this.outline.course(courseId));
    let questions: QuestionInput[];
    let problems: ImportQuestionsResult['problems'];
    if (req.format === 'gift') {
      const parsed = parseGift(req.text);
      questions = [];
      problems = [...parsed.problems];
      for (const q of parsed.questions) {
        const checked = QuestionInputSchema.safeParse(q);
        if (checked.success) questions.push(checked.data);
        else problems.push({ message: checked.error.issues[0]?.message ?? 'Not a valid question.' });
      }
    } else {
      let json: unknown;
      try {
        json = JSON.parse(req.text);
      } catch {
        return { imported: 0, problems: [{ message: 'The file is not valid JSON.' }] };
      }
      const parsed = importBank(json);
      questions = parsed.questions;
      problems = parsed.problems;
    }
    await this.ds.transaction(async (m) => {
      for (const q of questions) await this.insert(m, courseId, actor.userId, q);
    });
    return { imported: questions.length, problems };
  }

  private async insert(
    m: EntityManager,
    courseId: string,
    userId: string,
    input: QuestionInput,
  ): Promise<string> {
    const question = await m.save(Question, {
      courseId,
      tags: input.tags,
      createdBy: userId,
      currentVersion: 1,
    });
    await m.insert(QuestionVersion, {
      ...versionFields(input),
      questionId: question.id,
      version: 1,
      createdBy: userId,
    });
    return question.id;
  }

  private async row(questionId: string): Promise<QuestionRow> {
    const [row] = await this.ds.query<QuestionRow[]>(`${SELECT_CURRENT} WHERE q.id = $1`, [questionId]);
    if (!row) throw notFound('Question');
    return row;
  }
}

function versionFields(input: QuestionInput) {
  return {
    type: input.type,
    prompt: input.prompt,
    content: input.content,
    tags: input.tags,
    generalFeedback: input.generalFeedback ?? null,
  };
}

function toView(r: QuestionRow): QuestionView {
  return {
    id: r.id,
    courseId: r.courseId,
    version: r.version,
    type: r.type,
    prompt: r.prompt,
    content: r.content,
    tags: r.tags,
    generalFeedback: r.generalFeedback,
    archived: r.archivedAt !== null,
    attemptsUsingCurrentVersion: r.uses,
    updatedAt: r.updatedAt.toISOString(),
  };
}
