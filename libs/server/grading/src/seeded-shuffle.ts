import { createHash } from 'node:crypto';

/**
 * A deterministic shuffle: Fisher–Yates driven by sfc32, a small 128-bit-state PRNG whose state is
 * the first 16 bytes of sha256(seed). The same items and seed give the same order on every
 * machine and every run, so an attempt shows the same order after a reload; a different seed (for
 * example `${attemptId}:${questionId}`) gives an independent order. Not for secrets. The input is
 * not modified.
 */
export function shuffleWithSeed<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  const nextUint32 = sfc32(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = uniformBelow(i + 1, nextUint32);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * `n` distinct entries of `pool` (distinct by position), chosen and ordered by the seed: the first
 * `n` of `shuffleWithSeed(pool, seed)`. Drawing more than the pool holds returns the whole pool
 * shuffled; n ≤ 0 returns nothing. Growing `n` with the same seed keeps the earlier draws.
 */
export function drawRandom<T>(pool: readonly T[], n: number, seed: string): T[] {
  if (!(n > 0)) return [];
  return shuffleWithSeed(pool, seed).slice(0, Math.floor(n));
}

function sfc32(seed: string): () => number {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs still echo the seed bytes; sfc32's authors discard a few.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** An unbiased integer in [0, bound): rejection sampling drops the uneven top of the 2^32 range. */
function uniformBelow(bound: number, nextUint32: () => number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  let draw = nextUint32();
  while (draw >= limit) draw = nextUint32();
  return draw % bound;
}
