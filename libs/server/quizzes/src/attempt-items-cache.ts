import type { Pool } from 'pg';

/** What an autosave needs to know of an attempt before it writes. */
export interface AttemptItems {
  userId: string;
  /** The question version of each item: position p is `versionIds[p - 1]` (start numbers them 1..n). */
  versionIds: readonly string[];
}

/** Enough for every attempt of a few thousand learners in flight; an entry is ~1-2 KB. */
const CAPACITY = 10_000;

/**
 * Attempt id → its learner and its items' question versions, held in memory so an autosave
 * validates the answer without reading the database. An entry never serves a wrong answer:
 * - the learner of an attempt never changes;
 * - an item's version changes only when a trainer regrades a fixed question, and the save's UPDATE
 *   names the version it validated against, so it writes nothing and the caller re-reads;
 * - a closed, submitted or deleted (erased learner) attempt is refused by that same guarded UPDATE.
 * Another api process simply reads through on its first miss. Least recently used entries leave first.
 */
export class AttemptItemsCache {
  private readonly entries = new Map<string, AttemptItems>();

  constructor(
    private readonly pool: () => Pool,
    private readonly capacity = CAPACITY,
  ) {}

  /** The attempt's learner and items, or null when there is no such attempt. */
  async get(attemptId: string): Promise<AttemptItems | null> {
    const hit = this.entries.get(attemptId);
    if (hit) {
      this.entries.delete(attemptId); // re-inserted: Map order is recency
      this.entries.set(attemptId, hit);
      return hit;
    }
    const { rows } = await this.pool().query<AttemptItems>({
      name: 'attempt-items-by-attempt',
      text: `SELECT a.user_id AS "userId",
                    array_agg(i.question_version_id::text ORDER BY i.position) AS "versionIds"
               FROM quiz_attempts a JOIN attempt_items i ON i.attempt_id = a.id
              WHERE a.id = $1
              GROUP BY a.user_id`,
      values: [attemptId],
    });
    if (rows.length === 0) return null;
    this.remember(attemptId, rows[0]);
    return rows[0];
  }

  remember(attemptId: string, items: AttemptItems): void {
    this.entries.set(attemptId, items);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(attemptId: string): void {
    this.entries.delete(attemptId);
  }

  get size(): number {
    return this.entries.size;
  }
}
