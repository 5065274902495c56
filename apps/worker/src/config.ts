import { z } from 'zod';
import { serverEnvSchema } from '@campus/server-config';

export const workerConfigSchema = serverEnvSchema
  .extend({
    /** Demo mode without SMTP_URL: the worker runs an SMTP sink on this port and sends to it. */
    MAIL_SINK_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
    EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** Messages queued longer than this without being sent are re-enqueued (their job may be lost). */
    EMAIL_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).default(600),
    /**
     * Grading jobs held at once: enough to fill GRADING_BATCH_SIZE twice over (one batch commits while
     * the next gathers). An active job only waits for its batch, it costs no connection.
     */
    GRADING_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(200),
    /** Attempts graded in one transaction at most. */
    GRADING_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(100),
    /** How long the first job of a batch waits for others (a lone submission waits no longer than this). */
    GRADING_BATCH_WINDOW_MS: z.coerce.number().int().min(0).max(1000).default(5),
    /** Issuing waits on the database and disk about half the time: 8 keeps one core busy. */
    CERTIFICATE_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
    /** ZIP exports are long and disk-bound: one at a time per worker keeps the other queues moving. */
    REPORT_CONCURRENCY: z.coerce.number().int().min(1).max(10).default(1),
    EXPORT_EXPIRY_EVERY_MS: z.coerce.number().int().min(100).default(3_600_000),
    /** Submitted attempts still ungraded after this long are graded by the reconciler. */
    GRADING_RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(1).default(60),
    GRADING_RECONCILE_EVERY_MS: z.coerce.number().int().min(100).default(15_000),
    /** How often a pass of the mobility reminders runs (one replica runs each pass). */
    REMINDERS_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    /** Short in tests so a killed worker's jobs come back quickly. */
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
    WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
  })
  .refine((c) => c.SMTP_URL || c.DEMO_DATA, {
    path: ['SMTP_URL'],
    message: 'is required outside demo mode (e.g. smtp://user:pass@mail.example.org:587)',
  });
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
