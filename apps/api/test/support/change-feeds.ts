import { randomUUID } from 'node:crypto';
import type { ChangeFeed } from '@campus/server-db';
import { waitFor } from '@campus/server-testing';
import type { TestApp } from './test-app';

/** Resolves once the feed listens (`true`) or has lost its connection (`false`). */
export async function feedIs(
  feed: Pick<ChangeFeed, 'live'>,
  live: boolean,
  timeoutMs = 20_000,
): Promise<void> {
  await waitFor(
    () => Promise.resolve(feed.live),
    (now) => now === live,
    timeoutMs,
  );
}

/**
 * Resolves once `feed` has delivered every notice committed before the call. PostgreSQL delivers a
 * channel's notices in commit order, so a marker sent now arrives after them: a test that changed
 * data can then read knowing no cache of this app still holds what changed.
 */
export async function noticesDelivered(
  t: TestApp,
  feed: ChangeFeed,
  channel: string,
  timeoutMs = 5000,
): Promise<void> {
  // A marker sent before the feed listens would never arrive.
  await feedIs(feed, true, timeoutMs);
  const marker = `delivered-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  const seen = new Promise<void>((resolve, reject) => {
    feed.subscribe((change) => change === marker && resolve());
    timer = setTimeout(
      () => reject(new Error(`${channel}: marker not delivered in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await t.ds.query(`SELECT pg_notify($1, $2)`, [channel, marker]);
    await seen;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A change no trigger notifies (replication mode skips triggers): what a cache keeps serving after
 * it, and what only a read-through can show.
 */
export async function silently(t: TestApp, sql: string, params: unknown[]): Promise<void> {
  await t.ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(sql, params);
  });
}
