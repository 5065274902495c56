import { z } from 'zod';

/**
 * Queues and jobs. Their names are persisted in Redis: never rename one without draining it first.
 * Payloads carry ids, never objects; each is checked when added and when processed.
 */
export const Jobs = {
  sendEmail: { queue: 'email', name: 'send-email', data: z.object({ messageId: z.uuid() }) },
  /** Written once per enrolment when its course completion rule first holds; the certificates issue consumes it. */
  courseCompleted: {
    queue: 'certificates',
    name: 'course-completed',
    data: z.object({ enrolmentId: z.uuid() }),
  },
  /** Builds a manager's ZIP of certificates into file storage; a second run of a built one changes nothing. */
  buildCertificateExport: {
    queue: 'reports',
    name: 'certificate-export',
    data: z.object({ exportId: z.uuid() }),
  },
  /** Grades a submitted attempt; a second run changes nothing. */
  gradeAttempt: { queue: 'grading', name: 'grade-attempt', data: z.object({ attemptId: z.uuid() }) },
  /** Due at the attempt's deadline plus grace: submits it with its autosaved answers if still open. */
  closeAttempt: { queue: 'grading', name: 'close-attempt', data: z.object({ attemptId: z.uuid() }) },
} as const;

export type JobName = keyof typeof Jobs;
export type JobData<N extends JobName> = z.infer<(typeof Jobs)[N]['data']>;

export const QUEUE_NAMES = [...new Set(Object.values(Jobs).map((j) => j.queue))];

/** Stable job ids (BullMQ forbids ":" in them): a resend of the same outbox row merges with the job already queued. */
export const jobIdFor = {
  sendEmail: (d: JobData<'sendEmail'>) => `email-${d.messageId}`,
  courseCompleted: (d: JobData<'courseCompleted'>) => `course-completed-${d.enrolmentId}`,
  buildCertificateExport: (d: JobData<'buildCertificateExport'>) => `certificate-export-${d.exportId}`,
  // A regrade is a new job: the id carries the grading round, so it never merges with the first.
  gradeAttempt: (d: JobData<'gradeAttempt'>) => `grade-attempt-${d.attemptId}`,
  closeAttempt: (d: JobData<'closeAttempt'>) => `close-attempt-${d.attemptId}`,
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
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
