import cluster, { type Worker } from 'node:cluster';

/**
 * The api as several processes on one port (Node's cluster module): this primary only forks,
 * watches and stops the workers; it loads no Nest and opens no connection, so it stays a few MB.
 * Sessions, rate limits and login throttling live in PostgreSQL and Redis, and each process drops
 * its caches through the change feeds, so any process may answer any request.
 */

/** A worker exits with this code when its configuration is wrong: restarting it cannot help. */
export const CONFIG_ERROR_EXIT_CODE = 78;

/** How long the workers get to finish their requests and close their pools on SIGTERM. */
const STOP_GRACE_MS = 10_000;
/** A worker that served this long before it died starts its back-off afresh. */
const STABLE_AFTER_MS = 60_000;

/** Wait before the n-th restart in a row (0-based): 0.5 s doubling, at most 30 s. */
export function restartDelayMs(restartsInARow: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(restartsInARow, 10));
}

export interface ClusterOptions {
  processes: number;
  /** Where the primary's own lines go (the workers log through pino themselves). */
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

/** Log lines shaped like pino's, so the primary's few lines sit with the workers' in one stream. */
function jsonLine(level: 'info' | 'warn' | 'error', msg: string): void {
  const levels = { info: 30, warn: 40, error: 50 };
  const line = JSON.stringify({
    level: levels[level],
    time: Date.now(),
    pid: process.pid,
    role: 'api-primary',
    msg,
  });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

/**
 * Forks `processes` workers running this same script and keeps them running until SIGTERM/SIGINT.
 * A worker that dies before all have started, or on a configuration error, stops everything
 * (as a single process would exit); one that dies later is replaced, waiting longer after each
 * failure in a row so a crash loop does not spin.
 */
export function runPrimary({ processes, log = jsonLine }: ClusterOptions): void {
  let started = false;
  let stopping = false;
  let stopCode = 0;
  let restartsInARow = 0;
  const listening = new Set<number>();
  /** Workers not yet exited, by id, with when each was forked (cluster.workers may lag behind). */
  const bornAt = new Map<number, number>();

  const fork = (): void => {
    const worker = cluster.fork();
    bornAt.set(worker.id, Date.now());
  };

  const stop = (exitCode: number): void => {
    if (stopping) return;
    stopping = true;
    stopCode = exitCode;
    if (bornAt.size === 0) process.exit(exitCode);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && bornAt.has(w.id));
    log('info', `stopping ${workers.length} api process(es)`);
    // Nest's shutdown hooks run on SIGTERM in each worker: servers close, pools and queues close.
    for (const w of workers) w.process.kill('SIGTERM');
    setTimeout(() => {
      for (const w of workers) if (bornAt.has(w.id)) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS).unref();
  };

  cluster.on('listening', (worker) => {
    listening.add(worker.id);
    if (!started && listening.size === processes) {
      started = true;
      log('info', `api listening in ${processes} processes`);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const how = signal ?? `exit code ${code}`;
    const lived = Date.now() - (bornAt.get(worker.id) ?? Date.now());
    bornAt.delete(worker.id);
    listening.delete(worker.id);
    if (stopping) {
      log('info', `api process ${worker.process.pid} stopped (${how})`);
      if (bornAt.size === 0) process.exit(stopCode);
      return;
    }
    if (code === CONFIG_ERROR_EXIT_CODE) {
      log('error', `api process ${worker.process.pid} stopped on a configuration error; stopping the api`);
      stop(1);
      return;
    }
    if (!started) {
      log('error', `api process ${worker.process.pid} failed to start (${how}); stopping the api`);
      stop(1);
      return;
    }
    if (lived >= STABLE_AFTER_MS) restartsInARow = 0;
    const delay = restartDelayMs(restartsInARow++);
    log('warn', `api process ${worker.process.pid} died (${how}); starting another in ${delay} ms`);
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  for (let i = 0; i < processes; i++) fork();
}
