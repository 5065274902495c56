import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { SERVER_CONFIG } from '@campus/server-config';
import { ENTITIES, MIGRATIONS, poolSettings } from '@campus/server-db';
import { JobsModule, jobRetry, queueSettingsFrom } from '@campus/server-jobs';
import {
  createTransport,
  EmailSender,
  MAIL_SETTINGS,
  MAIL_TRANSPORT,
  startSmtpSink,
} from '@campus/server-notifications';
import { QuizzesModule } from '@campus/server-quizzes';
import { AuditModule } from '@campus/server-audit';
import { CertificatesModule } from '@campus/server-certificates';
import { MobilityModule } from '@campus/server-mobility';
import { SelfAssessmentModule } from '@campus/server-self-assessment';
import { RoadmapsModule } from '@campus/server-roadmaps';
import type { WorkerConfig } from './config';
import { EmailProcessor } from './email.processor';
import { GradingProcessor } from './grading.processor';
import { CertificatesProcessor } from './certificates.processor';
import { ExportExpiryLoop } from './export-expiry.loop';
import { GradingReconcilerLoop } from './grading-reconciler.loop';
import { OutboxRelayLoop } from './outbox-relay.loop';
import { ReportsProcessor } from './reports.processor';
import { RemindersProcessor } from './reminders.processor';

const SMTP_SINK = Symbol('SMTP_SINK');

/** The config, visible to every domain module the worker imports. */
@Global()
@Module({})
class WorkerCoreModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerCoreModule,
      providers: [{ provide: SERVER_CONFIG, useValue: config }],
      exports: [SERVER_CONFIG],
    };
  }
}

/**
 * The worker: every queue's BullMQ worker (JobsModule) dispatching to the processors, which
 * register one handler per declared job; the outbox relay and the periodic loops.
 */
@Module({})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(SMTP_SINK) private readonly sink: SMTPServer | null) {}

  static forRoot(config: WorkerConfig): DynamicModule {
    const useSink = !config.SMTP_URL && config.DEMO_DATA;
    const queues = queueSettingsFrom(config);
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
          extra: poolSettings(config.DATABASE_POOL_SIZE),
        }),
        WorkerCoreModule.forRoot(config),
        JobsModule.forRoot({
          ...queues,
          worker: {
            concurrency: {
              email: config.EMAIL_CONCURRENCY,
              grading: config.GRADING_CONCURRENCY,
              certificates: config.CERTIFICATE_CONCURRENCY,
              reports: config.REPORT_CONCURRENCY,
              // A pass reads every mobility: one at a time per replica.
              reminders: 1,
            },
            lockDurationMs: config.WORKER_LOCK_DURATION_MS,
            stalledIntervalMs: config.WORKER_STALLED_INTERVAL_MS,
          },
        }),
        AuditModule,
        QuizzesModule,
        CertificatesModule,
        MobilityModule,
        SelfAssessmentModule,
        RoadmapsModule,
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
          // The sender marks a message failed on the job's last attempt.
          useValue: { from: config.MAIL_FROM, maxAttempts: jobRetry('sendEmail', queues.retry).attempts },
        },
        EmailSender,
        OutboxRelayLoop,
        EmailProcessor,
        GradingProcessor,
        GradingReconcilerLoop,
        CertificatesProcessor,
        ReportsProcessor,
        ExportExpiryLoop,
        RemindersProcessor,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.sink ? this.sink.close(() => resolve()) : resolve()));
  }
}
