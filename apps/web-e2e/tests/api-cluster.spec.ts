import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { BUILT, createDatabase, deleteRedisKeys, migrate, serverEnv } from '../src/stack';
import { REPO_ROOT } from '../src/settings';

/**
 * The built api with API_PROCESSES=2, on its own port, database and Redis prefix (no browser):
 * two processes answer, one person's requests are served by both, a killed process is replaced
 * while requests go on, SIGTERM stops them all gracefully, and a configuration error stops the
 * start with its message. Which process answered comes from the api's own request log (pino
 * writes the pid on every line), so nothing user-facing carries it.
 */

interface LogLine {
  pid: number;
  msg?: string;
  role?: string;
  req?: { id: string };
}

interface Answer {
  status: number;
  body: string;
}

/** One request on a connection of its own: the primary hands each new connection to a worker in turn. */
function get(port: number, path: string, requestId: string, token?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    // A request that hangs fails here with its name instead of running the test into its timeout.
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer to ${path} (${requestId}) within 15 s`)));
    req.end();
  });
}

async function signIn(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'campus-demo-pass' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const childrenOf = (pid: number): number[] => {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
};
const alive = (pid: number): boolean =>
  existsSync(`/proc/${pid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

/** The api's output, line by line as JSON where it is JSON. */
class ApiOutput {
  readonly lines: LogLine[] = [];
  text = '';
  /** Set when the api has exited: waiting on it then fails at once, with its output. */
  exited: string | null = null;

  constructor(child: ChildProcess) {
    let partial = '';
    const take = (chunk: Buffer) => {
      this.text += chunk.toString();
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          // not JSON (a plain message): kept in `text`
        }
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
  }

  /** The pid of the process that logged the request with this id. */
  servedBy(requestId: string): number | undefined {
    return this.lines.find((l) => l.req?.id === requestId)?.pid;
  }
}

async function until<T>(
  what: string,
  probe: () => T | undefined | false,
  out?: ApiOutput,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    const tail = out?.text.slice(-3000) ?? '';
    if (out?.exited) throw new Error(`the api exited (${out.exited}) while waiting for ${what}:\n${tail}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${tail}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test.describe('the api in several processes', () => {
  test.skip(!existsSync(BUILT.api), 'needs the built server (node tools/build.mjs --server)');
  test.setTimeout(240_000);

  test('two processes serve, a killed one is replaced, SIGTERM stops all', async () => {
    const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const database = await createDatabase(`campus_e2e_cluster_${id}`);
    const redisPrefix = `campus-e2e-cluster-${id}`;
    const port = await freePort();
    let api: ChildProcess | undefined;
    try {
      migrate(database.url, { demoData: true });
      api = spawn(process.execPath, [BUILT.api], {
        cwd: REPO_ROOT,
        env: {
          ...serverEnv({ databaseUrl: database.url, redisPrefix, port }),
          API_PROCESSES: '2',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const primary = api.pid!;
      const out = new ApiOutput(api);
      api.once('exit', (code, signal) => (out.exited = `${signal ?? code}`));
      await until(
        'both api processes to listen',
        () => out.lines.some((l) => l.role === 'api-primary' && l.msg === 'api listening in 2 processes'),
        out,
      );
      const workers = childrenOf(primary);
      expect(workers).toHaveLength(2);

      let n = 0;
      const nextId = () => `cluster-${id}-${++n}`;
      const servedBy = async (ids: string[]) =>
        new Set(
          await until(
            'the request log',
            () => (ids.every((i) => out.servedBy(i)) ? ids.map((i) => out.servedBy(i)!) : false),
            out,
          ),
        );

      await test.step("one person's requests are answered by both processes", async () => {
        const token = await signIn(port, 'learner@demo.campus');
        const ids: string[] = [];
        for (let i = 0; i < 8; i++) {
          const rid = nextId();
          ids.push(rid);
          const res = await get(port, '/api/me', rid, token);
          expect(res.status, res.body).toBe(200);
          expect(JSON.parse(res.body)).toMatchObject({ email: 'learner@demo.campus' });
        }
        expect([...(await servedBy(ids))].sort()).toEqual([...workers].sort());
      });

      const [victim, survivor] = workers;
      await test.step('a killed process is replaced, and requests keep succeeding meanwhile', async () => {
        process.kill(victim, 'SIGKILL');
        await until('the killed process to be gone', () => !alive(victim));
        // Node's round-robin primary may still hand a new connection to a worker it has not yet
        // seen die, and that connection is never answered (a Node cluster limitation, ms long
        // normally, seconds on a starved machine): requests start once the primary has noticed.
        await until(
          'the primary to notice the death',
          () =>
            out.lines.some(
              (l) => l.role === 'api-primary' && l.msg?.startsWith(`api process ${victim} died`),
            ),
          out,
        );
        // Until its replacement listens the survivor takes every connection; then both again.
        const ids: string[] = [];
        let replacement: number | undefined;
        for (const deadline = Date.now() + 90_000; !replacement && Date.now() < deadline;) {
          const rid = nextId();
          ids.push(rid);
          const res = await get(port, '/api/ready', rid);
          expect(res.status, res.body).toBe(200);
          replacement = (await servedBy([rid])).values().next().value;
          if (replacement === survivor) replacement = undefined;
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(replacement, 'a replacement answers within 90 s').toBeDefined();
        expect([victim, survivor]).not.toContain(replacement);
        expect(childrenOf(primary).sort()).toEqual([survivor, replacement!].sort());
        expect(ids.length).toBeGreaterThan(1);
        expect(
          out.lines.some(
            (l) => l.role === 'api-primary' && l.msg?.startsWith(`api process ${victim} died (SIGKILL)`),
          ),
        ).toBe(true);
        expect(childrenOf(primary)).toHaveLength(2);
      });

      await test.step('SIGTERM on the primary stops every process gracefully, then the primary', async () => {
        const running = childrenOf(primary);
        const exit = new Promise<number | null>((r) => api!.once('exit', (code) => r(code)));
        api!.kill('SIGTERM');
        expect(await exit).toBe(0);
        for (const pid of running) expect(alive(pid)).toBe(false);
        // Nest's shutdown hooks ran in each (pools and queues closed), then re-raised the signal.
        for (const pid of running)
          expect(
            out.lines.some(
              (l) => l.role === 'api-primary' && l.msg === `api process ${pid} stopped (SIGTERM)`,
            ),
          ).toBe(true);
      });
    } finally {
      if (api && api.exitCode === null) api.kill('SIGKILL');
      await database.drop();
      await deleteRedisKeys(`${redisPrefix}:*`).catch(() => undefined);
    }
  });

  test('a configuration error stops the start with its message', async () => {
    const port = await freePort();
    const env = serverEnv({
      databaseUrl: 'postgres://127.0.0.1:1/none',
      redisPrefix: 'campus-e2e-config',
      port,
    });
    delete env.ACCESS_TOKEN_SECRET;
    const api = spawn(process.execPath, [BUILT.api], {
      cwd: REPO_ROOT,
      env: { ...env, API_PROCESSES: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = new ApiOutput(api);
    const code = await new Promise<number | null>((r) => api.once('exit', (c) => r(c)));
    expect(code).not.toBe(0);
    expect(out.text).toContain('ACCESS_TOKEN_SECRET');
    expect(childrenOf(api.pid!)).toEqual([]);
  });
});

test.describe('the api in several processes, when it cannot start', () => {
  test.skip(!existsSync(BUILT.api), 'needs the built server (node tools/build.mjs --server)');
  test.setTimeout(120_000);

  test('a process that fails to start stops them all instead of restarting in a loop', async () => {
    const port = await freePort();
    // A valid configuration whose database nobody listens on: each process gives up after TypeORM's retries.
    const env = serverEnv({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/none',
      redisPrefix: 'campus-e2e-boot',
      port,
    });
    const api = spawn(process.execPath, [BUILT.api], {
      cwd: REPO_ROOT,
      env: { ...env, API_PROCESSES: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = new ApiOutput(api);
    const code = await new Promise<number | null>((r) => api.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(out.lines.some((l) => l.role === 'api-primary' && /failed to start/.test(l.msg ?? ''))).toBe(true);
    expect(out.lines.some((l) => /starting another/.test(l.msg ?? ''))).toBe(false);
    expect(childrenOf(api.pid!)).toEqual([]);
  });
});
