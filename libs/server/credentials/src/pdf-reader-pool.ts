import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { PdfCredentialResult } from './pdf-credential-reader';
import type { PdfReaderRequest } from './pdf-reader.worker';

/**
 * Untrusted PDFs are parsed in worker threads, never on the event loop: a few at a time, each with
 * a bounded heap and a wall-clock limit after which the thread is terminated. Threads are reused
 * and end after a while idle; an idle thread never keeps the process alive.
 */
export const PDF_READER_POOL_LIMITS = {
  /**
   * Threads parsing at once: parallel uploads wait instead of multiplying memory, and at least one
   * core stays with the event loop (one thread on a 2-core machine, at most 4).
   */
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  /** Uploads waiting for a thread; beyond that the reader is busy (503 with Retry-After). */
  queue: 16,
  /** Wall-clock time for one PDF, after which its thread is terminated. */
  timeoutMs: 3000,
  idleMs: 30_000,
  resourceLimits: {
    maxOldGenerationSizeMb: 128,
    maxYoungGenerationSizeMb: 16,
    codeRangeSizeMb: 16,
    stackSizeMb: 4,
  } satisfies ResourceLimits,
} as const;

export class PdfReaderBusyError extends Error {
  constructor() {
    super('Too many files are being checked right now; try again in a few seconds.');
    this.name = 'PdfReaderBusyError';
  }
}

/**
 * Run from TypeScript sources (Jest, which compiles with swc in its own module system), the worker
 * entry is compiled the same way on the fly; the built server (`tools/build.mjs`) has a .js beside
 * this file and loads it directly.
 */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { transformSync } = Module.createRequire(workerData.entry)('@swc/core');
Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require(workerData.entry);
`;

export interface PdfReaderPoolLimits {
  threads: number;
  queue: number;
  timeoutMs: number;
  idleMs: number;
  resourceLimits: ResourceLimits;
}

function spawnReader(resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits };
  if (__filename.endsWith('.ts')) {
    return new Worker(TS_BOOTSTRAP, {
      ...options,
      eval: true,
      workerData: { entry: join(__dirname, 'pdf-reader.worker.ts') },
    });
  }
  return new Worker(join(__dirname, 'pdf-reader.worker.js'), options);
}

interface Job {
  pdf: Uint8Array;
  resolve: (result: PdfCredentialResult) => void;
}

/** One per process (see `readPdfCredentialOffThread`); other instances are for tests of the limits. */
export class PdfReaderPool {
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly waiting: Job[] = [];
  private running = 0;
  private nextId = 0;

  constructor(private readonly limits: PdfReaderPoolLimits = PDF_READER_POOL_LIMITS) {}

  read(pdf: Uint8Array): Promise<PdfCredentialResult> {
    return new Promise((resolve, reject) => {
      const job = { pdf, resolve };
      if (this.running < this.limits.threads) this.start(job);
      else if (this.waiting.length < this.limits.queue) this.waiting.push(job);
      else reject(new PdfReaderBusyError());
    });
  }

  private take(): Worker {
    const worker = this.idle.pop();
    if (!worker) {
      const spawned = spawnReader(this.limits.resourceLimits);
      // A thread that dies while idle (it should not) leaves the idle list.
      spawned.on('exit', () => this.forget(spawned));
      spawned.on('error', () => undefined);
      return spawned;
    }
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
    return worker;
  }

  private forget(worker: Worker): void {
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
  }

  private start(job: Job): void {
    this.running += 1;
    const worker = this.take();
    worker.ref();
    const id = ++this.nextId;
    let settled = false;

    const finish = (result: PdfCredentialResult, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) this.park(worker);
      else void worker.terminate();
      this.running -= 1;
      job.resolve(result);
      const next = this.waiting.shift();
      if (next) this.start(next);
    };
    const onMessage = (message: { id: number; result: PdfCredentialResult }) => {
      if (message.id === id) finish(message.result, true);
    };
    const onError = () => finish({ jwt: null, reason: 'reading it needed too much memory' }, false);
    const onExit = () => finish({ jwt: null, reason: 'the reader stopped' }, false);
    const timer = setTimeout(
      () => finish({ jwt: null, reason: 'reading it took too long' }, false),
      this.limits.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy of just these bytes (a Buffer may be a view into a larger shared pool), moved over.
    const pdf = new Uint8Array(job.pdf);
    const request: PdfReaderRequest = { id, pdf };
    worker.postMessage(request, [pdf.buffer]);
  }

  private park(worker: Worker): void {
    worker.unref();
    this.idle.push(worker);
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, this.limits.idleMs);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }
}

const pool = new PdfReaderPool();

/**
 * Reads the credential attachment of an untrusted PDF in a worker thread (see
 * `pdf-credential-reader.ts` for the caps). Rejects with `PdfReaderBusyError` when too many PDFs
 * are already waiting; otherwise never rejects.
 */
export function readPdfCredentialOffThread(pdf: Uint8Array): Promise<PdfCredentialResult> {
  return pool.read(pdf);
}
