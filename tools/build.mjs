#!/usr/bin/env node
// Builds what `npm start` and the browser tests run:
//   --server  api, worker and tools/server → dist/server (swc: fast, keeps decorator metadata)
//   --web     the React app → dist/apps/web (Vite)
// With neither flag, both.
import { transformFile } from '@swc/core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const all = !args.has('--server') && !args.has('--web');

const SERVER_SOURCES = [
  'apps/api/src',
  'apps/worker/src',
  'libs/contracts/src',
  'libs/server',
  'tools/server',
];
const OUT = join(root, 'dist/server');

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(name) && !/\.(spec|e2e-spec|d)\.ts$/.test(name)) out.push(p);
  }
  return out;
}

export async function buildServer() {
  const started = Date.now();
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  rmSync(OUT, { recursive: true, force: true });
  const files = SERVER_SOURCES.flatMap((d) => sourceFiles(join(root, d)));
  await Promise.all(
    files.map(async (file) => {
      const { code, map } = await transformFile(file, {
        sourceMaps: true,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          baseUrl: root,
          paths: tsconfig.compilerOptions.paths,
        },
        module: { type: 'commonjs' },
      });
      const target = join(OUT, relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
      writeFileSync(`${target}.map`, map);
    }),
  );
  console.log(`server: ${files.length} files compiled to dist/server in ${Date.now() - started} ms`);
}

export function buildWeb() {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('web build failed');
  console.log('web: built to dist/apps/web');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (all || args.has('--server')) await buildServer();
  if (all || args.has('--web')) buildWeb();
}
