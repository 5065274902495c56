import { randomBytes } from 'node:crypto';
import { statusListIndex } from './status-index';

describe('statusListIndex', () => {
  it.each([2, 7, 1000, 4096])('maps 0…%i-1 onto itself one to one', (length) => {
    const key = randomBytes(32);
    const seen = new Set(Array.from({ length }, (_, n) => statusListIndex(key, n, length)));
    expect(seen.size).toBe(length);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(length - 1);
  });

  it('scatters consecutive certificates across the list, differently for each key', () => {
    const length = 131072;
    const a = Array.from({ length: 20 }, (_, n) => statusListIndex(Buffer.alloc(32, 1), n, length));
    const b = Array.from({ length: 20 }, (_, n) => statusListIndex(Buffer.alloc(32, 2), n, length));
    expect(a).not.toEqual(b);
    expect(a).not.toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a.map((i) => Math.floor(i / 8192))).size).toBeGreaterThan(8);
  });

  it('is stable for a key, so a list can be rebuilt from its counter', () => {
    const key = randomBytes(32);
    expect(statusListIndex(key, 41, 131072)).toBe(statusListIndex(Buffer.from(key), 41, 131072));
  });

  it('refuses positions outside the list', () => {
    expect(() => statusListIndex(randomBytes(32), 10, 10)).toThrow(RangeError);
    expect(() => statusListIndex(randomBytes(32), -1, 10)).toThrow(RangeError);
  });
});
