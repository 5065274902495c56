/**
 * Facility (difficulty) index: the mean fraction of the item over attempts, 0..1; null with no
 * attempts. Pass graded fractions only (leave out essays still waiting for a trainer).
 */
export function facility(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/**
 * Discrimination index: the Pearson correlation (point-biserial when the item scores 0 or 1)
 * between the item's fraction x and the rest-of-test score y = total − x × itemPoints over the same
 * attempts (the item is removed from the total so it does not correlate with itself):
 *
 *   r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² × Σ(y − ȳ)²)
 *
 * `totalScores[i]` is attempt i's total in points and `itemPoints` the item's worth (1 by default,
 * for totals counted in fractions). null when undefined: fewer than 2 attempts, arrays of different
 * lengths, or no variance in x or y (everyone scored the same).
 */
export function discrimination(
  itemFractions: readonly number[],
  totalScores: readonly number[],
  itemPoints = 1,
): number | null {
  const n = itemFractions.length;
  if (n < 2 || totalScores.length !== n) return null;
  const x = itemFractions;
  const y = totalScores.map((total, i) => total - x[i] * itemPoints);
  const meanX = mean(x);
  const meanY = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (isNoise(sxx, n, x) || isNoise(syy, n, y)) return null;
  // Rounding can push |r| a hair past 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * A spread this small is floating-point error from `total − fraction × points`, not a real
 * difference between attempts: treating it as variance would report a spurious ±1.
 */
function isNoise(sumOfSquares: number, n: number, values: readonly number[]): boolean {
  const scale = Math.max(1, ...values.map(Math.abs));
  return Math.sqrt(sumOfSquares / n) <= 1e-9 * scale;
}
