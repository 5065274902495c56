import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type IORedis from 'ioredis';
import { Jobs, jobsOfQueue, QUEUE_NAMES, type JobName, type QueueName } from '@campus/contracts';
import { JobHandlers } from './job-handlers';
import { bullConnection } from './queues';

export const JOB_WORKER_SETTINGS = Symbol('JOB_WORKER_SETTINGS');

export interface JobWorkerSettings {
  redisUrl: string;
  /** BullMQ key prefix, the same as the producers' (`${REDIS_PREFIX}:bull`). */
  prefix: string;
  /** Jobs run at once per queue on this process. */
  concurrency: Record<QueueName, number>;
  /** How long a job's lock lives; a worker that dies mid-job loses it after this and another takes over. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** The queues this process serves (all by default). */
  queues?: readonly QueueName[];
}

/**
 * The one BullMQ set-up of the worker: one Worker per served queue, each job's payload checked
 * against its declared schema and dispatched by name to its registered handler; failures logged,
 * a handler's `exhausted` called after the last attempt; everything closed on shutdown.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  private connection?: IORedis;
  /** `${queue}/${BullMQ name}` → registry key. */
  private readonly byName = new Map<string, JobName>(
    (Object.keys(Jobs) as JobName[]).map((n) => [`${Jobs[n].queue}/${Jobs[n].name}`, n]),
  );

  constructor(
    @Inject(JOB_WORKER_SETTINGS) private readonly settings: JobWorkerSettings,
    private readonly handlers: JobHandlers,
  ) {}

  /** Runs after every module's onModuleInit, where the processors register their handlers. */
  onApplicationBootstrap(): void {
    this.start();
  }

  /**
   * Throws, naming each job, when a declared job of a served queue has no handler: the process
   * refuses to start rather than leave those jobs waiting forever.
   */
  start(): void {
    const served = this.settings.queues ?? QUEUE_NAMES;
    const missing = served.flatMap(jobsOfQueue).filter((job) => !this.handlers.has(job));
    if (missing.length)
      throw new Error(
        `No handler registered for ${missing.map((j) => `job ${j} (queue ${Jobs[j].queue})`).join(', ')}: ` +
          'every declared job of a queue this worker serves needs one.',
      );
    this.connection = bullConnection(this.settings.redisUrl);
    for (const queue of served) {
      const worker = new Worker(queue, (job) => this.process(queue, job), {
        connection: this.connection,
        prefix: this.settings.prefix,
        concurrency: this.settings.concurrency[queue],
        lockDuration: this.settings.lockDurationMs,
        stalledInterval: this.settings.stalledIntervalMs,
      });
      worker.on('failed', (job, err) => void this.failed(queue, job, err));
      worker.on('error', (err) => this.log.error({ queue, err: err.message }, 'queue worker error'));
      this.workers.push(worker);
    }
    this.log.log({ queues: served }, 'job workers started');
  }

  async onApplicationShutdown(): Promise<void> {
    // close() lets active jobs finish; a job cut off by a kill comes back through the stalled check.
    await Promise.all(this.workers.map((w) => w.close()));
    this.connection?.disconnect();
  }

  private async process(queue: QueueName, job: Job): Promise<unknown> {
    const name = this.byName.get(`${queue}/${job.name}`);
    // Retrying cannot fix an unknown job or a bad payload: fail at once and keep it for inspection.
    if (!name) throw new UnrecoverableError(`Unknown job ${job.name} on the ${queue} queue`);
    const parsed = Jobs[name].data.safeParse(job.data);
    if (!parsed.success)
      throw new UnrecoverableError(
        `Bad payload for ${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    return this.handlers.get(name)!.run(parsed.data, job);
  }

  private async failed(queue: QueueName, job: Job | undefined, err: Error): Promise<void> {
    this.log.warn(
      { queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message },
      'job failed',
    );
    if (!job) return;
    const name = this.byName.get(`${queue}/${job.name}`);
    const last = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    const handler = name && this.handlers.get(name);
    const parsed = name && Jobs[name].data.safeParse(job.data);
    if (!last || !handler?.exhausted || !parsed || !parsed.success) return;
    try {
      await handler.exhausted(parsed.data, err);
    } catch (e) {
      this.log.error({ job: name, jobId: job.id, err: (e as Error).message }, 'exhausted handler failed');
    }
  }
}
