import { gunzipSync } from 'node:zlib';
import {
  buildStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  isSet,
  MIN_STATUS_LIST_LENGTH,
} from './status-list';

describe('Bitstring Status List', () => {
  it('puts index 0 in the left-most bit of the first byte (hand-computed 16-entry list)', () => {
    // Indexes 0, 9 and 15 → 1000 0000 | 0100 0001 → 0x80 0x41.
    const encoded = encodeStatusList([0, 9, 15], 16);
    expect(encoded[0]).toBe('u');
    const gzip = Buffer.from(encoded.slice(1), 'base64url');
    expect([...gzip.subarray(0, 2)]).toEqual([0x1f, 0x8b]); // a GZIP member, not raw deflate
    expect([...gunzipSync(gzip)]).toEqual([0x80, 0x41]);
    expect([...decodeStatusList(encoded)]).toEqual([0x80, 0x41]);
    const set = Array.from({ length: 16 }, (_, i) => i).filter((i) => isSet(encoded, i));
    expect(set).toEqual([0, 9, 15]);
  });

  it('reads the all-clear 16 KiB list of the W3C specification example', () => {
    const example = 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';
    expect(decodeStatusList(example)).toHaveLength(16_384);
    expect(isSet(example, 0)).toBe(false);
    expect(isSet(example, 131_071)).toBe(false);
  });

  it('defaults to the specification minimum of 131,072 entries and sets the first and last', () => {
    const encoded = encodeStatusList([0, 4242, MIN_STATUS_LIST_LENGTH - 1]);
    expect(decodeStatusList(encoded)).toHaveLength(16_384);
    expect(isSet(encoded, 0)).toBe(true);
    expect(isSet(encoded, 1)).toBe(false);
    expect(isSet(encoded, 4241)).toBe(false);
    expect(isSet(encoded, 4242)).toBe(true);
    expect(isSet(encoded, MIN_STATUS_LIST_LENGTH - 2)).toBe(false);
    expect(isSet(encoded, MIN_STATUS_LIST_LENGTH - 1)).toBe(true);
    expect(encoded.length).toBeLessThan(200); // compresses: safe to publish and cache
  });

  it('accepts any iterable, including duplicates', () => {
    const encoded = encodeStatusList(new Set([3, 3, 8]), 16);
    expect([...decodeStatusList(encoded)]).toEqual([0x10, 0x80]);
  });

  it('refuses indexes and lengths outside the list', () => {
    expect(() => encodeStatusList([16], 16)).toThrow(RangeError);
    expect(() => encodeStatusList([-1], 16)).toThrow(RangeError);
    expect(() => encodeStatusList([1.5], 16)).toThrow(RangeError);
    expect(() => encodeStatusList([], 12)).toThrow(RangeError);
    const encoded = encodeStatusList([], 16);
    expect(() => isSet(encoded, 16)).toThrow(RangeError);
    expect(() => isSet(encoded, -1)).toThrow(RangeError);
  });

  it('refuses encodings that are not multibase base64url GZIP', () => {
    const plain = encodeStatusList([1], 16).slice(1);
    expect(() => decodeStatusList(plain)).toThrow(/multibase/);
    expect(() => decodeStatusList('u!!!!')).toThrow(/multibase/);
    expect(() => decodeStatusList(`u${Buffer.from('not gzip').toString('base64url')}`)).toThrow();
  });

  it('builds the BitstringStatusListCredential published at the list URL', () => {
    const encodedList = encodeStatusList([42]);
    expect(
      buildStatusListCredential({
        id: 'https://campus.example/api/credentials/status/1',
        issuerId: 'https://campus.example',
        encodedList,
        validFrom: new Date('2026-03-03T10:15:30.999Z'),
      }),
    ).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://campus.example/api/credentials/status/1',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'https://campus.example',
      validFrom: '2026-03-03T10:15:30Z',
      credentialSubject: {
        id: 'https://campus.example/api/credentials/status/1#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList,
      },
    });
  });
});
