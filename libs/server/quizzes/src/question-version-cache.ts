import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Question } from '@campus/contracts';
import { sqlPool } from '@campus/server-db';

export interface QuestionVersionRow {
  id: string;
  type: Question['type'];
  prompt: string;
  content: unknown;
  tags: string[];
  generalFeedback: string | null;
}

/** Enough for every question of a few hundred quizzes in flight; each row is ~1-2 KB. */
const CAPACITY = 5000;

/**
 * Question versions by id, held in memory. Safe without any invalidation: a version is never
 * updated once written (an edit makes a new version) and cannot be deleted while an attempt item
 * points at it. Least recently used rows leave first.
 */
@Injectable()
export class QuestionVersionCache {
  private readonly rows = new Map<string, QuestionVersionRow>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async get(ids: readonly string[]): Promise<Map<string, QuestionVersionRow>> {
    const found = new Map<string, QuestionVersionRow>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const row = this.rows.get(id);
      if (row) {
        this.rows.delete(id); // re-inserted below: Map order is recency
        this.rows.set(id, row);
        found.set(id, row);
      } else missing.push(id);
    }
    if (missing.length > 0) {
      const { rows } = await sqlPool(this.ds).query<QuestionVersionRow>({
        name: 'question-versions-by-id',
        text: `SELECT id, type, prompt, content, tags, general_feedback AS "generalFeedback"
                 FROM question_versions WHERE id = ANY($1::uuid[])`,
        values: [missing],
      });
      for (const row of rows) {
        this.remember(row);
        found.set(row.id, row);
      }
    }
    return found;
  }

  private remember(row: QuestionVersionRow): void {
    this.rows.set(row.id, row);
    if (this.rows.size > CAPACITY) this.rows.delete(this.rows.keys().next().value!);
  }
}
