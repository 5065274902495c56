import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret in e-mailed links and refresh cookies. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a database leak hands out no usable links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
