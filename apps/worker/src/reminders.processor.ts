import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Jobs } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { JobHandlers, QUEUES, retryOptions, type QueueMap } from '@campus/server-jobs';
import { MobilityRemindersService } from '@campus/server-mobility';
import { RoadmapRemindersService } from '@campus/server-roadmaps';
import type { WorkerConfig } from './config';

/** Stable: every replica upserts the same scheduler, so Redis holds one schedule however many run. */
export const REMINDERS_SCHEDULER_ID = 'mobility-reminders';

/**
 * Thin: run-reminders → one pass of the mobility reminders. On start the worker upserts BullMQ's job
 * scheduler for it: one job every REMINDERS_EVERY_MINUTES, taken by one replica. A new scheduler's
 * first run is one interval after it is created (never at start-up, so a worker restarted in a loop
 * does not run a pass each time); upserting an existing one keeps its next run. The same job runs
 * the pass of the roadmap actions' reminders (issue 11).
 */
@Injectable()
export class RemindersProcessor implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly reminders: MobilityRemindersService,
    private readonly roadmapReminders: RoadmapRemindersService,
    @Inject(QUEUES) private readonly queues: QueueMap,
    @Inject(SERVER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register('runReminders', async ({ at }) => {
      const now = at ? new Date(at) : new Date();
      // Both passes run even when one fails; the job then fails and its retry sends what is left.
      const passes = await Promise.allSettled([this.reminders.run(now), this.roadmapReminders.run(now)]);
      for (const pass of passes) if (pass.status === 'rejected') throw pass.reason as Error;
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.REMINDERS_EVERY_MINUTES * 60_000;
    await this.queues
      .get(Jobs.runReminders.queue)!
      .upsertJobScheduler(
        REMINDERS_SCHEDULER_ID,
        { every, startDate: new Date(Date.now() + every) },
        { name: Jobs.runReminders.name, data: {}, opts: retryOptions('runReminders', this.queues.retry) },
      );
  }
}
