import type { Pool } from 'pg';
import { AttemptItemsCache, type AttemptItems } from './attempt-items-cache';

/** A stand-in for the database: answers the read-through query from a table and counts the reads. */
function fakePool(table: Record<string, AttemptItems>) {
  const reads: string[] = [];
  const pool = {
    query: ({ values: [id] }: { values: [string] }) => {
      reads.push(id);
      return Promise.resolve({ rows: table[id] ? [table[id]] : [] });
    },
  } as unknown as Pool;
  return { pool: () => pool, reads };
}

const items = (userId: string): AttemptItems => ({ userId, versionIds: [`${userId}-v1`, `${userId}-v2`] });

describe('AttemptItemsCache', () => {
  it('reads an attempt once, then answers from memory; a missing attempt is null and not remembered', async () => {
    const db = fakePool({ a1: items('u1') });
    const cache = new AttemptItemsCache(db.pool);
    expect(await cache.get('a1')).toEqual(items('u1'));
    expect(await cache.get('a1')).toEqual(items('u1'));
    expect(await cache.get('nope')).toBeNull();
    expect(await cache.get('nope')).toBeNull();
    expect(db.reads).toEqual(['a1', 'nope', 'nope']);
  });

  it('keeps at most its capacity, dropping the least recently used first', async () => {
    const db = fakePool({ a1: items('u1'), a2: items('u2'), a3: items('u3') });
    const cache = new AttemptItemsCache(db.pool, 2);
    cache.remember('a1', items('u1'));
    cache.remember('a2', items('u2'));
    await cache.get('a1'); // a1 is now the most recent
    cache.remember('a3', items('u3')); // a2 leaves
    expect(cache.size).toBe(2);
    await cache.get('a1');
    await cache.get('a3');
    expect(db.reads).toEqual([]);
    await cache.get('a2');
    expect(db.reads).toEqual(['a2']);
  });

  it('reads again after forget', async () => {
    const db = fakePool({ a1: items('u1') });
    const cache = new AttemptItemsCache(db.pool);
    cache.remember('a1', items('u1'));
    cache.forget('a1');
    await cache.get('a1');
    expect(db.reads).toEqual(['a1']);
  });
});
