import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Jobs, type JobData, type JobName } from '@campus/contracts';

/** What the worker runs for one declared job: thin, it hands the checked payload to a domain service. */
export interface JobHandler<N extends JobName> {
  /** Must be idempotent: a retry, a stalled job taken over, or a resend of the outbox row runs it again. */
  run: (data: JobData<N>, job: Job) => Promise<unknown>;
  /** After the last attempt failed (the failed job stays in Redis for inspection). */
  exhausted?: (data: JobData<N>, error: Error) => Promise<unknown>;
}

type AnyHandler = JobHandler<JobName>;

/**
 * The one registry of job handlers. Each domain's processor registers its jobs here (in
 * onModuleInit); `JobWorkers` dispatches to them and refuses to start while a declared job of a
 * queue it serves has none.
 */
@Injectable()
export class JobHandlers {
  private readonly byJob = new Map<JobName, AnyHandler>();

  register<N extends JobName>(job: N, handler: JobHandler<N> | JobHandler<N>['run']): void {
    if (!(job in Jobs)) throw new Error(`Job ${job} is not declared in the Jobs registry`);
    if (this.byJob.has(job)) throw new Error(`Job ${job} already has a handler`);
    this.byJob.set(job, typeof handler === 'function' ? { run: handler } : handler);
  }

  get<N extends JobName>(job: N): JobHandler<N> | undefined {
    return this.byJob.get(job);
  }

  has(job: JobName): boolean {
    return this.byJob.has(job);
  }
}
