import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { statusListIndex } from '@campus/server-credentials';
import { sqlPool } from '@campus/server-db';

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

/** The active signing key's row as stored (the private half sealed). */
export interface SealedKeyRow {
  kid: string;
  privateSealed: string;
}

/**
 * `allocateStatusIndex` and the active signing key's row in one round trip, for issuers, which
 * need both for every certificate. Either is null when this one statement cannot give it (every
 * list full, no key yet): the caller then takes that part the long way.
 */
export async function allocateStatusIndexWithActiveKey(
  ds: DataSource,
): Promise<{ slot: StatusSlot | null; key: SealedKeyRow | null }> {
  const {
    rows: [row],
  } = await sqlPool(ds).query<{
    id: string | null;
    n: number;
    length: number;
    indexKey: Buffer;
    kid: string | null;
    privateSealed: string;
  }>({
    name: 'certificates-allocate-status-index-with-key',
    text: `WITH slot AS (
             UPDATE status_lists SET next_index = next_index + 1
              WHERE id = (SELECT id FROM status_lists WHERE next_index < length AND index_key IS NOT NULL
                           ORDER BY created_at LIMIT 1 FOR UPDATE)
              RETURNING id, next_index - 1 AS n, length, index_key)
           SELECT slot.id, slot.n, slot.length, slot.index_key AS "indexKey",
                  k.kid, k.private_sealed AS "privateSealed"
             FROM (SELECT 1) one
             LEFT JOIN slot ON true
             LEFT JOIN signing_keys k ON k.retired_at IS NULL`,
  });
  return {
    slot: row.id ? { listId: row.id, index: statusListIndex(row.indexKey, row.n, row.length) } : null,
    key: row.kid ? { kid: row.kid, privateSealed: row.privateSealed } : null,
  };
}
