import { discrimination, facility } from './item-statistics';

describe('facility', () => {
  it('is the mean fraction', () => {
    expect(facility([1, 0, 0.5, 0.5])).toBe(0.5);
    expect(facility([1, 1, 1, 0])).toBe(0.75);
    expect(facility([0.2])).toBeCloseTo(0.2, 12);
  });

  it('is null without attempts', () => {
    expect(facility([])).toBeNull();
  });
});

describe('discrimination', () => {
  it('correlates the item with the rest of the test (hand-computed example)', () => {
    // Item x = [1, 0, 1, 0]; totals [4, 1, 3, 1] → rest y = [3, 1, 2, 1].
    // x̄ = 0.5, ȳ = 1.75; Σdxdy = 1.5, Σdx² = 1, Σdy² = 2.75 → r = 1.5 / √2.75.
    expect(discrimination([1, 0, 1, 0], [4, 1, 3, 1])).toBeCloseTo(1.5 / Math.sqrt(2.75), 12);
    expect(1.5 / Math.sqrt(2.75)).toBeCloseTo(0.9045, 4);
  });

  it('is 0 when the item is unrelated to the rest', () => {
    // Rest y = [2, 1, 1, 2]: Σdxdy = 0.25 − 0.25 − 0.25 + 0.25 = 0.
    expect(discrimination([1, 0, 1, 0], [3, 1, 2, 2])).toBeCloseTo(0, 12);
  });

  it('is negative when strong learners fail the item', () => {
    expect(discrimination([1, 0], [1, 5])).toBeCloseTo(-1, 12);
  });

  it('removes the item’s points, not its fraction, from point totals', () => {
    // itemPoints 2: rest = [5 − 2, 3 − 1, 1 − 0] = [3, 2, 1], perfectly aligned with [1, 0.5, 0].
    expect(discrimination([1, 0.5, 0], [5, 3, 1], 2)).toBeCloseTo(1, 12);
    // Counted as fractions (itemPoints 1) the rest would be [4, 2.5, 1]: still aligned.
    expect(discrimination([1, 0.5, 0], [5, 3, 1])).toBeCloseTo(1, 12);
    // Here removing the item is what makes the difference: the rest is constant.
    expect(discrimination([1, 0], [3, 1], 2)).toBeNull();
    expect(discrimination([1, 0], [3, 1])).toBeCloseTo(1, 12);
  });

  it('is null with fewer than 2 attempts or arrays of different lengths', () => {
    expect(discrimination([], [])).toBeNull();
    expect(discrimination([1], [3])).toBeNull();
    expect(discrimination([1, 0], [3])).toBeNull();
  });

  it('is null without variance in the item or in the rest', () => {
    expect(discrimination([1, 1, 1], [3, 2, 1])).toBeNull();
    expect(discrimination([1, 0], [2, 1])).toBeNull();
  });

  it('treats floating-point dust in the rest as no variance, not a perfect correlation', () => {
    const fractions = [0.1, 0.7, 0.3, 0.9, 0.45];
    const totals = fractions.map((f) => 5 + f * 7);
    // Every rest is 5, but not in floating point:
    expect(new Set(totals.map((t, i) => t - fractions[i] * 7)).size).toBeGreaterThan(1);
    expect(discrimination(fractions, totals, 7)).toBeNull();
  });
});
