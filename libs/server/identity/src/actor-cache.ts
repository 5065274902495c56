import type { Change } from '@campus/server-db';

/**
 * How long a cached actor is trusted at most, even while the change feed is live. Every change that
 * matters notifies at commit, so this only bounds how long a change that notified no one can go
 * unseen: one written with triggers off (session_replication_role = replica, a restored dump).
 * A minute costs an active user one extra query a minute.
 */
export const ACTOR_MAX_AGE_MS = 60_000;

/** Actors kept per process: well under a kilobyte each, so a few MB at most. */
export const MAX_CACHED_ACTORS = 10_000;

interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * Loaded actors by user id, least recently used first, each trusted for ACTOR_MAX_AGE_MS. Whether
 * to trust the cache at all (the change feed is live) is the caller's decision.
 *
 * A load that began before a change arrived may have read the row as it was before the change: take
 * a `mark()` before reading and give it to `set()`, which keeps nothing if a change of that user (or
 * '*') arrived since. Changes of other users do not matter, so busy days elsewhere (bulk
 * enrolments) do not keep anyone from being cached.
 */
export class ActorCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Bumped by every change. */
  private generation = 0;
  /** The generation of each user's latest change; forgotten wholesale by `clearedAt` when large. */
  private readonly changedAt = new Map<string, number>();
  /** The generation of the latest '*'. */
  private clearedAt = 0;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly maxAgeMs = ACTOR_MAX_AGE_MS,
    private readonly maxEntries = MAX_CACHED_ACTORS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(userId: string): T | undefined {
    const entry = this.entries.get(userId);
    if (!entry) return undefined;
    this.entries.delete(userId);
    if (this.now() - entry.storedAt > this.maxAgeMs) return undefined;
    this.entries.set(userId, entry);
    return entry.value;
  }

  mark(): number {
    return this.generation;
  }

  set(userId: string, value: T, mark: number): void {
    if (this.clearedAt > mark || (this.changedAt.get(userId) ?? 0) > mark) return;
    this.entries.delete(userId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userId, { value, storedAt: this.now() });
  }

  /** A user id, or '*': anything may have changed. */
  forget(change: Change): void {
    this.generation += 1;
    if (change === '*' || this.changedAt.size >= this.maxEntries) {
      // Treated as '*' for loads in flight only: it keeps the record of changes bounded.
      this.clearedAt = this.generation;
      this.changedAt.clear();
    }
    if (change === '*') this.entries.clear();
    else {
      this.changedAt.set(change, this.generation);
      this.entries.delete(change);
    }
  }
}
