import { createHmac } from 'node:crypto';

const ROUNDS = 4;

/**
 * The status-list index of the `n`-th certificate of a list: a keyed pseudo-random permutation of
 * 0…length-1 (a balanced Feistel network over the smallest even number of bits that holds
 * `length`, cycle-walking past the end). Distinct `n` always give distinct indexes, and without
 * the list's key nobody can tell from an index when its certificate was issued.
 */
export function statusListIndex(key: Uint8Array, n: number, length: number): number {
  if (!Number.isInteger(length) || length < 2) throw new RangeError('length must be an integer >= 2');
  if (!Number.isInteger(n) || n < 0 || n >= length) throw new RangeError(`n must be in 0…${length - 1}`);
  let bits = Math.ceil(Math.log2(length));
  if (bits % 2) bits += 1;
  const half = bits / 2;
  const mask = (1 << half) - 1;
  let x = n;
  do {
    let left = x >>> half;
    let right = x & mask;
    for (let round = 0; round < ROUNDS; round += 1) {
      [left, right] = [right, (left ^ roundValue(key, round, right)) & mask];
    }
    x = (left << half) | right;
  } while (x >= length);
  return x;
}

function roundValue(key: Uint8Array, round: number, value: number): number {
  return createHmac('sha256', key).update(`${round}:${value}`).digest().readUInt32BE(0);
}
