import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { Jobs, type JobName } from '@campus/contracts';
import {
  closeQueues,
  createQueues,
  JobHandlers,
  JobWorkers,
  OutboxService,
  QUEUES,
  type QueueMap,
} from '@campus/server-jobs';
import { SmtpCapture, TEST_REDIS_URL, uniqueRedisPrefix } from '@campus/server-testing';
import { startWorker, waitUntil, type TestWorker } from './support';

describe('job workers: one registry, one BullMQ set-up', () => {
  describe('the worker module', () => {
    const smtp = new SmtpCapture();
    let w: TestWorker;
    beforeAll(async () => {
      await smtp.listen();
      w = await startWorker({ SMTP_URL: smtp.url });
    });
    afterAll(async () => {
      await w.close();
      await smtp.close();
    });

    it('starts with a handler for every declared job', () => {
      const handlers = w.ctx.get(JobHandlers);
      expect((Object.keys(Jobs) as JobName[]).filter((j) => !handlers.has(j))).toEqual([]);
    });

    it('relays each job with the retries declared for it, not the e-mail ones', async () => {
      const outbox = new OutboxService();
      const enrolmentId = randomUUID();
      const exportId = randomUUID();
      await w.ds.transaction(async (m) => {
        await outbox.add(m, 'courseCompleted', { enrolmentId });
        await outbox.add(m, 'buildCertificateExport', { exportId });
      });
      const queues = w.ctx.get<symbol, QueueMap>(QUEUES);
      const relayed = async (queue: string, id: string) =>
        waitUntil(`job ${id}`, async () => (await queues.get(queue)!.getJob(id)) ?? null);
      const issue = await relayed('certificates', `course-completed-${enrolmentId}`);
      expect(issue.opts).toMatchObject({ attempts: 10, backoff: { type: 'exponential', delay: 1000 } });
      const build = await relayed('reports', `certificate-export-${exportId}`);
      expect(build.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 30_000 } });
      // The e-mail job keeps its own (the test environment shortens its backoff to 100 ms).
      await queues.enqueue('sendEmail', { messageId: randomUUID() });
      const mail = (await queues.get('email')!.getJobs(['waiting', 'active', 'completed']))[0];
      expect(mail.opts).toMatchObject({ attempts: 8, backoff: { type: 'exponential', delay: 100 } });
    });
  });

  describe('dispatch on a real queue', () => {
    const prefix = `${uniqueRedisPrefix('jobs')}:bull`;
    const calls: { job: string; attemptId: string }[] = [];
    const exhausted: { attemptId: string; error: string }[] = [];
    const failing = randomUUID();
    let queues: QueueMap;
    let workers: JobWorkers;

    beforeAll(() => {
      const handlers = new JobHandlers();
      handlers.register('gradeAttempt', {
        run: ({ attemptId }, job: Job) => {
          calls.push({ job: job.name, attemptId });
          return attemptId === failing
            ? Promise.reject(new Error('database away'))
            : Promise.resolve('graded');
        },
        exhausted: ({ attemptId }, error) =>
          Promise.resolve(exhausted.push({ attemptId, error: error.message })),
      });
      handlers.register('closeAttempt', ({ attemptId }, job) => {
        calls.push({ job: job.name, attemptId });
        return Promise.resolve('closed');
      });
      queues = createQueues({
        redisUrl: TEST_REDIS_URL,
        prefix,
        retry: { gradeAttempt: { attempts: 2, backoffMs: 20 } },
      });
      workers = new JobWorkers(
        {
          redisUrl: TEST_REDIS_URL,
          prefix,
          concurrency: { email: 1, grading: 2, certificates: 1, reports: 1, reminders: 1 },
          lockDurationMs: 5000,
          stalledIntervalMs: 5000,
          queues: ['grading'],
        },
        handlers,
      );
      workers.start();
    });
    afterAll(async () => {
      await workers.onApplicationShutdown();
      await closeQueues(queues);
    });

    const settled = (id: string) =>
      waitUntil(`job ${id} settled`, async () => {
        const state = await queues.get('grading')!.getJobState(id);
        return state === 'completed' || state === 'failed' ? queues.get('grading')!.getJob(id) : null;
      });

    it('hands each job of a queue its checked payload, by job name', async () => {
      const graded = randomUUID();
      const closed = randomUUID();
      await queues.enqueue('gradeAttempt', { attemptId: graded });
      await queues.enqueue('closeAttempt', { attemptId: closed });
      expect((await settled(`grade-attempt-${graded}`)).returnvalue).toBe('graded');
      expect((await settled(`close-attempt-${closed}`)).returnvalue).toBe('closed');
      expect(calls).toEqual(
        expect.arrayContaining([
          { job: 'grade-attempt', attemptId: graded },
          { job: 'close-attempt', attemptId: closed },
        ]),
      );
    });

    it('fails a bad payload or an unknown job at once, without retries, and keeps it', async () => {
      const grading = queues.get('grading')!;
      await grading.add('grade-attempt', { attemptId: 'not-a-uuid' }, { jobId: 'bad-payload', attempts: 5 });
      await grading.add('grade-everything', { attemptId: randomUUID() }, { jobId: 'unknown', attempts: 5 });
      const bad = await settled('bad-payload');
      expect(await bad.isFailed()).toBe(true);
      expect(bad.attemptsMade).toBe(1);
      expect(bad.failedReason).toContain('Bad payload for gradeAttempt');
      const unknown = await settled('unknown');
      expect(unknown.failedReason).toBe('Unknown job grade-everything on the grading queue');
      expect(calls.map((c) => c.attemptId)).not.toContain('not-a-uuid');
    });

    it('retries a failing job as declared, then calls its exhausted handler once', async () => {
      await queues.enqueue('gradeAttempt', { attemptId: failing });
      const job = await waitUntil('exhausted', async () => {
        const j = await settled(`grade-attempt-${failing}`);
        return (await j.isFailed()) && exhausted.length ? j : null;
      });
      expect(job.attemptsMade).toBe(2);
      expect(calls.filter((c) => c.attemptId === failing)).toHaveLength(2);
      expect(exhausted).toEqual([{ attemptId: failing, error: 'database away' }]);
    });
  });
});
