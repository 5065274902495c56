import type { Logger } from '@nestjs/common';

/**
 * Runs `pass` every `everyMs` on this replica, one pass at a time (the next is scheduled when the
 * last has finished); a failed pass is logged and the next one runs as usual. `stop()` waits for
 * a pass in progress, so shutdown never cuts one off.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly pass: () => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private schedule(): void {
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), this.everyMs);
  }

  private async tick(): Promise<void> {
    this.running = true;
    try {
      await this.pass();
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, `${this.name} pass failed`);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
