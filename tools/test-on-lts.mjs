#!/usr/bin/env node
// `npm run test:lts`: the suite on the current Node LTS line, whatever Node this machine has.
// The binary comes from the registry's node-<platform>-<arch> package (what the `node` package
// installs), into .data/node-lts/, never as a dependency of the repo: its bin would shadow the
// machine's node in every npm script. The command then runs with that binary first on PATH.
//   node tools/test-on-lts.mjs                       # `node tools/test-all.mjs` (npm test) on the LTS
//   node tools/test-on-lts.mjs node some-script.mjs  # any other command on the LTS
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** The Active LTS line (Node 26 since October 2026), at its newest release in the registry. */
export const LTS_VERSION = '26.10.0';

const root = resolve(import.meta.dirname, '..');
const prefix = join(root, '.data/node-lts', LTS_VERSION);
const pkg = `node-${process.platform}-${process.arch}`;
const binDir = join(prefix, 'node_modules', pkg, 'bin');
const log = (msg) => console.log(`[test:lts] ${msg}`);

if (!existsSync(join(binDir, 'node'))) {
  log(`installing Node ${LTS_VERSION} (${pkg}) into ${prefix}`);
  const r = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `${pkg}@${LTS_VERSION}`],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0 || !existsSync(join(binDir, 'node'))) {
    console.error(`[test:lts] could not install ${pkg}@${LTS_VERSION} from the npm registry`);
    process.exit(1);
  }
}

const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` };
const version = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
if (version !== `v${LTS_VERSION}`) {
  console.error(`[test:lts] expected node v${LTS_VERSION} first on PATH, found ${version || 'nothing'}`);
  process.exit(1);
}
const [cmd, ...args] = process.argv.length > 2 ? process.argv.slice(2) : ['node', 'tools/test-all.mjs'];
log(`${cmd} ${args.join(' ')} on node ${version}`);
const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
