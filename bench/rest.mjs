#!/usr/bin/env node
// `npm run bench:rest`: memory at rest. Starts the platform as `npm start` does (tools/start.mjs:
// build, migrations, demo data, api and worker) on its own port, database, Redis prefix, storage
// folder and mail-sink port, waits until /api/ready answers plus BENCH_REST_IDLE_SECONDS (15) of
// quiet, then sums the resident memory (VmRSS of /proc/<pid>/status) of every api process (the
// cluster primary and its workers) and of the worker. Target: under 300 MB together, with the
// default process count. BENCH_REST_PROCESSES (default "default,2") lists the API_PROCESSES
// settings to measure, one start each; the floor of the same run is an idle bare Node process.
// PSS (smaps_rollup) is reported beside RSS: RSS counts the Node binary's shared pages once per
// process, PSS shares them out. Writes bench/results/rest-*.json.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { openBenchStack, root, sleep, waitForUrl } from './support.mjs';

const TARGET_MB = 300;
const IDLE_SECONDS = Number(process.env.BENCH_REST_IDLE_SECONDS ?? 15);
const SETTINGS = (process.env.BENCH_REST_PROCESSES ?? 'default,2').split(',').map((s) => s.trim());
const log = (msg) => console.log(`[bench:rest] ${msg}`);

const mb = (kb) => Math.round((kb / 1024) * 10) / 10;

/** A status line of /proc/<pid>/status or smaps_rollup, in kB. */
function procKb(file, field) {
  const m = readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) : 0;
}

function memoryOf(pid, role) {
  return {
    role,
    pid,
    rssMb: mb(procKb(`/proc/${pid}/status`, 'VmRSS')),
    anonMb: mb(procKb(`/proc/${pid}/status`, 'RssAnon')),
    fileMb: mb(procKb(`/proc/${pid}/status`, 'RssFile')),
    pssMb: mb(procKb(`/proc/${pid}/smaps_rollup`, 'Pss')),
  };
}

const childrenOf = (pid) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
const commandOf = (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');

/** The api processes (primary first, then its cluster workers) and the worker under start.mjs. */
function platformProcesses(startPid) {
  const found = [];
  for (const pid of childrenOf(startPid)) {
    const cmd = commandOf(pid);
    if (cmd.includes('apps/worker/src/main.js')) found.push(memoryOf(pid, 'worker'));
    if (!cmd.includes('apps/api/src/main.js')) continue;
    const workers = childrenOf(pid);
    found.push(memoryOf(pid, workers.length ? 'api primary' : 'api'));
    for (const w of workers) found.push(memoryOf(w, 'api worker'));
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** RSS of an idle bare Node process: what each process costs before any code of ours loads. */
async function bareNodeMb() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await sleep(1000);
  const rss = memoryOf(child.pid, 'bare node');
  child.kill();
  return rss;
}

async function measure(stack, setting, logFile) {
  const [port, sinkPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    DATABASE_URL: stack.dbUrl,
    REDIS_URL: stack.redisUrl,
    REDIS_PREFIX: stack.prefix,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    MAIL_SINK_PORT: String(sinkPort),
    STORAGE_DIR: join(stack.dataDir, `bench-files-${stack.prefix}`),
    API_PROCESSES: setting === 'default' ? '' : setting,
  };
  const out = [];
  const start = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout.on('data', (d) => out.push(d));
  start.stderr.on('data', (d) => out.push(d));
  const exited = new Promise((r) => start.once('exit', r));
  try {
    await Promise.race([
      waitForUrl(`http://127.0.0.1:${port}/api/ready`, 300_000),
      exited.then(() => Promise.reject(new Error('tools/start.mjs exited before the api was ready'))),
    ]);
    log(`API_PROCESSES=${setting}: ready; idle for ${IDLE_SECONDS} s`);
    await sleep(IDLE_SECONDS * 1000);
    const processes = platformProcesses(start.pid);
    const sum = (k) => Math.round(processes.reduce((s, p) => s + p[k], 0) * 10) / 10;
    const apiProcesses = processes.filter((p) => p.role.startsWith('api') && p.role !== 'api primary').length;
    return { setting, apiProcesses, processes, totalRssMb: sum('rssMb'), totalPssMb: sum('pssMb') };
  } finally {
    start.kill('SIGTERM');
    await exited;
    writeFileSync(logFile, Buffer.concat(out));
  }
}

async function main() {
  const stack = await openBenchStack('rest', log);
  const at = new Date().toISOString();
  const stamp = at.replace(/[:.]/g, '-');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const runs = [];
  try {
    for (const setting of SETTINGS) {
      const run = await measure(stack, setting, join(root, `bench/results/rest-${stamp}-${setting}.log`));
      runs.push(run);
      for (const p of run.processes)
        log(
          `  ${p.role.padEnd(12)} pid ${p.pid}: RSS ${p.rssMb} MB (anon ${p.anonMb}, file ${p.fileMb}), PSS ${p.pssMb} MB`,
        );
      log(
        `API_PROCESSES=${setting} (${run.apiProcesses} serving): RSS ${run.totalRssMb} MB, PSS ${run.totalPssMb} MB`,
      );
    }
  } finally {
    await stack.close();
  }
  const floor = await bareNodeMb();
  const judged = runs.find((r) => r.setting === 'default') ?? runs[0];
  const met = judged.totalRssMb < TARGET_MB;
  const result = {
    at,
    node: process.version,
    cores: availableParallelism(),
    idleSeconds: IDLE_SECONDS,
    targetMb: TARGET_MB,
    floor: { bareNodeRssMb: floor.rssMb, bareNodePssMb: floor.pssMb },
    runs,
    target: { setting: judged.setting, totalRssMb: judged.totalRssMb, met },
  };
  const file = join(root, `bench/results/rest-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`floor: a bare idle Node process has RSS ${floor.rssMb} MB`);
  log(
    `api + worker at rest (API_PROCESSES=${judged.setting}): RSS ${judged.totalRssMb} MB < ${TARGET_MB} MB: target ${met ? 'MET' : 'MISSED'}`,
  );
  log(`results: ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
