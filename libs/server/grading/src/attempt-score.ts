export interface ScoredItem {
  points: number;
  /** 0..1 of `points`; null while the item waits for a trainer (an essay). */
  fraction: number | null;
}

/**
 * percent = round2(100 × Σ(points × fraction) / Σ points), rounded half up to 2 decimals. While any
 * fraction is null the score is unknown: `{ percent: null, pending: true }`. With no points at all
 * (no items, or every item worth 0) there is nothing to earn and the percent is 0.
 */
export function attemptScore(items: readonly ScoredItem[]): { percent: number | null; pending: boolean } {
  if (items.some((item) => item.fraction === null)) return { percent: null, pending: true };
  const total = items.reduce((sum, item) => sum + item.points, 0);
  if (total <= 0) return { percent: 0, pending: false };
  const earned = items.reduce((sum, item) => sum + item.points * (item.fraction ?? 0), 0);
  // Rounding the percent in hundredths once, so 1/3 shows 33.33 and 2/3 shows 66.67.
  return { percent: Math.round((earned * 10_000) / total) / 100, pending: false };
}
