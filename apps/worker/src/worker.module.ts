import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { SERVER_CONFIG } from '@campus/server-config';
import { ENTITIES, MIGRATIONS } from '@campus/server-db';
import {
  closeQueues,
  createQueues,
  createTransport,
  EmailSender,
  MAIL_SETTINGS,
  MAIL_TRANSPORT,
  OutboxRelayService,
  QUEUES,
  startSmtpSink,
  type QueueMap,
} from '@campus/server-notifications';
import { QuizzesModule } from '@campus/server-quizzes';
import { AuditModule } from '@campus/server-audit';
import { CertificatesModule } from '@campus/server-certificates';
import type { WorkerConfig } from './config';
import { EmailProcessor } from './email.processor';
import { GradingProcessor } from './grading.processor';
import { CertificatesProcessor } from './certificates.processor';
import { ExportExpiryLoop } from './export-expiry.loop';
import { GradingReconcilerLoop } from './grading-reconciler.loop';
import { OutboxRelayLoop } from './outbox-relay.loop';
import { ReportsProcessor } from './reports.processor';

const SMTP_SINK = Symbol('SMTP_SINK');

/** The config and queue producers, visible to every domain module the worker imports. */
@Global()
@Module({})
class WorkerCoreModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerCoreModule,
      providers: [
        { provide: SERVER_CONFIG, useValue: config },
        {
          provide: QUEUES,
          useFactory: () =>
            createQueues({
              redisUrl: config.REDIS_URL,
              prefix: `${config.REDIS_PREFIX}:bull`,
              emailMaxAttempts: config.EMAIL_MAX_ATTEMPTS,
              emailBackoffMs: config.EMAIL_BACKOFF_MS,
            }),
        },
      ],
      exports: [SERVER_CONFIG, QUEUES],
    };
  }
}

@Module({})
export class WorkerModule implements OnApplicationShutdown {
  constructor(
    @Inject(QUEUES) private readonly queues: QueueMap,
    @Inject(SMTP_SINK) private readonly sink: SMTPServer | null,
  ) {}

  static forRoot(config: WorkerConfig): DynamicModule {
    const useSink = !config.SMTP_URL && config.DEMO_DATA;
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_URL,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          synchronize: false,
          extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
        }),
        WorkerCoreModule.forRoot(config),
        AuditModule,
        QuizzesModule,
        CertificatesModule,
      ],
      providers: [
        {
          provide: SMTP_SINK,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => (useSink ? startSmtpSink(ds, config.MAIL_SINK_PORT) : null),
        },
        {
          provide: MAIL_TRANSPORT,
          inject: [SMTP_SINK],
          useFactory: () => createTransport(config.SMTP_URL ?? `smtp://127.0.0.1:${config.MAIL_SINK_PORT}`),
        },
        {
          provide: MAIL_SETTINGS,
          useValue: { from: config.MAIL_FROM, maxAttempts: config.EMAIL_MAX_ATTEMPTS },
        },
        EmailSender,
        OutboxRelayService,
        OutboxRelayLoop,
        EmailProcessor,
        GradingProcessor,
        GradingReconcilerLoop,
        CertificatesProcessor,
        ReportsProcessor,
        ExportExpiryLoop,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeQueues(this.queues);
    await new Promise<void>((resolve) => (this.sink ? this.sink.close(() => resolve()) : resolve()));
  }
}
