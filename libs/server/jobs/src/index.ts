export * from './jobs.module';
export * from './queues';
export * from './outbox.service';
export * from './outbox-row';
export * from './outbox-relay.service';
export * from './job-handlers';
export * from './job-workers.service';
export * from './queue-inspector.service';
