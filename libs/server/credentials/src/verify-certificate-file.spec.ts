import { renderCertificatePdf } from './certificate-pdf';
import { signCredential } from './credential-jwt';
import { buildOpenBadgeCredential } from './open-badge-credential';
import { generateSigningKey, jwks, type SigningKey } from './signing-keys';
import { buildStatusListCredential, encodeStatusList } from './status-list';
import { sampleCredentialInput, samplePdfData } from './test-samples';
import {
  looksLikeCompactJws,
  MAX_TEXT_CREDENTIAL_BYTES,
  readCredentialJwt,
  verifyCertificateFile,
  type StatusListFetcher,
} from './verify-certificate-file';

describe('verifyCertificateFile', () => {
  const input = sampleCredentialInput(); // status index 42 in https://campus.example/api/credentials/status/1
  const listUrl = input.statusListUrl;
  let key: SigningKey;
  let other: SigningKey;
  let jwt: string;
  let pdf: Buffer;
  let keys: ReturnType<typeof jwks>;

  const statusList = (revoked: number[]) =>
    buildStatusListCredential({
      id: listUrl,
      issuerId: 'https://campus.example',
      encodedList: encodeStatusList(revoked),
      validFrom: new Date(),
    });
  const serving =
    (body: unknown): StatusListFetcher =>
    (url) =>
      url === listUrl ? Promise.resolve(body) : Promise.reject(new Error(`404 ${url}`));

  beforeAll(async () => {
    [key, other] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    keys = jwks([key.publicJwk]);
    jwt = await signCredential(buildOpenBadgeCredential(input), key);
    pdf = await renderCertificatePdf(samplePdfData(jwt));
  });

  it('reads the credential from a PDF, a JWT file or JSON {"jwt"}', async () => {
    await expect(readCredentialJwt(pdf)).resolves.toBe(jwt);
    await expect(readCredentialJwt(Buffer.from(`${jwt}\n`))).resolves.toBe(jwt);
    await expect(readCredentialJwt(Buffer.from(`\uFEFF${JSON.stringify({ jwt })}`))).resolves.toBe(jwt);
    await expect(readCredentialJwt(Buffer.from('{"jwt": 1}'))).resolves.toBeNull();
    await expect(readCredentialJwt(Buffer.from('{broken'))).resolves.toBeNull();
    await expect(readCredentialJwt(Buffer.from('hello'))).resolves.toBeNull();
  });

  it('reads no credential whose header exceeds 2 KiB, nor a text file over the size cap', async () => {
    const [, payload, signature] = jwt.split('.');
    const header = (size: number) => 'e'.repeat(size);
    expect(looksLikeCompactJws(jwt)).toBe(true);
    expect(looksLikeCompactJws(`${header(2048)}.${payload}.${signature}`)).toBe(true);
    expect(looksLikeCompactJws(`${header(2049)}.${payload}.${signature}`)).toBe(false);
    await expect(
      readCredentialJwt(Buffer.from(`${header(2049)}.${payload}.${signature}`)),
    ).resolves.toBeNull();
    const padded = JSON.stringify({ jwt, padding: ' '.repeat(MAX_TEXT_CREDENTIAL_BYTES) });
    await expect(readCredentialJwt(Buffer.from(padded))).resolves.toBeNull();
  });

  it('accepts an authentic PDF offline, with what a checker reads', async () => {
    const result = await verifyCertificateFile(pdf, 'certificate.pdf', keys);
    expect(result).toMatchObject({
      verdict: 'valid',
      kid: key.kid,
      status: { state: 'not_checked' },
      summary: {
        holderName: 'Ελένη Παπαδοπούλου',
        achievementName: 'Formação em mobilidade',
        issuerName: 'Demo VET School',
        validFrom: '2026-03-03T10:15:30Z',
        learningOutcomes: ['Plan a job-shadowing week', 'Agree learning outcomes with a host mentor'],
      },
    });
  });

  it('accepts it online when its bit is clear, and reports it revoked when set', async () => {
    await expect(
      verifyCertificateFile(pdf, 'c.pdf', keys, serving(statusList([41, 43]))),
    ).resolves.toMatchObject({
      verdict: 'valid',
      status: { state: 'active', listUrl },
    });
    await expect(verifyCertificateFile(pdf, 'c.pdf', keys, serving(statusList([42])))).resolves.toMatchObject(
      {
        verdict: 'revoked',
        status: { state: 'revoked', listUrl },
      },
    );
  });

  it('checks a status list served as a VC-JWT against the same keys', async () => {
    const signedList = await signCredential(statusList([42]), key);
    await expect(verifyCertificateFile(pdf, 'c.pdf', keys, serving(signedList))).resolves.toMatchObject({
      verdict: 'revoked',
    });
    const forgedList = await signCredential(statusList([]), other);
    await expect(verifyCertificateFile(pdf, 'c.pdf', keys, serving(forgedList))).resolves.toMatchObject({
      verdict: 'status_unavailable',
      status: { state: 'unavailable', error: expect.stringContaining('unknown_key') },
    });
  });

  it('reports an unreachable or unusable status list as status_unavailable, not valid', async () => {
    const broken: unknown[] = [
      { hello: 'world' },
      'not json',
      {
        ...statusList([]),
        credentialSubject: { ...statusList([]).credentialSubject, statusPurpose: 'suspension' },
      },
      {
        ...statusList([]),
        credentialSubject: { ...statusList([]).credentialSubject, encodedList: encodeStatusList([], 16) },
      },
    ];
    for (const body of broken) {
      await expect(verifyCertificateFile(pdf, 'c.pdf', keys, serving(body))).resolves.toMatchObject({
        verdict: 'status_unavailable',
      });
    }
    await expect(
      verifyCertificateFile(pdf, 'c.pdf', keys, () => Promise.reject(new Error('ECONNREFUSED'))),
    ).resolves.toMatchObject({
      verdict: 'status_unavailable',
      status: { state: 'unavailable', listUrl, error: 'ECONNREFUSED' },
    });
  });

  it('reports a tampered credential, another key and an unreadable file', async () => {
    const [h, p, s] = jwt.split('.');
    const tampered = [h, `${p.slice(0, 10)}${p[10] === 'A' ? 'B' : 'A'}${p.slice(11)}`, s].join('.');
    await expect(verifyCertificateFile(Buffer.from(tampered), 'c.jwt', keys)).resolves.toEqual({
      verdict: 'invalid',
      reason: 'bad_signature',
    });
    const foreign = await signCredential(buildOpenBadgeCredential(input), other);
    await expect(
      verifyCertificateFile(Buffer.from(JSON.stringify({ jwt: foreign })), 'c.json', keys),
    ).resolves.toEqual({
      verdict: 'invalid',
      reason: 'unknown_key',
    });
    await expect(
      verifyCertificateFile(Buffer.from('%PDF-1.7\n%%EOF'), 'scan.pdf', keys),
    ).resolves.toMatchObject({
      verdict: 'unreadable',
      detail: expect.stringContaining('scan.pdf'),
    });
  });
});
