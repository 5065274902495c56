import { gunzipSync, gzipSync } from 'node:zlib';
import { toDateTimeStamp, VC_V2_CONTEXT } from './open-badge-credential';

/**
 * W3C Bitstring Status List v1.0. The bitstring is GZIP-compressed, base64url-encoded without
 * padding and multibase-prefixed with `u`. Bit order: index 0 is the left-most (most significant)
 * bit of the first byte, index 7 the least significant bit of that byte, index 8 the left-most bit
 * of the second byte, and so on.
 */

/** The spec's minimum length (16 KiB of bits), which gives group privacy to every entry. */
export const MIN_STATUS_LIST_LENGTH = 131_072;

/** Refuses "compressed" lists that would inflate past 16 MiB (131 million entries). */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

export function encodeStatusList(revokedIndexes: Iterable<number>, length = MIN_STATUS_LIST_LENGTH): string {
  if (!(Number.isSafeInteger(length) && length > 0 && length % 8 === 0)) {
    throw new RangeError(`A status list length must be a positive multiple of 8 (got ${length})`);
  }
  const bits = new Uint8Array(length / 8);
  for (const index of revokedIndexes) {
    if (!(Number.isSafeInteger(index) && index >= 0 && index < length)) {
      throw new RangeError(`Status index ${index} is outside a list of ${length} entries`);
    }
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The uncompressed bitstring. Throws on anything that is not a multibase base64url GZIP stream. */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u') || !/^[A-Za-z0-9_-]+$/.test(encodedList.slice(1))) {
    throw new Error('encodedList must be multibase base64url (a "u" followed by base64url without padding)');
  }
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_DECODED_BYTES });
}

function bitAt(bits: Uint8Array, index: number): boolean {
  if (!(Number.isSafeInteger(index) && index >= 0 && index < bits.length * 8)) {
    throw new RangeError(`Status index ${index} is outside a list of ${bits.length * 8} entries`);
  }
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** Whether the entry at `index` is set (for a revocation list: revoked). Throws RangeError outside the list. */
export function isSet(encodedList: string, index: number): boolean {
  return bitAt(decodeStatusList(encodedList), index);
}

export interface BitstringStatusListCredential {
  '@context': [typeof VC_V2_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}

/** The document published at a certificate's `credentialStatus.statusListCredential` URL. */
export function buildStatusListCredential(input: {
  id: string;
  issuerId: string;
  encodedList: string;
  validFrom: Date | string;
}): BitstringStatusListCredential {
  return {
    '@context': [VC_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuerId,
    validFrom: toDateTimeStamp(input.validFrom),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: input.encodedList,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStatusListCredential(value: Record<string, unknown>): boolean {
  const subject = value.credentialSubject;
  const type = value.type;
  return (
    Array.isArray(type) &&
    type.includes('BitstringStatusListCredential') &&
    isRecord(subject) &&
    subject.type === 'BitstringStatusList' &&
    typeof subject.statusPurpose === 'string' &&
    typeof subject.encodedList === 'string'
  );
}
