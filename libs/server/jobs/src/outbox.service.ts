import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Jobs, jobIdFor, type JobData, type JobName } from '@campus/contracts';
import { OutboxEvent } from '@campus/server-db';

@Injectable()
export class OutboxService {
  /**
   * Writes the job into the outbox inside the caller's transaction: it is enqueued if and only if
   * the change that caused it commits.
   */
  async add<N extends JobName>(
    manager: EntityManager,
    job: N,
    data: JobData<N>,
    /** A job due later (an attempt's automatic submission): the relay enqueues it when it falls due. */
    opts: { availableAt?: Date } = {},
  ): Promise<void> {
    const payload = Jobs[job].data.parse(data) as JobData<N>;
    const jobId = (jobIdFor[job] as (d: JobData<N>) => string)(payload);
    await manager.insert(OutboxEvent, {
      job,
      payload,
      jobId,
      status: 'pending',
      ...(opts.availableAt ? { availableAt: opts.availableAt } : {}),
    });
  }
}
