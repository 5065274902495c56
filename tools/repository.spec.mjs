// What the repository promises about itself, kept true: its licence, the Node lines it supports,
// and a proxy in front of the api that lets through every upload the api accepts.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The majors named by an engines range such as "^20.19.0 || ^26.0.0". */
function engineMajors(range) {
  return range.split('||').map((part) => Number(/(\d+)/.exec(part)[1]));
}

describe('the repository', () => {
  it('ships the AGPL-3.0-or-later text that package.json declares', () => {
    expect(pkg.license).toBe('AGPL-3.0-or-later');
    const license = read('LICENSE');
    expect(license.startsWith('GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007')).toBe(true);
    expect(license).toContain('13. Remote Network Interaction; Use with the GNU General Public License.');
    expect(license).toContain('END OF TERMS AND CONDITIONS');
  });

  it('builds its images on the Node LTS line that test:lts runs, and engines names that line', () => {
    const image = /^ARG NODE_IMAGE=node:(\d+)-/m.exec(read('docker/Dockerfile'));
    expect(image).not.toBeNull();
    const imageMajor = Number(image[1]);
    const lts = /LTS_VERSION = '(\d+)\.\d+\.\d+'/.exec(read('tools/test-on-lts.mjs'));
    expect(Number(lts[1])).toBe(imageMajor);
    const majors = engineMajors(pkg.engines.node);
    expect(majors).toContain(imageMajor);
    // Node 20 stays supported for machines that still have it (CI runs it), and is no image's Node.
    expect(majors).toContain(20);
    expect(imageMajor).toBeGreaterThan(20);
  });

  it('lets the largest upload the api accepts through the proxy', () => {
    const files = read('libs/contracts/src/files.ts');
    const limits = [...files.matchAll(/maxBytes: (\d+) \* MB/g)].map((m) => Number(m[1]));
    expect(limits.length).toBeGreaterThanOrEqual(5);
    const largestMiB = Math.max(...limits);
    const proxy = /client_max_body_size (\d+)m;/.exec(read('docker/nginx.conf'));
    expect(proxy).not.toBeNull();
    // Above the largest file, for the multipart framing around it.
    expect(Number(proxy[1])).toBeGreaterThan(largestMiB);
  });

  it('needs no poppler-utils anywhere: tests read PDFs with pdfjs-dist', () => {
    expect(read('.ci/run')).not.toMatch(/poppler|pdftotext/);
    expect(pkg.devDependencies['pdfjs-dist']).toBeDefined();
  });
});
