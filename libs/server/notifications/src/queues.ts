import { Queue, type DefaultJobOptions } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAMES } from '@campus/contracts';

export const QUEUES = Symbol('QUEUES');

/** The queue producers of one process, on one Redis connection that this process owns and closes. */
export class QueueMap extends Map<string, Queue> {
  constructor(
    entries: [string, Queue][],
    readonly connection: IORedis,
  ) {
    super(entries);
  }
}

export interface QueueSettings {
  redisUrl: string;
  prefix: string;
  emailMaxAttempts: number;
  emailBackoffMs: number;
}

/**
 * A client for BullMQ (it needs `maxRetriesPerRequest: null` on connections its workers block on).
 * Whoever creates it disconnects it: BullMQ does not close connections it was given.
 */
export function bullConnection(redisUrl: string): IORedis {
  return new IORedis(redisUrl, { maxRetriesPerRequest: null });
}

/**
 * Job defaults: retries with exponential backoff; completed jobs trimmed by age and count;
 * failed jobs kept (trimmed only by a generous count) so admins can inspect them.
 */
export function defaultJobOptions(s: QueueSettings): DefaultJobOptions {
  return {
    attempts: s.emailMaxAttempts,
    backoff: { type: 'exponential', delay: s.emailBackoffMs },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { count: 10000 },
  };
}

export function createQueues(s: QueueSettings): QueueMap {
  const connection = bullConnection(s.redisUrl);
  return new QueueMap(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, { connection, prefix: s.prefix, defaultJobOptions: defaultJobOptions(s) }),
    ]),
    connection,
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
