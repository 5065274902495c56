import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT } from 'jose';
import { signCredential, verifyCredentialJwt } from './credential-jwt';
import { buildOpenBadgeCredential } from './open-badge-credential';
import { generateSigningKey, jwks, type SigningKey } from './signing-keys';
import { sampleCredentialInput } from './test-samples';

describe('VC-JWT', () => {
  let key: SigningKey;
  let other: SigningKey;
  const credential = buildOpenBadgeCredential(sampleCredentialInput());
  const now = new Date('2026-06-01T00:00:00Z');

  beforeAll(async () => {
    [key, other] = await Promise.all([generateSigningKey(), generateSigningKey()]);
  });

  function flipPayloadCharacter(jwt: string): string {
    const [header, payload, signature] = jwt.split('.');
    const at = Math.floor(payload.length / 2);
    const replacement = payload[at] === 'A' ? 'B' : 'A';
    return [header, `${payload.slice(0, at)}${replacement}${payload.slice(at + 1)}`, signature].join('.');
  }

  it('signs the credential as the payload with iss, jti, nbf and sub, and verifies it', async () => {
    const jwt = await signCredential(credential, key);
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt' });
    expect(decodeJwt(jwt)).toEqual({
      ...credential,
      iss: credential.issuer.id,
      jti: credential.id,
      nbf: Date.parse('2026-03-03T10:15:30Z') / 1000,
      sub: credential.credentialSubject.id,
    });
    await expect(verifyCredentialJwt(jwt, jwks([other.publicJwk, key.publicJwk]), { now })).resolves.toEqual({
      ok: true,
      credential,
      kid: key.kid,
    });
  });

  it('gives the same JWT for the same credential and key (Ed25519 is deterministic)', async () => {
    expect(await signCredential(credential, key)).toBe(await signCredential(credential, key));
  });

  it('reports one changed payload character as a bad signature', async () => {
    const jwt = flipPayloadCharacter(await signCredential(credential, key));
    await expect(verifyCredentialJwt(jwt, jwks([key.publicJwk]), { now })).resolves.toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('reports a changed holder name, re-encoded cleanly, as a bad signature', async () => {
    const [header, payload, signature] = (await signCredential(credential, key)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.credentialSubject.name = 'Someone Else';
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    await expect(verifyCredentialJwt(forged, jwks([key.publicJwk]), { now })).resolves.toMatchObject({
      reason: 'bad_signature',
    });
  });

  it('reports a credential signed with a key outside the JWKS as unknown_key', async () => {
    const jwt = await signCredential(credential, other);
    await expect(verifyCredentialJwt(jwt, jwks([key.publicJwk]), { now })).resolves.toEqual({
      ok: false,
      reason: 'unknown_key',
    });
  });

  it('reports another key claiming a published kid as a bad signature', async () => {
    const jwt = await signCredential(credential, { privateJwk: other.privateJwk, kid: key.kid });
    await expect(verifyCredentialJwt(jwt, jwks([key.publicJwk]), { now })).resolves.toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('reports a credential valid only from the future as not_yet_valid (beyond a minute of skew)', async () => {
    const jwt = await signCredential(credential, key);
    const keys = jwks([key.publicJwk]);
    const before = (seconds: number) => new Date(Date.parse('2026-03-03T10:15:30Z') - seconds * 1000);
    await expect(verifyCredentialJwt(jwt, keys, { now: before(3600) })).resolves.toEqual({
      ok: false,
      reason: 'not_yet_valid',
    });
    await expect(verifyCredentialJwt(jwt, keys, { now: before(30) })).resolves.toMatchObject({ ok: true });
  });

  it('reports garbage, wrong algorithms and claims that disagree with the credential as malformed', async () => {
    const keys = jwks([key.publicJwk]);
    const privateKey = await importJWK(key.privateJwk, 'EdDSA');
    const signed = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', ...header })
        .sign(privateKey);
    const claims = {
      ...credential,
      iss: credential.issuer.id,
      jti: credential.id,
      nbf: 1,
      sub: credential.credentialSubject.id,
    };
    const cases = [
      '',
      'not a jwt',
      'a.b.c',
      await signed(claims, { typ: 'JWT' }),
      await signed({ ...claims, iss: 'https://evil.example/' }),
      await signed({ ...claims, jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }),
      await signed({ ...claims, sub: 'urn:uuid:someone-else' }),
      await signed({ ...claims, nbf: undefined }),
      await signed({ ...claims, type: ['VerifiableCredential'] }),
      await signed({ ...claims, '@context': ['https://www.w3.org/2018/credentials/v1'] }),
    ];
    for (const jwt of cases) {
      await expect(verifyCredentialJwt(jwt, keys, { now })).resolves.toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    await expect(verifyCredentialJwt(await signed(claims), keys, { now })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('never throws, even on a broken key set', async () => {
    const jwt = await signCredential(credential, key);
    const broken = [
      {} as never,
      { keys: 'nope' } as never,
      { keys: [null, { kid: key.kid, kty: 'OKP', crv: 'Ed25519', x: '!' }] } as never,
    ];
    for (const set of broken) {
      await expect(verifyCredentialJwt(jwt, set, { now })).resolves.toMatchObject({ ok: false });
    }
  });
});
