import { Inject, Injectable } from '@nestjs/common';
import { DomainError, notFound, type QueueView } from '@campus/contracts';
import { QUEUES, type QueueMap } from './queues';

/** The admin's view of the BullMQ queues: counts per state and the failed jobs kept for inspection. */
@Injectable()
export class QueueInspector {
  constructor(@Inject(QUEUES) private readonly queues: QueueMap) {}

  async list(): Promise<QueueView[]> {
    return Promise.all(
      [...this.queues.entries()].map(async ([name, queue]) => {
        const c = await queue.getJobCounts(
          'waiting',
          'active',
          'delayed',
          'completed',
          'failed',
          'paused' as never,
        );
        const failed = await queue.getFailed(0, 49);
        return {
          name,
          counts: {
            waiting: c['waiting'] ?? 0,
            active: c['active'] ?? 0,
            delayed: c['delayed'] ?? 0,
            completed: c['completed'] ?? 0,
            failed: c['failed'] ?? 0,
            paused: c['paused'] ?? 0,
          },
          failedJobs: failed.map((j) => ({
            id: String(j.id),
            name: j.name,
            failedReason: j.failedReason ?? '',
            attemptsMade: j.attemptsMade,
            timestamp: new Date(j.timestamp).toISOString(),
            data: j.data as unknown,
          })),
        };
      }),
    );
  }

  async retryFailed(queueName: string, jobId: string): Promise<void> {
    const queue = this.queues.get(queueName);
    if (!queue) throw notFound('Queue');
    const job = await queue.getJob(jobId);
    if (!job) throw notFound('Job');
    if (!(await job.isFailed())) throw new DomainError('CONFLICT', 'Only failed jobs can be retried.');
    await job.retry();
  }
}
