import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVER_CONFIG } from '@campus/server-config';
import { GradingReconcilerService } from '@campus/server-quizzes';
import type { WorkerConfig } from './config';
import { PeriodicTask } from './periodic-task';

/** Runs the grading reconciler every GRADING_RECONCILE_EVERY_MS on every worker replica. */
@Injectable()
export class GradingReconcilerLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask;

  constructor(@Inject(SERVER_CONFIG) config: WorkerConfig, reconciler: GradingReconcilerService) {
    this.task = new PeriodicTask(
      'grading reconciler',
      config.GRADING_RECONCILE_EVERY_MS,
      () =>
        reconciler.sweep({
          staleAfterSeconds: config.GRADING_RECONCILE_AFTER_SECONDS,
          graceSeconds: config.QUIZ_GRACE_SECONDS,
        }),
      new Logger(GradingReconcilerLoop.name),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
