import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Quizzes and certificates depend one way at most: quizzes raises `attemptRegraded` (an outbox
 * event) and certificates handles it; certificates takes the pure grading rules, never quiz code.
 */
const SERVER_LIBS = resolve(__dirname, '..', '..');

function sources(lib: string): { file: string; text: string }[] {
  const dir = join(SERVER_LIBS, lib, 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => ({ file: `${lib}/src/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return [...new Set(found)];
}

const importing = (lib: string, target: RegExp) =>
  sources(lib).flatMap(({ file, text }) =>
    importsOf(text)
      .filter((spec) => target.test(spec))
      .map((spec) => `${file} imports ${spec}`),
  );

describe('quizzes ↔ certificates boundary', () => {
  it('finds the imports it checks (the scan reads real sources)', () => {
    expect(importing('quizzes', /^@campus\/server-grading$/).length).toBeGreaterThan(0);
    expect(importing('certificates', /^@campus\/server-grading$/).length).toBeGreaterThan(0);
  });

  it('quizzes imports no certificates code', () => {
    expect(importing('quizzes', /^@campus\/server-certificates$|\/certificates\//)).toEqual([]);
  });

  it('certificates imports no quizzes code', () => {
    expect(importing('certificates', /^@campus\/server-quizzes$|\/quizzes\//)).toEqual([]);
  });

  it('quizzes never writes the certificates table', () => {
    const writes = sources('quizzes').filter(({ text }) =>
      /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+certificates\b/i.test(text),
    );
    expect(writes.map((w) => w.file)).toEqual([]);
    const entity = sources('quizzes').filter(({ text }) =>
      /\bCertificate\b[^'"]*from '@campus\/server-db'/.test(text),
    );
    expect(entity.map((w) => w.file)).toEqual([]);
  });
});

/**
 * Mobility raises `mobilityValidated` (an outbox event) and certificates issues the credential from
 * it: certificates may read mobility records and use its pure rules, never the other way round.
 */
describe('mobility → certificates boundary', () => {
  it('finds the imports it checks (the scan reads real sources)', () => {
    expect(importing('certificates', /^@campus\/server-mobility$/).length).toBeGreaterThan(0);
  });

  it('mobility imports no certificates code', () => {
    expect(importing('mobility', /^@campus\/server-certificates$|\/certificates\//)).toEqual([]);
  });

  it('mobility never writes the certificates table', () => {
    const writes = sources('mobility').filter(({ text }) =>
      /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+certificates\b/i.test(text),
    );
    expect(writes.map((w) => w.file)).toEqual([]);
  });

  it('certificates never writes mobility tables', () => {
    const writes = sources('certificates').filter(({ text }) =>
      /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+(mobilities|mentor_assessments|log_entries|learning_agreement_\w+)\b/i.test(
        text,
      ),
    );
    expect(writes.map((w) => w.file)).toEqual([]);
  });
});
