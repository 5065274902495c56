import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 20; // × 5 bits = 100 random bits
const GROUP = 4;

function group(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * A fresh verification code: 100 random bits as 20 Crockford base32 characters, grouped
 * `XXXX-XXXX-XXXX-XXXX-XXXX`. This grouped form is the canonical one: store it as is and look codes
 * up by {@link normaliseVerificationCode} of what people type.
 */
export function newVerificationCode(): string {
  // 256 is a multiple of 32, so the low 5 bits of each random byte are uniform.
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return group(code);
}

/**
 * The canonical (grouped, upper-case) form of a code as a person typed or pasted it, or null when
 * it cannot be one: case, spaces and hyphens are ignored, and I/L read as 1, O as 0.
 */
export function normaliseVerificationCode(input: string): string | null {
  if (input.length > 64) return null;
  const code = input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!ALPHABET.includes(char)) return null;
  return group(code);
}
