import { drawRandom, shuffleWithSeed } from './seeded-shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const twenty = Array.from({ length: 20 }, (_, i) => `q${i}`);

describe('shuffleWithSeed', () => {
  it('gives the same order for the same seed, so a reload shows the same attempt', () => {
    expect(shuffleWithSeed(twenty, 'attempt-1')).toEqual(shuffleWithSeed(twenty, 'attempt-1'));
  });

  it('keeps the order of past releases: changing it would reorder attempts in progress', () => {
    expect(shuffleWithSeed(letters, 'attempt-1')).toEqual(['h', 'e', 'f', 'g', 'b', 'c', 'a', 'd']);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => shuffleWithSeed(twenty, seed).join()));
    expect(orders.size).toBe(5);
  });

  it('returns a permutation and leaves the input alone', () => {
    const input = [...twenty];
    const shuffled = shuffleWithSeed(input, 'x');
    expect(input).toEqual(twenty);
    expect(shuffled).not.toBe(input);
    expect([...shuffled].sort()).toEqual([...twenty].sort());
  });

  it('handles empty and single-item lists and repeated values', () => {
    expect(shuffleWithSeed([], 's')).toEqual([]);
    expect(shuffleWithSeed(['only'], 's')).toEqual(['only']);
    expect([...shuffleWithSeed([1, 1, 2], 's')].sort()).toEqual([1, 1, 2]);
  });

  it('makes every order about equally likely over many seeds', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffleWithSeed(['x', 'y', 'z'], `seed-${i}`).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Expected 1000 each; ±200 is more than 6 standard deviations (σ ≈ 29).
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(800);
      expect(count).toBeLessThan(1200);
    }
  });
});

describe('drawRandom', () => {
  const pool = Array.from({ length: 10 }, (_, i) => i + 1);

  it('draws n distinct items, the same ones for the same seed', () => {
    const drawn = drawRandom(pool, 4, 'quiz-7:attempt-3');
    expect(drawn).toHaveLength(4);
    expect(new Set(drawn).size).toBe(4);
    drawn.forEach((item) => expect(pool).toContain(item));
    expect(drawRandom(pool, 4, 'quiz-7:attempt-3')).toEqual(drawn);
  });

  it('draws differently for other seeds', () => {
    const draws = new Set(['s1', 's2', 's3', 's4'].map((seed) => drawRandom(pool, 4, seed).join()));
    expect(draws.size).toBe(4);
  });

  it('keeps the earlier draws when n grows', () => {
    expect(drawRandom(pool, 5, 'seed').slice(0, 3)).toEqual(drawRandom(pool, 3, 'seed'));
  });

  it('returns the whole pool, shuffled, when n exceeds it', () => {
    expect([...drawRandom(pool, 50, 'seed')].sort((a, b) => a - b)).toEqual(pool);
  });

  it('returns nothing for n ≤ 0 or NaN and rounds a fractional n down', () => {
    expect(drawRandom(pool, 0, 'seed')).toEqual([]);
    expect(drawRandom(pool, -3, 'seed')).toEqual([]);
    expect(drawRandom(pool, Number.NaN, 'seed')).toEqual([]);
    expect(drawRandom(pool, 2.9, 'seed')).toHaveLength(2);
    expect(drawRandom([], 3, 'seed')).toEqual([]);
  });
});
