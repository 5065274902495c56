import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVER_CONFIG } from '@campus/server-config';
import { GradingReconcilerService } from '@campus/server-quizzes';
import type { WorkerConfig } from './config';

/** Runs the grading reconciler every GRADING_RECONCILE_EVERY_MS on every worker replica. */
@Injectable()
export class GradingReconcilerLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(GradingReconcilerLoop.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;

  constructor(
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
    private readonly reconciler: GradingReconcilerService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private schedule(): void {
    if (!this.stopped)
      this.timer = setTimeout(() => void this.tick(), this.config.GRADING_RECONCILE_EVERY_MS);
  }

  private async tick(): Promise<void> {
    this.running = true;
    try {
      await this.reconciler.sweep({
        staleAfterSeconds: this.config.GRADING_RECONCILE_AFTER_SECONDS,
        graceSeconds: this.config.QUIZ_GRACE_SECONDS,
      });
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'grading reconciler pass failed');
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
