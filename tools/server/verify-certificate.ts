import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { verifyCertificateFile, type CertificateFileCheck, type JWK } from '@campus/server-credentials';

const USAGE = `Usage: npm run verify -- <file.pdf|file.jwt|file.json> --jwks <jwks.json|https URL> [--offline]

Checks a Campus certificate: the PDF (its embedded credential.jwt), the credential as a VC-JWT, or
JSON {"jwt": "..."}. The signature is checked against the issuer's JWKS (a file, or the URL of
/.well-known/jwks.json); unless --offline, the revocation status is fetched from the credential's
status list. Exit code: 0 valid, 1 invalid or revoked (or status unavailable), 2 usage error.`;

const FETCH_TIMEOUT_MS = 10_000;

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; jwks: string; offline: boolean } | 'help' {
  let file: string | undefined;
  let jwks: string | undefined;
  let offline = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--offline') offline = true;
    else if (arg === '--jwks') jwks = argv[++i];
    else if (arg.startsWith('--jwks=')) jwks = arg.slice('--jwks='.length);
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`One file at a time (got ${file} and ${arg})`);
  }
  if (!file) throw new UsageError('Which file? Give a certificate PDF, a .jwt or a .json file.');
  if (!jwks)
    throw new UsageError('--jwks is required: a JWKS file or the issuer URL of /.well-known/jwks.json');
  return { file, jwks, offline };
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** GETs a URL: parsed JSON when the body is JSON, else the text (a status list may be a VC-JWT). */
async function fetchDocument(url: string): Promise<unknown> {
  if (!isHttpUrl(url)) throw new Error(`not an http(s) URL: ${url}`);
  const response = await fetch(url, {
    headers: { accept: 'application/vc+jwt, application/vc+ld+json, application/json;q=0.9, */*;q=0.1' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function loadJwks(source: string): Promise<{ keys: JWK[] }> {
  let document: unknown;
  try {
    document = isHttpUrl(source)
      ? await fetchDocument(source)
      : (JSON.parse(await readFile(source, 'utf8')) as unknown);
  } catch (err) {
    throw new UsageError(
      `Cannot read the JWKS from ${source}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new UsageError(`${source} is not a JWKS (no "keys" array)`);
  return { keys: keys as JWK[] };
}

const REASONS = {
  malformed: 'it is not a well-formed Campus credential',
  unknown_key: 'it was signed with a key the issuer does not publish (wrong issuer or forged)',
  bad_signature: 'its signature does not match its content (altered or forged)',
  not_yet_valid: 'it is not valid yet (validFrom is in the future)',
} as const;

/** Prints the outcome; returns the exit code. */
function report(result: CertificateFileCheck): number {
  switch (result.verdict) {
    case 'unreadable':
      console.log(`INVALID: ${result.detail}`);
      return 1;
    case 'invalid':
      console.log(`INVALID: ${REASONS[result.reason]} [${result.reason}]`);
      return 1;
    case 'valid':
    case 'revoked':
    case 'status_unavailable': {
      const { summary, status } = result;
      const heading = {
        valid: 'VALID',
        revoked: 'REVOKED',
        status_unavailable: 'SIGNATURE VALID, STATUS UNKNOWN',
      };
      console.log(heading[result.verdict]);
      console.log(`  Holder:       ${summary.holderName}`);
      console.log(`  Achievement:  ${summary.achievementName}`);
      console.log(`  Issuer:       ${summary.issuerName} (${summary.issuerId})`);
      console.log(`  Valid from:   ${summary.validFrom}`);
      console.log(`  Credential:   ${summary.id}, signed with key ${result.kid}`);
      switch (status.state) {
        case 'not_checked':
          console.log('  Status:       not checked (--offline)');
          break;
        case 'active':
          console.log(`  Status:       not revoked (${status.listUrl})`);
          break;
        case 'revoked':
          console.log(`  Status:       REVOKED by the issuer (${status.listUrl})`);
          break;
        case 'unavailable':
          console.log(
            `  Status:       could not be checked: ${status.error}; use --offline to check the signature alone`,
          );
          break;
      }
      return result.verdict === 'valid' ? 0 : 1;
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  let file: Buffer;
  try {
    file = await readFile(args.file);
  } catch (err) {
    throw new UsageError(`Cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const keySet = await loadJwks(args.jwks);
  const result = await verifyCertificateFile(
    file,
    basename(args.file),
    keySet,
    args.offline ? undefined : fetchDocument,
  );
  return report(result);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
