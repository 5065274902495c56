import type { Change, ChangeFeed } from './change-feed';

/**
 * A per-process cache trusted only while its ChangeFeed is live. A change drops its key (or
 * everything, for '*' or when `dropAll` is set), and a value read from the database before a
 * change arrived is not kept after it: take `version()` before reading, hand it to `keep`. Full,
 * it drops its least recently used entry. It follows the feed on first use, so a process that
 * never asks opens no connection.
 */
export class FeedCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = 0;
  private following = false;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly capacity: number,
    /** Every change drops every entry (the feed's payload does not name an entry's key). */
    private readonly dropAll = false,
  ) {}

  get(key: string): V | undefined {
    this.follow();
    const value = this.feed.live ? this.entries.get(key) : undefined;
    if (value === undefined) return undefined;
    // Re-inserted: the Map's order is the order of last use.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Taken before reading what will be kept. */
  version(): number {
    this.follow();
    return this.generation;
  }

  /** Kept only if the feed is live and nothing changed since `version`. */
  keep(key: string, value: V, version: number): void {
    if (!this.feed.live || version !== this.generation) return;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  /** What a notice does; also for a change this process made and knows of before the feed says so. */
  forget(change: Change): void {
    this.generation++;
    if (change === '*' || this.dropAll) this.entries.clear();
    else this.entries.delete(change);
  }

  private follow(): void {
    if (this.following) return;
    this.following = true;
    this.feed.subscribe((change) => this.forget(change));
  }
}
