import { Queue, type DefaultJobOptions, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { Jobs, jobIdFor, QUEUE_NAMES, type JobData, type JobName, type JobRetry } from '@campus/contracts';

export const QUEUES = Symbol('QUEUES');

/** Per-deployment changes to the retries declared in the `Jobs` registry (e.g. EMAIL_MAX_ATTEMPTS). */
export type RetryOverrides = Partial<Record<JobName, Partial<JobRetry>>>;

export interface QueueSettings {
  redisUrl: string;
  /** BullMQ key prefix (`${REDIS_PREFIX}:bull`). */
  prefix: string;
  retry?: RetryOverrides;
}

/** The retry of `job`: as declared beside its payload, unless the deployment overrides it. */
export function jobRetry(job: JobName, overrides: RetryOverrides = {}): JobRetry {
  return { ...Jobs[job].retry, ...overrides[job] };
}

/** BullMQ's retry options of `job`: its declared attempts with exponential backoff. */
export function retryOptions(
  job: JobName,
  overrides: RetryOverrides = {},
): Pick<JobsOptions, 'attempts' | 'backoff'> {
  const retry = jobRetry(job, overrides);
  return { attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs } };
}

/** The queue producers of one process, on one Redis connection that this process owns and closes. */
export class QueueMap extends Map<string, Queue> {
  constructor(
    entries: [string, Queue][],
    readonly connection: IORedis,
    readonly retry: RetryOverrides = {},
  ) {
    super(entries);
  }

  /**
   * Adds `job` now (outside the outbox: re-enqueuing what the database already records), with its
   * checked payload, stable id and declared retries. An id already in the queue merges.
   */
  async enqueue<N extends JobName>(job: N, data: JobData<N>): Promise<void> {
    const spec = Jobs[job];
    const payload = spec.data.parse(data) as JobData<N>;
    const jobId = (jobIdFor[job] as (d: JobData<N>) => string)(payload);
    await this.get(spec.queue)!.add(spec.name, payload, { jobId, ...retryOptions(job, this.retry) });
  }
}

/**
 * A client for BullMQ (it needs `maxRetriesPerRequest: null` on connections its workers block on).
 * Whoever creates it disconnects it: BullMQ does not close connections it was given.
 */
export function bullConnection(redisUrl: string): IORedis {
  return new IORedis(redisUrl, { maxRetriesPerRequest: null });
}

/**
 * Queue defaults: completed jobs trimmed by age and count; failed jobs kept (trimmed only by a
 * generous count) so admins can inspect them. Retries are per job (`jobOptions`), never per queue.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { count: 10000 },
};

export function createQueues(s: QueueSettings): QueueMap {
  const connection = bullConnection(s.redisUrl);
  return new QueueMap(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, { connection, prefix: s.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    ]),
    connection,
    s.retry,
  );
}

/** Closes gracefully, but never hangs shutdown when Redis is unreachable (close() waits for it). */
export async function closeQueues(queues: QueueMap, timeoutMs = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([...queues.values()].map((q) => q.close())),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  queues.connection.disconnect();
}

/** The producers' settings from the shared server config: the run's prefix and the e-mail retry overrides. */
export function queueSettingsFrom(config: {
  REDIS_URL: string;
  REDIS_PREFIX: string;
  EMAIL_MAX_ATTEMPTS?: number;
  EMAIL_BACKOFF_MS?: number;
}): QueueSettings {
  const sendEmail: Partial<JobRetry> = {};
  if (config.EMAIL_MAX_ATTEMPTS !== undefined) sendEmail.attempts = config.EMAIL_MAX_ATTEMPTS;
  if (config.EMAIL_BACKOFF_MS !== undefined) sendEmail.backoffMs = config.EMAIL_BACKOFF_MS;
  return { redisUrl: config.REDIS_URL, prefix: `${config.REDIS_PREFIX}:bull`, retry: { sendEmail } };
}
