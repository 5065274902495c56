import type { z } from 'zod';
import type { LogEntryView, PutLogEntryRequest } from '@campus/contracts';
import { isApiError } from '../../../api';

/** A log entry as the form validated it (defaults applied), ready for `PUT …/logbook/{entryId}`. */
export type LogEntryBody = z.output<typeof PutLogEntryRequest>;

/** What the server said when it refused an entry (a 4xx other than rate limiting). */
export interface OutboxError {
  status: number;
  code: string;
  message: string;
  /** The problem's `errors[]`: field → first message. */
  fields: Record<string, string>;
}

export interface OutboxItem {
  /** Created once per day's entry and reused for every resend: the server keeps one entry per id. */
  entryId: string;
  body: LogEntryBody;
  /** When the person last saved this version on the device; tells versions apart during a send. */
  savedAt: string;
  /** Set when the server refused this version: kept and shown, not sent again until saved again. */
  error: OutboxError | null;
}

/** The part of localStorage the outbox uses (tests pass their own). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SendEntry = (entryId: string, body: LogEntryBody) => Promise<LogEntryView>;

/**
 * How a failed send is handled:
 * - `network`: the request did not reach the API (offline); stop and wait for the connection.
 * - `transient`: the API is busy or failing (5xx, 429, 408) or the session must be renewed (401);
 *   stop and retry later, in the same order.
 * - `refused`: the API answered that this entry is wrong (400, 404, 409…); asking again cannot
 *   help, so the entry keeps the message and its text and is skipped until it is saved again.
 */
export type FailureKind = 'network' | 'transient' | 'refused';

export function classifyFailure(error: unknown): FailureKind {
  // The API client turns every failed fetch into an ApiError; anything else is unexpected.
  if (!isApiError(error)) return 'transient';
  const { status } = error;
  if (status === 0) return 'network';
  if (status >= 500 || status === 429 || status === 408 || status === 401) return 'transient';
  return 'refused';
}

export interface FlushResult {
  /** The entries the server stored, in the order they were sent. */
  sent: LogEntryView[];
  /** Ids of entries the server refused in this run. */
  refused: string[];
  /** Why the run stopped before the end of the queue, if it did. */
  stopped: Exclude<FailureKind, 'refused'> | null;
}

interface Stored {
  items: OutboxItem[];
  /** date → entry id, for days whose entry has not reached the server yet. */
  ids: Record<string, string>;
}

const EMPTY: Stored = { items: [], ids: {} };

/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); a school
 * intranet on plain HTTP still has `getRandomValues`.
 */
export function newEntryId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Where one person's outbox for one mobility lives on the device. */
export function outboxKey(userId: string, mobilityId: string): string {
  return `campus.logbook.${userId}.${mobilityId}.outbox`;
}

export interface LogbookOutboxOptions {
  storage: OutboxStorage;
  key: string;
  send: SendEntry;
  newId?: () => string;
  now?: () => Date;
}

/**
 * The logbook's local outbox. Saving an entry always writes here first; `flush()` then sends the
 * queue in the order the entries were first saved. Storage is the source of truth (every call
 * re-reads it), so the queue survives reloads and is shared by the tabs of one browser.
 */
export class LogbookOutbox {
  private readonly storage: OutboxStorage;
  private readonly key: string;
  private readonly send: SendEntry;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly OutboxItem[];
  private running: Promise<FlushResult> | null = null;

  constructor(options: LogbookOutboxOptions) {
    this.storage = options.storage;
    this.key = options.key;
    this.send = options.send;
    this.newId = options.newId ?? newEntryId;
    this.now = options.now ?? (() => new Date());
    this.snapshot = this.read().items;
  }

  // ---- store (read by React through useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The queued entries, oldest first; the same array until the outbox changes. */
  getSnapshot = (): readonly OutboxItem[] => this.snapshot;

  /** Picks up changes another tab made to the same storage. */
  reload(): void {
    this.publish(this.read());
  }

  // ---- queue ----

  /**
   * The id of a day's entry: the server's when it has one, else the one this device made for that
   * day the first time (kept in storage, so a resend after a reload uses it again).
   */
  entryIdFor(date: string, serverEntries: readonly Pick<LogEntryView, 'id' | 'date'>[] = []): string {
    const known = serverEntries.find((e) => e.date === date)?.id;
    if (known) return known;
    const stored = this.read();
    const queued = stored.items.find((i) => i.body.date === date)?.entryId ?? stored.ids[date];
    if (queued) return queued;
    const id = this.newId();
    this.write({ ...stored, ids: { ...stored.ids, [date]: id } });
    return id;
  }

  /**
   * Queues a version of an entry. A newer version of a queued entry replaces it in its place and
   * clears a refusal; throws when the device cannot store it (storage full or blocked).
   */
  enqueue(entryId: string, body: LogEntryBody): OutboxItem {
    const stored = this.read();
    const item: OutboxItem = { entryId, body, savedAt: this.now().toISOString(), error: null };
    const at = stored.items.findIndex((i) => i.entryId === entryId);
    const items = at >= 0 ? stored.items.map((i, n) => (n === at ? item : i)) : [...stored.items, item];
    this.write({ items, ids: { ...stored.ids, [body.date]: entryId } });
    return item;
  }

  /** Drops a queued entry (the person gives up a version the server refused). */
  discard(entryId: string): void {
    const stored = this.read();
    this.write({ ...stored, items: stored.items.filter((i) => i.entryId !== entryId) });
  }

  /** Entries that a flush would send now: queued and not refused. */
  pending(): OutboxItem[] {
    return this.read().items.filter((i) => !i.error);
  }

  /**
   * Sends the queue in order, one request at a time. Calls made while a run is going share it.
   * Stops at the first network or transient failure (later entries wait, so order is kept).
   */
  flush(): Promise<FlushResult> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<FlushResult> {
    const result: FlushResult = { sent: [], refused: [], stopped: null };
    // Versions, not entries: a version saved during this run is sent in this run too.
    const tried = new Set<string>();
    const version = (i: OutboxItem) => `${i.entryId} ${i.savedAt}`;
    for (;;) {
      const item = this.read().items.find((i) => !i.error && !tried.has(version(i)));
      if (!item) return result;
      tried.add(version(item));
      try {
        const saved = await this.send(item.entryId, item.body);
        result.sent.push(saved);
        this.settle(item, null);
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind !== 'refused') {
          result.stopped = kind;
          return result;
        }
        result.refused.push(item.entryId);
        this.settle(item, toOutboxError(error));
      }
    }
  }

  /**
   * After the server answered for `sent`: removes it (stored) or marks it (refused), unless the
   * person saved a newer version meanwhile, which then stays queued as it is.
   */
  private settle(sent: OutboxItem, error: OutboxError | null): void {
    const stored = this.read();
    const current = stored.items.find((i) => i.entryId === sent.entryId);
    if (!current || current.savedAt !== sent.savedAt) return;
    const items = error
      ? stored.items.map((i) => (i === current ? { ...i, error } : i))
      : stored.items.filter((i) => i !== current);
    this.write({ ...stored, items });
  }

  // ---- storage ----

  private read(): Stored {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      return EMPTY;
    }
    if (!raw) return EMPTY;
    try {
      const parsed = JSON.parse(raw) as Partial<Stored>;
      return {
        items: Array.isArray(parsed.items) ? parsed.items : [],
        ids: parsed.ids && typeof parsed.ids === 'object' ? parsed.ids : {},
      };
    } catch {
      return EMPTY;
    }
  }

  private write(next: Stored): void {
    this.storage.setItem(this.key, JSON.stringify(next));
    this.publish(next);
  }

  private publish(next: Stored): void {
    if (sameItems(this.snapshot, next.items)) return;
    this.snapshot = next.items;
    for (const l of this.listeners) l();
  }
}

function sameItems(a: readonly OutboxItem[], b: readonly OutboxItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toOutboxError(error: unknown): OutboxError {
  if (isApiError(error)) {
    return {
      status: error.status,
      code: error.code,
      message: error.detail,
      fields: error.fieldErrorMap(),
    };
  }
  return { status: 0, code: 'INTERNAL', message: String(error), fields: {} };
}
