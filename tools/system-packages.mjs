// Debian packages that `npm test` needs and npm cannot provide: today only Chromium, which the
// browser tests launch (apps/web-e2e/playwright.config.ts). PDF text in tests comes from pdfjs-dist,
// so poppler-utils is no longer needed.
//   root:     `apt-get update` and `apt-get install` what is missing, once, saying so
//   not root: nothing is installed; the caller stops with a message naming the command to run
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const TEST_PACKAGES = [
  { pkg: 'chromium', path: '/usr/bin/chromium', why: 'the browser tests (Playwright)' },
];

const installCommand = (pkgs) =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkgs.join(' ')}`;

/**
 * Makes sure every package of `needs` is installed.
 * Returns { ok: true } or { ok: false, canInstall, message } (canInstall false: not root or no apt).
 */
export function ensureDebianPackages(needs, log, { isRoot = process.getuid?.() === 0 } = {}) {
  const missing = needs.filter((n) => !existsSync(n.path));
  if (missing.length === 0) return { ok: true };
  const pkgs = missing.map((n) => n.pkg);
  const why = missing.map((n) => `${n.pkg} (for ${n.why})`).join(', ');
  const command = installCommand(pkgs);
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      canInstall: false,
      message: hasApt
        ? `Missing Debian packages: ${why}. Install them as root, then run npm test again:\n  sudo sh -c '${command}'`
        : `Missing ${why}, and this machine has no apt-get: install ${pkgs.join(', ')} with its package manager (the tests expect ${missing.map((n) => n.path).join(', ')}).`,
    };
  }
  log(`installing missing Debian packages: ${why}`);
  log(`  ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env })
      : update;
  const still = missing.filter((n) => !existsSync(n.path));
  if (install.status !== 0 || still.length > 0) {
    return {
      ok: false,
      canInstall: true,
      message: `Could not install ${still.map((n) => n.pkg).join(', ') || pkgs.join(', ')} (apt-get exit ${install.status}).`,
    };
  }
  log(`installed ${pkgs.join(', ')}`);
  return { ok: true };
}
