import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { statusListIndex } from '@campus/server-credentials';

export interface StatusSlot {
  listId: string;
  index: number;
}

/**
 * Hands out a free index of the current status list (a new list when it is full). The counter is
 * bumped in a statement of its own, outside the issuer's transaction, so concurrent issuers hold
 * the list's row lock for one statement only; an index whose certificate then rolls back is simply
 * never used (its bit stays 0). The index is the list's keyed permutation of the counter.
 */
export async function allocateStatusIndex(db: DataSource | EntityManager): Promise<StatusSlot> {
  for (;;) {
    const [rows] = await db.query<[{ id: string; n: number; length: number; key: Buffer }[], number]>(
      `UPDATE status_lists SET next_index = next_index + 1
        WHERE id = (SELECT id FROM status_lists WHERE next_index < length AND index_key IS NOT NULL
                     ORDER BY created_at LIMIT 1 FOR UPDATE)
        RETURNING id, next_index - 1 AS n, length, index_key AS key`,
    );
    if (rows.length === 1) {
      const [{ id, n, length, key }] = rows;
      return { listId: id, index: statusListIndex(key, n, length) };
    }
    await db.query(`INSERT INTO status_lists (index_key) VALUES ($1)`, [randomBytes(32)]);
  }
}
