import type { EntityManager } from 'typeorm';

/**
 * Hands out the next free index of the current status list (a new list when it is full), inside
 * the caller's transaction: the row lock makes concurrent issuers take different indexes.
 */
export async function allocateStatusIndex(m: EntityManager): Promise<{ listId: string; index: number }> {
  for (;;) {
    const [rows] = await m.query<[{ id: string; index: number }[], number]>(
      `UPDATE status_lists SET next_index = next_index + 1
        WHERE id = (SELECT id FROM status_lists WHERE next_index < length ORDER BY created_at LIMIT 1 FOR UPDATE)
        RETURNING id, next_index - 1 AS index`,
    );
    if (rows.length === 1) return { listId: rows[0].id, index: rows[0].index };
    await m.query(`INSERT INTO status_lists DEFAULT VALUES`);
  }
}
