import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export type { JWK } from 'jose';

export interface SigningKey {
  /** RFC 7638 thumbprint of the public key: stable, so a key keeps its kid across restarts. */
  kid: string;
  publicJwk: JWK;
  privateJwk: JWK;
}

/** A fresh Ed25519 key pair for signing credentials (`alg: EdDSA`). */
export async function generateSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  const privateJwk = await exportJWK(privateKey);
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
    privateJwk: { ...privateJwk, kid, alg: 'EdDSA', use: 'sig' },
  };
}

const SEAL_VERSION = 'v1';
/** Binds the ciphertext to its purpose and format version: a blob sealed for something else fails. */
const SEAL_AAD = Buffer.from('campus:signing-key:v1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

function checkEncryptionKey(encryptionKey: Buffer): void {
  if (encryptionKey.length !== 32) {
    throw new Error(`The key-encryption key must be 32 bytes (got ${encryptionKey.length})`);
  }
}

/**
 * Encrypts a private JWK for storage (AES-256-GCM, random 96-bit IV):
 * `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export function sealPrivateKey(privateJwk: JWK, encryptionKey: Buffer): string {
  checkEncryptionKey(encryptionKey);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
  cipher.setAAD(SEAL_AAD);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(privateJwk), 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [SEAL_VERSION, iv, tag, ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Reverses {@link sealPrivateKey}. Throws on a wrong key, any altered byte, or an unknown format. */
export function openPrivateKey(sealed: string, encryptionKey: Buffer): JWK {
  checkEncryptionKey(encryptionKey);
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== SEAL_VERSION || !parts.slice(1).every((p) => BASE64URL.test(p))) {
    throw new Error('Not a sealed signing key (expected v1.<iv>.<tag>.<ciphertext>)');
  }
  const [iv, tag, ciphertext] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('Not a sealed signing key (bad IV or tag length)');
  }
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(SEAL_AAD);
  decipher.setAuthTag(tag);
  let plaintext: string;
  try {
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('The sealed signing key cannot be opened: wrong key-encryption key or altered data');
  }
  const jwk = JSON.parse(plaintext) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
    throw new Error('The sealed value is not an Ed25519 private key');
  }
  return jwk;
}

/** Public half of a JWK: whatever the input, `d` never reaches a published JWKS. */
function publicPart(jwk: JWK): JWK {
  const { kty, crv, x, kid } = jwk;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || typeof kid !== 'string') {
    throw new Error('A published key must be an Ed25519 public JWK with a kid');
  }
  return { kty, crv, x, kid, alg: 'EdDSA', use: 'sig' };
}

/** The JWKS document served at `/.well-known/jwks.json`: every key that may have signed a credential. */
export function jwks(publicJwks: JWK[]): { keys: JWK[] } {
  return { keys: publicJwks.map(publicPart) };
}
