// Which processes serve the api, and how much CPU each part of the stack used during a burst.
import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds } from './support.mjs';

/** Pids whose parent is `pid` (from /proc). */
export function childPids(pid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.split(') ')[1].split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/**
 * The processes answering HTTP: the cluster's workers (children of the api pid), or the api
 * process itself when it runs alone. Waits until the count holds for a second, since workers
 * start one after another and /api/ready answers as soon as the first listens.
 */
export async function servingProcesses(apiPid) {
  let last = -1;
  let pids = [];
  for (let stableFor = 0; stableFor < 1000;) {
    pids = childPids(apiPid);
    stableFor = pids.length === last ? stableFor + 250 : 0;
    last = pids.length;
    await new Promise((r) => setTimeout(r, 250));
  }
  return pids.length ? { primary: apiPid, serving: pids } : { primary: null, serving: [apiPid] };
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (/proc/stat). */
function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4]; // idle + iowait
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

const safeCpu = (pid) => {
  try {
    return cpuSeconds(pid);
  } catch {
    return null;
  }
};

/** The PostgreSQL backends serving the bench's database (the api's and worker's pools). */
async function backendCpu(db) {
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return new Map(rows.map(({ pid }) => [pid, safeCpu(pid)]).filter(([, s]) => s !== null));
}

/**
 * A snapshot to compare with a later one: `cpuUse(before, after, seconds)` gives cores used by the
 * api (each serving process and the primary), the worker, the database's backends, the bench
 * itself and the whole machine (other helpers' work included: indicative).
 */
export async function cpuSnapshot({ db, api, workerPid }) {
  return {
    api: Object.fromEntries(
      [...api.serving, ...(api.primary ? [api.primary] : [])].map((p) => [p, safeCpu(p)]),
    ),
    worker: safeCpu(workerPid),
    postgres: await backendCpu(db),
    bench: process.cpuUsage(),
    machine: machineTicks(),
  };
}

export function cpuUse(before, after, seconds) {
  const cores = (s) => +(s / seconds).toFixed(2);
  const apiPerProcess = Object.fromEntries(
    Object.entries(after.api).map(([pid, s]) => [pid, cores((s ?? 0) - (before.api[pid] ?? 0))]),
  );
  let pgSeconds = 0;
  for (const [pid, s] of after.postgres) pgSeconds += s - (before.postgres.get(pid) ?? 0);
  const benchMicros = after.bench.user + after.bench.system - before.bench.user - before.bench.system;
  const machine = {
    busy: after.machine.busy - before.machine.busy,
    total: after.machine.total - before.machine.total,
  };
  return {
    apiCores: +Object.values(apiPerProcess)
      .reduce((a, b) => a + b, 0)
      .toFixed(2),
    apiPerProcess,
    workerCores: cores((after.worker ?? 0) - (before.worker ?? 0)),
    postgresCores: cores(pgSeconds),
    benchCores: cores(benchMicros / 1e6),
    machineBusyPercent: machine.total ? +((100 * machine.busy) / machine.total).toFixed(1) : null,
  };
}
