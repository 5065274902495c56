import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SERVER_CONFIG } from '@campus/server-config';
import { MicroBatcher, type BatchOutcome } from '@campus/server-db';
import { JobHandlers } from '@campus/server-jobs';
import { AttemptGradingService } from '@campus/server-quizzes';
import type { WorkerConfig } from './config';

/**
 * Two batches in flight: one commits while the next gathers. Each holds a pool connection and may
 * ask for one more (question versions not yet in memory), so this stays well under the pool size.
 */
const BATCHES_IN_FLIGHT = 2;

/**
 * The grading queue's jobs → the grading service (idempotent, so retries are safe). Attempts whose
 * jobs arrive together are graded in one transaction; each job still completes or fails on its own.
 */
@Injectable()
export class GradingProcessor implements OnModuleInit {
  private readonly log = new Logger(GradingProcessor.name);
  private readonly batcher: MicroBatcher<string, boolean>;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly grading: AttemptGradingService,
    @Inject(SERVER_CONFIG) config: WorkerConfig,
  ) {
    this.batcher = new MicroBatcher(
      {
        maxSize: config.GRADING_BATCH_SIZE,
        windowMs: config.GRADING_BATCH_WINDOW_MS,
        maxInFlight: BATCHES_IN_FLIGHT,
      },
      (ids) => this.gradeBatch(ids),
    );
  }

  onModuleInit(): void {
    this.handlers.register('gradeAttempt', ({ attemptId }) => this.batcher.add(attemptId));
    this.handlers.register('closeAttempt', ({ attemptId }) => this.grading.close(attemptId));
  }

  /** One transaction for the batch; if it fails, each attempt alone, so one bad attempt fails only its job. */
  private async gradeBatch(ids: string[]): Promise<Map<string, BatchOutcome<boolean>>> {
    try {
      const graded = await this.grading.gradeMany(ids);
      return new Map(ids.map((id) => [id, { ok: true, value: graded.has(id) }]));
    } catch (err) {
      if (ids.length === 1) return new Map([[ids[0], { ok: false, error: asError(err) }]]);
      this.log.warn(
        { attempts: ids.length, err: asError(err).message },
        'grading batch failed; grading each attempt alone',
      );
      const outcomes = new Map<string, BatchOutcome<boolean>>();
      for (const id of ids)
        outcomes.set(
          id,
          await this.grading.grade(id).then(
            (value) => ({ ok: true, value }),
            (e: unknown) => ({ ok: false, error: asError(e) }),
          ),
        );
      return outcomes;
    }
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
