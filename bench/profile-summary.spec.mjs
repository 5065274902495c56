import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classify, formatSummary, summariseProfiles } from './profile-summary.mjs';

const app = 'file:///srv/campus/dist/server';
const nm = 'file:///srv/campus/node_modules';
const frame = (functionName, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

/**
 * (root) → Fastify's handler → our service → TypeORM → pg → Node's net → native writev, plus a
 * pino write, idle, GC and the bench's own profiler, with `samples` naming how often each is on top.
 */
function profile() {
  const nodes = [
    { id: 1, callFrame: frame('(root)'), children: [2, 8, 9, 10, 11] },
    { id: 2, callFrame: frame('runPreParsing', `${nm}/fastify/lib/route.js`), children: [3] },
    { id: 3, callFrame: frame('save', `${app}/libs/server/quizzes/src/attempts.service.js`), children: [4] },
    {
      id: 4,
      callFrame: frame('query', `${nm}/typeorm/driver/postgres/PostgresQueryRunner.js`),
      children: [5],
    },
    { id: 5, callFrame: frame('query', `${nm}/pg/lib/client.js`), children: [6] },
    { id: 6, callFrame: frame('Socket._writeGeneric', 'node:net'), children: [7] },
    { id: 7, callFrame: frame('writev') },
    { id: 8, callFrame: frame('(idle)') },
    { id: 9, callFrame: frame('(garbage collector)') },
    { id: 10, callFrame: frame('write', `${nm}/sonic-boom/index.js`), children: [12] },
    {
      id: 11,
      callFrame: frame('(anonymous)', 'file:///srv/campus/bench/cpu-profile-preload.cjs'),
      children: [13],
    },
    { id: 12, callFrame: frame('writeUtf8String') },
    { id: 13, callFrame: frame('dispatch') },
  ];
  const samples = [
    ...Array(4).fill(7), // writev under pg
    ...Array(2).fill(4), // TypeORM itself
    3, // our service
    2, // Fastify
    ...Array(5).fill(8), // idle
    9, // GC
    12, // pino's write
    ...Array(7).fill(13), // the profiler stopping
  ];
  // A late sample after a long wait must count once, like any other.
  return { nodes, samples, timeDeltas: samples.map((_, i) => (i === 0 ? 900_000 : 1000)) };
}

describe('profile-summary', () => {
  it('names the family and package of a frame', () => {
    expect(classify(frame('query', `${nm}/pg-protocol/dist/parser.js`))).toEqual({
      family: 'pg',
      part: 'pg-protocol',
    });
    expect(classify(frame('x', `${nm}/@nestjs/core/router/router-proxy.js`))).toEqual({
      family: '@nestjs',
      part: '@nestjs/core',
    });
    expect(classify(frame('x', `${nm}/@fastify/helmet/index.js`)).family).toBe('fastify');
    expect(classify(frame('x', `${app}/apps/api/src/main.js`))).toEqual({
      family: 'our code',
      part: 'apps/api',
    });
    expect(classify(frame('x', 'node:internal/streams/writable'))).toEqual({
      family: 'node internals',
      part: 'internal',
    });
    expect(classify(frame('writev')).family).toBe('node internals');
    expect(classify(frame('x', `${nm}/left-pad/index.js`))).toEqual({ family: 'left-pad', part: 'left-pad' });
  });

  it('shares busy samples by family, self and inclusive, leaving out idle time and the profiler', () => {
    const s = summariseProfiles([profile()]);
    expect(s.busySamples).toBe(10);
    expect(s.idleSamples).toBe(5);
    expect(s.profilerSamples).toBe(7);
    const share = (list, name) => list.find((r) => r.name === name)?.percent;
    expect(share(s.selfByFamily, 'node internals')).toBe(50); // writev ×4 + pino's writeUtf8String
    expect(share(s.selfByFamily, 'typeorm')).toBe(20);
    expect(share(s.selfByFamily, 'gc')).toBe(10);
    expect(share(s.inclusiveByFamily, 'typeorm')).toBe(60); // itself and the pg writes below it
    expect(share(s.inclusiveByFamily, 'fastify')).toBe(80);
    expect(share(s.inclusiveByFamily, 'our code')).toBe(70);
    expect(s.inclusiveByFamily.map((r) => r.name)).not.toContain('(profiler)');
    expect(s.nodeInternalsByCaller).toEqual([
      { name: 'pg', samples: 4, percent: 40 },
      { name: 'logging', samples: 1, percent: 10 },
    ]);
    expect(s.topSelfFunctions[0]).toEqual({ name: 'writev ', samples: 4, percent: 40 });
    expect(s.selfByPackage.find((r) => r.name === 'libs/server/quizzes')?.samples).toBe(1);
  });

  it('sums several processes and says how busy each was', () => {
    const s = summariseProfiles([profile(), profile()]);
    expect(s.busySamplesPerProfile).toEqual([10, 10]);
    expect(s.busySamples).toBe(20);
    expect(formatSummary(s)).toContain('20 busy samples (per process 10, 10;');
  });
});

describe('cpu-profile-preload', () => {
  it('profiles between two SIGURGs and writes the profile, leaving the process running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpu-profile-'));
    try {
      const child = spawn(
        process.execPath,
        [
          '--require',
          resolve(import.meta.dirname, 'cpu-profile-preload.cjs'),
          '-e',
          // Busy for a while so there is something to sample; says when it is ready for signals.
          `setInterval(() => { const end = Date.now() + 5; while (Date.now() < end); }, 10);
           process.stdout.write('ready\\n');`,
        ],
        { env: { ...process.env, CPU_PROFILE_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise((r) => child.stdout.once('data', r));
      child.kill('SIGURG');
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGURG');
      const deadline = Date.now() + 5000;
      while (readdirSync(dir).length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(child.exitCode).toBeNull();
      child.kill('SIGKILL');
      const files = readdirSync(dir);
      expect(files).toEqual([`api-${child.pid}-1.cpuprofile`]);
      const written = JSON.parse(readFileSync(join(dir, files[0]), 'utf8'));
      expect(written.samples.length).toBeGreaterThan(50);
      expect(summariseProfiles([written]).busySamples).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
