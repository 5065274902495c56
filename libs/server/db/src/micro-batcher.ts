/** One key's outcome: its value, or the error that key alone failed with. */
export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: Error };

export interface MicroBatcherSettings {
  /** Most keys one flush takes. */
  maxSize: number;
  /** How long the first key of a batch waits for others to join it. */
  windowMs: number;
  /** Flushes running at once; keys arriving meanwhile wait and join the next (fuller) batch. */
  maxInFlight: number;
}

interface Waiter<K, R> {
  key: K;
  resolve: (value: R) => void;
  reject: (error: Error) => void;
}

/**
 * Gathers keys handed over one at a time (one per BullMQ job) into batches, runs one flush per
 * batch and settles each key's promise with that key's own outcome, so every job still completes
 * or fails on its own. A key handed over twice before its batch runs is flushed once and both
 * callers get its outcome.
 */
export class MicroBatcher<K, R> {
  private waiting: Waiter<K, R>[] = [];
  private timer?: NodeJS.Timeout;
  private inFlight = 0;

  constructor(
    private readonly settings: MicroBatcherSettings,
    private readonly flush: (keys: K[]) => Promise<Map<K, BatchOutcome<R>>>,
  ) {}

  add(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (this.waiting.length >= this.settings.maxSize) this.drain();
      else
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.drain();
        }, this.settings.windowMs);
    });
  }

  private drain(): void {
    while (this.inFlight < this.settings.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.settings.maxSize);
      if (this.waiting.length === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        // Keys that arrived while every slot was busy have waited long enough: no new window.
        this.drain();
      });
    }
  }

  private async run(batch: Waiter<K, R>[]): Promise<void> {
    let outcomes: Map<K, BatchOutcome<R>>;
    try {
      outcomes = await this.flush([...new Set(batch.map((w) => w.key))]);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      outcomes = new Map(batch.map((w) => [w.key, { ok: false, error }]));
    }
    for (const w of batch) {
      const outcome = outcomes.get(w.key);
      if (outcome?.ok) w.resolve(outcome.value);
      else w.reject(outcome?.error ?? new Error('The batch returned no outcome for this key'));
    }
  }
}
