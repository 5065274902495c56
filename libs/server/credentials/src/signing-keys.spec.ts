import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import { generateSigningKey, jwks, openPrivateKey, sealPrivateKey } from './signing-keys';

describe('signing keys', () => {
  it('generates an Ed25519 pair whose kid is the RFC 7638 thumbprint of the public key', async () => {
    const key = await generateSigningKey();
    expect(key.publicJwk).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      kid: key.kid,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(key.publicJwk.d).toBeUndefined();
    expect(key.privateJwk.d).toEqual(expect.any(String));
    expect(key.privateJwk.x).toBe(key.publicJwk.x);
    expect(key.kid).toBe(
      await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x }, 'sha256'),
    );
    expect((await generateSigningKey()).kid).not.toBe(key.kid);
  });

  describe('sealing the private key', () => {
    const encryptionKey = randomBytes(32);

    it('round-trips, with a fresh IV each time', async () => {
      const { privateJwk } = await generateSigningKey();
      const a = sealPrivateKey(privateJwk, encryptionKey);
      const b = sealPrivateKey(privateJwk, encryptionKey);
      expect(a).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
      expect(a).not.toBe(b);
      expect(a).not.toContain(privateJwk.d);
      expect(openPrivateKey(a, encryptionKey)).toEqual(privateJwk);
      expect(openPrivateKey(b, encryptionKey)).toEqual(privateJwk);
    });

    it('refuses a wrong key-encryption key', async () => {
      const sealed = sealPrivateKey((await generateSigningKey()).privateJwk, encryptionKey);
      expect(() => openPrivateKey(sealed, randomBytes(32))).toThrow(/cannot be opened/);
    });

    it('refuses any flipped byte of the IV, tag or ciphertext', async () => {
      const sealed = sealPrivateKey((await generateSigningKey()).privateJwk, encryptionKey);
      const [version, ...parts] = sealed.split('.');
      for (let part = 0; part < 3; part += 1) {
        const bytes = Buffer.from(parts[part], 'base64url');
        for (const at of [0, bytes.length - 1]) {
          const flipped = Buffer.from(bytes);
          flipped[at] ^= 0x01;
          const tampered = [
            version,
            ...parts.map((p, i) => (i === part ? flipped.toString('base64url') : p)),
          ].join('.');
          expect(() => openPrivateKey(tampered, encryptionKey)).toThrow();
        }
      }
    });

    it('refuses unknown versions, malformed strings and short keys', async () => {
      const sealed = sealPrivateKey((await generateSigningKey()).privateJwk, encryptionKey);
      expect(() => openPrivateKey(sealed.replace(/^v1/, 'v2'), encryptionKey)).toThrow(/Not a sealed/);
      expect(() => openPrivateKey('v1.abc', encryptionKey)).toThrow(/Not a sealed/);
      expect(() => openPrivateKey(`${sealed}=`, encryptionKey)).toThrow(/Not a sealed/);
      expect(() => sealPrivateKey({ kty: 'OKP' }, randomBytes(16))).toThrow(/32 bytes/);
      expect(() => openPrivateKey(sealed, randomBytes(31))).toThrow(/32 bytes/);
    });
  });

  it('publishes only public halves in the JWKS', async () => {
    const [a, b] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    const set = jwks([a.publicJwk, b.privateJwk]);
    expect(set.keys).toEqual([
      { kty: 'OKP', crv: 'Ed25519', x: a.publicJwk.x, kid: a.kid, alg: 'EdDSA', use: 'sig' },
      { kty: 'OKP', crv: 'Ed25519', x: b.publicJwk.x, kid: b.kid, alg: 'EdDSA', use: 'sig' },
    ]);
    expect(JSON.stringify(set)).not.toContain(b.privateJwk.d);
    expect(() => jwks([{ kty: 'RSA', n: 'x', e: 'AQAB', kid: 'r' }])).toThrow(/Ed25519/);
  });
});
