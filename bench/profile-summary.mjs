#!/usr/bin/env node
// `node bench/profile-summary.mjs <file.cpuprofile> [more files…] [--top 25]`: where a V8 CPU
// profile's time went. Several files (e.g. one per api process) are summed. Prints the functions
// with the most self time, and the share by package family (typeorm, pg, fastify, @nestjs, logging,
// node internals, our code, …) two ways: self time (the frame on top of the stack) and inclusive
// time (a frame of that family anywhere on the stack, e.g. "under TypeORM"), and Node's internal
// work (socket writes…) by the package that asked for it. Figures are samples (1 ms of CPU each at
// the default interval). Idle time and the bench's own profiler (bench/cpu-profile-preload.cjs) are
// left out of every share. `summariseProfiles` is what bench:exam's burst mode puts in its JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Package families the shares are reported by; a package not listed counts as itself. */
const FAMILIES = [
  ['typeorm', /^typeorm$/],
  ['pg', /^(pg|pg-.+|postgres-.+|pgpass)$/],
  [
    'fastify',
    /^(fastify|@fastify\/.+|find-my-way|avvio|light-my-request|fast-json-stringify|fast-querystring|fast-uri|fast-decode-uri-component|fast-content-type-parse|secure-json-parse|toad-cache|process-warning|abstract-logging|rfdc|json-schema-ref-resolver|safe-regex2|ret)$/,
  ],
  ['@nestjs', /^(@nestjs\/.+|reflect-metadata|rxjs|tslib|path-to-regexp|iterare|uid)$/],
  [
    'logging',
    /^(pino|pino-.+|nestjs-pino|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep|on-exit-leak-free|safe-stable-stringify|real-require)$/,
  ],
  [
    'redis/bullmq',
    /^(ioredis|bullmq|@nest-lab\/.+|@ioredis\/.+|redis-.+|cluster-key-slot|denque|standard-as-callback|msgpackr.*)$/,
  ],
  ['zod', /^(zod|nestjs-zod)$/],
  ['jose', /^jose$/],
];

/** Which family a frame belongs to, and a finer name for it (the package, or our lib/app). */
export function classify(frame) {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(idle)') return { family: '(idle)', part: '(idle)' };
    if (functionName === '(garbage collector)') return { family: 'gc', part: 'gc' };
    if (functionName === '(program)') return { family: '(program)', part: '(program)' };
    if (functionName === '(root)') return { family: '(root)', part: '(root)' };
    return { family: 'node internals', part: 'native' };
  }
  // The bench's own profiler (an in-process inspector session) is not the api's work.
  if (url === 'node:inspector' || url.endsWith('/cpu-profile-preload.cjs'))
    return { family: '(profiler)', part: '(profiler)' };
  if (url.startsWith('node:')) return { family: 'node internals', part: url.slice(5).split('/')[0] };
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    const family = FAMILIES.find(([, re]) => re.test(pkg))?.[0] ?? pkg;
    return { family, part: pkg };
  }
  const ours = url.match(/\/dist\/server\/((?:apps|libs)\/(?:server\/)?[^/]+)/);
  if (ours) return { family: 'our code', part: ours[1] };
  return { family: 'other', part: url };
}

const pct = (n, d) => (d ? +((100 * n) / d).toFixed(1) : 0);

/** Sums `profiles` (parsed .cpuprofile objects) into shares and top lists. */
export function summariseProfiles(profiles, { top = 25 } = {}) {
  const self = new Map(); // function key → samples
  const familySelf = new Map();
  const partSelf = new Map();
  const familyInclusive = new Map();
  const internalsByOwner = new Map();
  const perProfile = [];
  let total = 0;
  let idle = 0;
  let profiler = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Families on each node's stack, memoised per node (stacks share their prefixes).
    const stackFamilies = new Map();
    const familiesOf = (id) => {
      let found = stackFamilies.get(id);
      if (found) return found;
      const up = parent.has(id) ? familiesOf(parent.get(id)) : new Set();
      found = new Set(up).add(classify(byId.get(id).callFrame).family);
      stackFamilies.set(id, found);
      return found;
    };
    // The nearest frame on the stack that is not Node's own: who asked for Node's internal work
    // (e.g. socket writes for pino's log lines or for Fastify's responses).
    const owners = new Map();
    const ownerOf = (id) => {
      if (owners.has(id)) return owners.get(id);
      const { family } = classify(byId.get(id).callFrame);
      const owner = !['node internals', '(root)', '(program)', 'gc'].includes(family)
        ? family
        : parent.has(id)
          ? ownerOf(parent.get(id))
          : 'event loop (no package on the stack)';
      owners.set(id, owner);
      return owner;
    };
    let inProfile = 0;
    // Each sample counts once, not by the time since the previous one: a process waiting for a
    // core on a busy machine takes its next sample late, and weighting by that gap would charge the
    // wait to whatever then runs. Samples are CPU time at the sampling interval (1 ms by default).
    const weight = 1;
    profile.samples.forEach((id) => {
      const frame = byId.get(id).callFrame;
      const { family, part } = classify(frame);
      if (family === '(idle)') {
        idle += weight;
        return;
      }
      if (familiesOf(id).has('(profiler)')) {
        profiler += weight;
        return;
      }
      total += weight;
      inProfile += weight;
      if (family === 'node internals') {
        const owner = ownerOf(id);
        internalsByOwner.set(owner, (internalsByOwner.get(owner) ?? 0) + weight);
      }
      const file = frame.url ? frame.url.replace(/^.*\/(node_modules|dist\/server)\//, '') : '';
      const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + weight);
      familySelf.set(family, (familySelf.get(family) ?? 0) + weight);
      partSelf.set(part, (partSelf.get(part) ?? 0) + weight);
      for (const f of familiesOf(id)) familyInclusive.set(f, (familyInclusive.get(f) ?? 0) + weight);
    });
    perProfile.push(inProfile);
  }
  const ranked = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, samples]) => ({ name, samples, percent: pct(samples, total) }));
  const ignoredInclusive = new Set(['(root)', '(program)', 'gc', '(idle)']);
  return {
    busySamples: total,
    idleSamples: idle,
    profilerSamples: profiler,
    busySamplesPerProfile: perProfile,
    selfByFamily: ranked(familySelf, 30),
    inclusiveByFamily: ranked(new Map([...familyInclusive].filter(([f]) => !ignoredInclusive.has(f))), 30),
    nodeInternalsByCaller: ranked(internalsByOwner, 15),
    selfByPackage: ranked(partSelf, top),
    topSelfFunctions: ranked(self, top),
  };
}

/** The summary as plain text tables. */
export function formatSummary(s) {
  const rows = (list) =>
    list.map((r) => `  ${String(r.percent).padStart(5)}%  ${String(r.samples).padStart(7)}  ${r.name}`);
  return [
    `${s.busySamples} busy samples (per process ${s.busySamplesPerProfile.join(', ')}; ${s.idleSamples} idle and ${s.profilerSamples} of the profiler itself left out); shares are of busy samples`,
    'self time by family:',
    ...rows(s.selfByFamily),
    'inclusive time by family (a frame of it anywhere on the stack):',
    ...rows(s.inclusiveByFamily),
    "node internals' self time by the nearest package on the stack that asked for it:",
    ...rows(s.nodeInternalsByCaller),
    'self time by package (our code by lib/app):',
    ...rows(s.selfByPackage),
    'top functions by self time:',
    ...rows(s.topSelfFunctions),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
  if (args.length === 0) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [more…] [--top 25]');
    process.exit(2);
  }
  const profiles = args.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  console.log(formatSummary(summariseProfiles(profiles, { top })));
}
