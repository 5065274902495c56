import { z } from 'zod';

/**
 * How BullMQ retries a job: `attempts` runs in all, waiting `backoffMs` · 2^(n-1) before run n + 1.
 * Declared per job: a lost e-mail, a certificate and a learner's grade tolerate different waits.
 */
export interface JobRetry {
  attempts: number;
  backoffMs: number;
}

/**
 * Queues and jobs. Their names are persisted in Redis: never rename one without draining it first.
 * Payloads carry ids, never objects; each is checked when added and when processed. Every declared
 * job needs a handler in the worker (it refuses to start otherwise).
 */
export const Jobs = {
  /** Overridable by EMAIL_MAX_ATTEMPTS / EMAIL_BACKOFF_MS: SMTP outages are the deployment's to judge. */
  sendEmail: {
    queue: 'email',
    name: 'send-email',
    data: z.object({ messageId: z.uuid() }),
    retry: { attempts: 8, backoffMs: 5000 },
  },
  /** Written once per enrolment when its course completion rule first holds; the certificates issue consumes it. */
  courseCompleted: {
    queue: 'certificates',
    name: 'course-completed',
    data: z.object({ enrolmentId: z.uuid() }),
    retry: { attempts: 10, backoffMs: 1000 },
  },
  /**
   * A regrade changed whether an attempt passed (quizzes raises it; certificates flags the holder's
   * certificate of the course issued before `regradedAt` for a trainer's review). One event per
   * attempt and fixed question version.
   */
  attemptRegraded: {
    queue: 'certificates',
    name: 'attempt-regraded',
    data: z.object({
      attemptId: z.uuid(),
      userId: z.uuid(),
      courseId: z.uuid(),
      questionVersionId: z.uuid(),
      regradedAt: z.iso.datetime(),
    }),
    retry: { attempts: 10, backoffMs: 1000 },
  },
  /**
   * Written once when a manager validates a mobility (mobility raises it; certificates issues the
   * mobility credential from it). A second run finds the live credential and issues nothing.
   */
  mobilityValidated: {
    queue: 'certificates',
    name: 'mobility-validated',
    data: z.object({ mobilityId: z.uuid() }),
    retry: { attempts: 10, backoffMs: 1000 },
  },
  /** Builds a manager's ZIP of certificates into file storage; a second run of a built one changes nothing. */
  buildCertificateExport: {
    queue: 'reports',
    name: 'certificate-export',
    data: z.object({ exportId: z.uuid() }),
    retry: { attempts: 3, backoffMs: 30_000 },
  },
  /** Grades a submitted attempt; a second run changes nothing. A learner waits for it: retry soon. */
  gradeAttempt: {
    queue: 'grading',
    name: 'grade-attempt',
    data: z.object({ attemptId: z.uuid() }),
    retry: { attempts: 10, backoffMs: 500 },
  },
  /** Due at the attempt's deadline plus grace: submits it with its autosaved answers if still open. */
  closeAttempt: {
    queue: 'grading',
    name: 'close-attempt',
    data: z.object({ attemptId: z.uuid() }),
    retry: { attempts: 10, backoffMs: 500 },
  },
  /**
   * One pass of the mobility reminders at `at` (now when absent). The worker's job scheduler adds
   * one every REMINDERS_EVERY_MINUTES; a pass sends each occasion once, so a retry or a second pass
   * sends only what is still unsent.
   */
  runReminders: {
    queue: 'reminders',
    name: 'run-reminders',
    data: z.object({ at: z.iso.datetime().optional() }),
    retry: { attempts: 3, backoffMs: 30_000 },
  },
} as const satisfies Record<string, { queue: string; name: string; data: z.ZodObject; retry: JobRetry }>;

export type JobName = keyof typeof Jobs;
export type JobData<N extends JobName> = z.infer<(typeof Jobs)[N]['data']>;
export type QueueName = (typeof Jobs)[JobName]['queue'];

export const QUEUE_NAMES: QueueName[] = [...new Set(Object.values(Jobs).map((j) => j.queue))];

/** The jobs declared on `queue`, by their registry key. */
export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(Jobs) as JobName[]).filter((n) => Jobs[n].queue === queue);
}

/** Stable job ids (BullMQ forbids ":" in them): a resend of the same outbox row merges with the job already queued. */
export const jobIdFor = {
  sendEmail: (d: JobData<'sendEmail'>) => `email-${d.messageId}`,
  courseCompleted: (d: JobData<'courseCompleted'>) => `course-completed-${d.enrolmentId}`,
  // A later fix of another question is another event: the id names the version regraded against.
  attemptRegraded: (d: JobData<'attemptRegraded'>) =>
    `attempt-regraded-${d.attemptId}-${d.questionVersionId}`,
  mobilityValidated: (d: JobData<'mobilityValidated'>) => `mobility-validated-${d.mobilityId}`,
  buildCertificateExport: (d: JobData<'buildCertificateExport'>) => `certificate-export-${d.exportId}`,
  // One grading per attempt: a second job for it merges, or finds the attempt graded and does nothing.
  gradeAttempt: (d: JobData<'gradeAttempt'>) => `grade-attempt-${d.attemptId}`,
  closeAttempt: (d: JobData<'closeAttempt'>) => `close-attempt-${d.attemptId}`,
  // The scheduler's own jobs carry BullMQ's per-iteration ids; this one names a pass added by hand.
  runReminders: (d: JobData<'runReminders'>) => `run-reminders-${d.at ? Date.parse(d.at) : 'now'}`,
} satisfies { [N in JobName]: (data: JobData<N>) => string };

export const EMAIL_TEMPLATES = [
  'verify-email',
  'password-reset',
  'invitation',
  'password-changed',
  'account-exists',
  'password-reset-no-account',
  'course-enrolled',
  'attempt-graded',
  'certificate-issued',
  'certificate-export-ready',
  'mentor-link',
  'mentor-digest',
  'logbook-reminder',
  'agreement-pending',
  'mobility-credential-issued',
  'assessment-invitation',
  'roadmap-action-due',
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
