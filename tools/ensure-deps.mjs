#!/usr/bin/env node
// Runs `npm install` when node_modules is missing or older than package.json / package-lock.json,
// so `npm start` and `npm test` work on a fresh clone with nothing before them.
// (npm install, not npm ci: the lockfile made here lacks other platforms' optional binaries.)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const marker = join(root, 'node_modules/.package-lock.json');
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

const installed = mtime(marker);
const wanted = Math.max(mtime(join(root, 'package.json')), mtime(join(root, 'package-lock.json')));
if (!installed || installed < wanted) {
  console.log(
    installed
      ? 'Dependencies changed: running npm install…'
      : 'First run: installing dependencies (npm install)…',
  );
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm install failed; see the output above.');
    process.exit(r.status ?? 1);
  }
}
