import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobData, JobName } from '@campus/contracts';
import { OutboxEvent } from '@campus/server-db';
import { outboxRow } from './outbox-row';

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
    const row = outboxRow(job, data);
    await manager.insert(OutboxEvent, {
      job,
      payload: row.data,
      jobId: row.jobId,
      status: 'pending',
      ...(opts.availableAt ? { availableAt: opts.availableAt } : {}),
    });
  }
}
