import type { LogbookView } from '@campus/contracts';
import type { OutboxStorage } from './logbook-outbox';

/** The last logbook the server sent, kept on the device so the page renders without a connection. */
export interface CachedLogbook {
  view: LogbookView;
  /** When it was fetched (ISO). */
  fetchedAt: string;
}

export function logbookCacheKey(userId: string, mobilityId: string): string {
  return `campus.logbook.${userId}.${mobilityId}.view`;
}

export function readCachedLogbook(storage: OutboxStorage, key: string): CachedLogbook | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<CachedLogbook>;
    return parsed.view && typeof parsed.fetchedAt === 'string'
      ? { view: parsed.view, fetchedAt: parsed.fetchedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a full or blocked storage only means the page needs a connection next time. */
export function writeCachedLogbook(storage: OutboxStorage, key: string, cached: CachedLogbook): void {
  try {
    storage.setItem(key, JSON.stringify(cached));
  } catch {
    // nothing to do: the outbox, which matters more, reports its own storage failures
  }
}
