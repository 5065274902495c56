import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, type Provider } from '@nestjs/common';
import { JobHandlers } from './job-handlers';
import { JOB_WORKER_SETTINGS, JobWorkers, type JobWorkerSettings } from './job-workers.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';
import { QueueInspector } from './queue-inspector.service';
import { closeQueues, createQueues, QUEUES, type QueueMap, type QueueSettings } from './queues';

export interface JobsModuleOptions extends QueueSettings {
  /** Only in the worker: consume the queues (handlers and workers) and relay the outbox. */
  worker?: Omit<JobWorkerSettings, 'redisUrl' | 'prefix'>;
}

/**
 * Queues and the outbox, for every module of the app (global): the producers (QUEUES), the outbox
 * writer and the admin's queue view; in the worker also the handler registry, the BullMQ workers and
 * the outbox relay.
 */
@Global()
@Module({})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUES) private readonly queues: QueueMap) {}

  static forRoot(options: JobsModuleOptions): DynamicModule {
    const { worker, ...queues } = options;
    const workerProviders: Provider[] = worker
      ? [
          {
            provide: JOB_WORKER_SETTINGS,
            useValue: {
              ...worker,
              redisUrl: queues.redisUrl,
              prefix: queues.prefix,
            } satisfies JobWorkerSettings,
          },
          JobHandlers,
          JobWorkers,
          OutboxRelayService,
        ]
      : [];
    return {
      module: JobsModule,
      providers: [
        { provide: QUEUES, useFactory: () => createQueues(queues) },
        OutboxService,
        QueueInspector,
        ...workerProviders,
      ],
      exports: [
        QUEUES,
        OutboxService,
        QueueInspector,
        ...(worker ? [JobHandlers, JobWorkers, OutboxRelayService] : []),
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeQueues(this.queues);
  }
}
