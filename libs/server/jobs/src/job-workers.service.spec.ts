import { Jobs, QUEUE_NAMES, type JobName } from '@campus/contracts';
import { JobHandlers } from './job-handlers';
import { JobWorkers, type JobWorkerSettings } from './job-workers.service';
import { jobRetry, queueSettingsFrom, retryOptions } from './queues';

const settings = (queues?: JobWorkerSettings['queues']): JobWorkerSettings => ({
  // Never reached: the check runs before any connection is made.
  redisUrl: 'redis://127.0.0.1:1',
  prefix: 'unit:bull',
  concurrency: { email: 1, grading: 1, certificates: 1, reports: 1, reminders: 1 },
  lockDurationMs: 1000,
  stalledIntervalMs: 1000,
  queues,
});

function handlersFor(jobs: JobName[]): JobHandlers {
  const handlers = new JobHandlers();
  for (const job of jobs) handlers.register(job, () => Promise.resolve());
  return handlers;
}

describe('JobWorkers start-up check', () => {
  const all = Object.keys(Jobs) as JobName[];

  it('refuses to start, naming the job, when a declared job of a served queue has no handler', () => {
    const workers = new JobWorkers(settings(), handlersFor(all.filter((j) => j !== 'closeAttempt')));
    expect(() => workers.start()).toThrow('No handler registered for job closeAttempt (queue grading)');
  });

  it('names every job without a handler', () => {
    const workers = new JobWorkers(settings(), handlersFor(['sendEmail']));
    const error = (() => {
      try {
        workers.start();
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    for (const job of all.filter((j) => j !== 'sendEmail')) expect(error).toContain(`job ${job} (`);
    expect(error).not.toContain('job sendEmail');
  });

  it('only asks for handlers of the queues this worker serves', () => {
    const workers = new JobWorkers(settings(['email']), handlersFor(['gradeAttempt']));
    expect(() => workers.start()).toThrow('job sendEmail (queue email)');
    expect(() => workers.start()).not.toThrow('gradeAttempt');
  });
});

describe('JobHandlers', () => {
  it('takes one handler per job', () => {
    const handlers = handlersFor(['sendEmail']);
    expect(() => handlers.register('sendEmail', () => Promise.resolve())).toThrow(
      'Job sendEmail already has a handler',
    );
  });

  it('refuses a job the registry does not declare', () => {
    expect(() => new JobHandlers().register('sendSms' as JobName, () => Promise.resolve())).toThrow(
      'Job sendSms is not declared',
    );
  });
});

describe('job retries', () => {
  it('are declared for every job, beside its payload', () => {
    for (const job of Object.values(Jobs)) {
      expect(job.retry.attempts).toBeGreaterThanOrEqual(1);
      expect(job.retry.backoffMs).toBeGreaterThan(0);
    }
    expect([...QUEUE_NAMES].sort()).toEqual(['certificates', 'email', 'grading', 'reminders', 'reports']);
  });

  it('differ per job, and the e-mail settings change only the e-mail job', () => {
    const { retry } = queueSettingsFrom({
      REDIS_URL: 'redis://x',
      REDIS_PREFIX: 'p',
      EMAIL_MAX_ATTEMPTS: 3,
      EMAIL_BACKOFF_MS: 50,
    });
    expect(retryOptions('sendEmail', retry)).toEqual({
      attempts: 3,
      backoff: { type: 'exponential', delay: 50 },
    });
    expect(jobRetry('gradeAttempt', retry)).toEqual(Jobs.gradeAttempt.retry);
    expect(jobRetry('buildCertificateExport', retry)).toEqual(Jobs.buildCertificateExport.retry);
    expect(jobRetry('buildCertificateExport', retry)).not.toEqual(jobRetry('sendEmail', retry));
  });

  it('keep the declared e-mail retry when the settings are not given', () => {
    const { retry } = queueSettingsFrom({ REDIS_URL: 'redis://x', REDIS_PREFIX: 'p' });
    expect(jobRetry('sendEmail', retry)).toEqual(Jobs.sendEmail.retry);
  });
});
