import type { SaveResponseResult } from '@campus/contracts';
import { isApiError, NETWORK_ERROR } from '../../../api';

/** What the learner sees about one answer. */
export type SaveState =
  | { kind: 'idle' }
  /** Changed; waiting for a pause in typing or for the connection. Kept on this device. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  /** The API refused it (e.g. a wrong shape); it is not sent again until it changes. */
  | { kind: 'failed'; error: unknown };

export interface QueueSnapshot {
  states: Readonly<Record<number, SaveState>>;
  /** The last save could not reach the API; answers stay on this device and go out when it is back. */
  offline: boolean;
  /** The API closed the attempt (deadline and grace passed, or submitted elsewhere). */
  closed: boolean;
}

interface StoredEntry {
  response: unknown;
  /** Order of the change; pending answers go out oldest first. */
  seq: number;
  sent: boolean;
}
interface Stored {
  seq: number;
  entries: Record<string, StoredEntry>;
}

export interface AnswerQueueOptions {
  attemptId: string;
  send: (position: number, response: unknown) => Promise<SaveResponseResult>;
  /** localStorage by default; null keeps answers in memory only. */
  storage?: Storage | null;
  isOnline?: () => boolean;
  /** How long to wait before trying again after a network failure. */
  retryMs?: number;
  /** The server's `savedAt` of each item when the attempt was loaded. */
  savedAt?: Record<number, string | null>;
}

export const storageKey = (attemptId: string) => `campus.quiz-answers.${attemptId}`;

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The answers of one attempt on their way to the API.
 *
 * Invariants: every change is written to storage before it is sent, so closing the tab or losing the
 * connection loses nothing; at most one save is in flight; unsent answers go out in the order they
 * were changed (only the latest response of a question, which is the one that counts); an answer
 * changed while its save was in flight is sent again.
 */
export class AnswerQueue {
  private readonly send: AnswerQueueOptions['send'];
  private readonly storage: Storage | null;
  private readonly key: string;
  private readonly isOnline: () => boolean;
  private readonly retryMs: number;
  private stored: Stored = { seq: 0, entries: {} };
  private snapshot: QueueSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly debounces = new Map<number, ReturnType<typeof setTimeout>>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private started = false;

  constructor(options: AnswerQueueOptions) {
    this.send = options.send;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.key = storageKey(options.attemptId);
    this.isOnline =
      options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.retryMs = options.retryMs ?? 5000;
    this.stored = this.read();
    const states: Record<number, SaveState> = {};
    for (const [position, savedAt] of Object.entries(options.savedAt ?? {}))
      if (savedAt) states[Number(position)] = { kind: 'saved', savedAt };
    for (const [position, entry] of Object.entries(this.stored.entries))
      if (!entry.sent) states[Number(position)] = { kind: 'pending' };
    this.snapshot = { states, offline: false, closed: false };
  }

  // ---- store for React (useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  private publish(patch: Partial<QueueSnapshot>, states?: Record<number, SaveState>): void {
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      states: states ? { ...this.snapshot.states, ...states } : this.snapshot.states,
    };
    for (const l of this.listeners) l();
  }

  // ---- lifecycle ----

  /** Listens for the connection and sends what an earlier visit left unsent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    if (this.hasPending()) void this.flush();
  }

  stop(): void {
    this.started = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    for (const timer of this.debounces.values()) clearTimeout(timer);
    this.debounces.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private onOnline = () => {
    this.publish({ offline: false });
    void this.flush();
  };

  private onOffline = () => this.publish({ offline: true });

  // ---- answers ----

  /** Responses changed on this device but not yet saved: they win over the server's copy. */
  unsentResponses(): Record<number, unknown> {
    const out: Record<number, unknown> = {};
    for (const [position, entry] of Object.entries(this.stored.entries))
      if (!entry.sent) out[Number(position)] = entry.response;
    return out;
  }

  hasPending(): boolean {
    return Object.values(this.stored.entries).some((e) => !e.sent);
  }

  /** Records a changed answer at once and sends it after `delayMs` (a pause in typing) or now. */
  set(position: number, response: unknown, delayMs = 0): void {
    if (this.snapshot.closed) return;
    this.stored.seq += 1;
    this.stored.entries[String(position)] = { response, seq: this.stored.seq, sent: false };
    this.write();
    this.publish({}, { [position]: { kind: 'pending' } });
    const previous = this.debounces.get(position);
    if (previous) clearTimeout(previous);
    if (delayMs > 0) {
      this.debounces.set(
        position,
        setTimeout(() => {
          this.debounces.delete(position);
          void this.flush();
        }, delayMs),
      );
    } else {
      this.debounces.delete(position);
      void this.flush();
    }
  }

  /**
   * Sends every unsent answer, oldest change first, one at a time. Resolves when all are saved, or
   * when the connection or the attempt stops it (see the snapshot).
   */
  flush(): Promise<void> {
    for (const timer of this.debounces.values()) clearTimeout(timer);
    this.debounces.clear();
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** After the attempt is submitted: nothing of it stays on the device. */
  clear(): void {
    this.stop();
    this.stored = { seq: 0, entries: {} };
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // storage blocked: nothing was kept
    }
  }

  private next(): [number, StoredEntry] | null {
    let best: [number, StoredEntry] | null = null;
    for (const [position, entry] of Object.entries(this.stored.entries))
      if (!entry.sent && (!best || entry.seq < best[1].seq)) best = [Number(position), entry];
    return best;
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.snapshot.closed) return;
      const next = this.next();
      if (!next) return;
      if (!this.isOnline()) {
        this.goOffline();
        return;
      }
      const [position, entry] = next;
      this.publish({}, { [position]: { kind: 'saving' } });
      try {
        const result = await this.send(position, entry.response);
        const current = this.stored.entries[String(position)];
        // Changed while in flight: the newer response goes out on the next turn.
        if (current && current.seq === entry.seq) {
          current.sent = true;
          this.write();
          this.publish({ offline: false }, { [position]: { kind: 'saved', savedAt: result.savedAt } });
        } else {
          this.publish({ offline: false }, { [position]: { kind: 'pending' } });
        }
      } catch (error) {
        if (isApiError(error, 'ATTEMPT_CLOSED')) {
          this.publish({ closed: true }, { [position]: { kind: 'failed', error } });
          return;
        }
        if (isTransient(error)) {
          this.publish({}, { [position]: { kind: 'pending' } });
          this.goOffline();
          return;
        }
        // Refused as it is: not sent again until the learner changes it.
        const current = this.stored.entries[String(position)];
        if (current && current.seq === entry.seq) current.sent = true;
        this.write();
        this.publish({}, { [position]: { kind: 'failed', error } });
      }
    }
  }

  private goOffline(): void {
    this.publish({ offline: true });
    if (this.retryTimer || !this.started) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.retryMs);
  }

  private read(): Stored {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return { seq: 0, entries: {} };
      const parsed = JSON.parse(raw) as Stored;
      return typeof parsed?.seq === 'number' && parsed.entries ? parsed : { seq: 0, entries: {} };
    } catch {
      return { seq: 0, entries: {} };
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.stored));
    } catch {
      // storage full or blocked: the answer still goes out while the page is open
    }
  }
}

/** Worth trying again later: no connection, the server busy or down. */
function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === NETWORK_ERROR || error.status === 0 || error.status === 429 || error.status >= 500;
}
