/**
 * The rules of a round's results, free of the database: which groups show, which respondents the
 * overall score pools, means, spreads and medians. Scores are means of the scores given; a
 * "does not apply" (0) is never counted as a score.
 */

/** Scores given to a statement or an area by some respondents: their sum and how many. */
export interface Tally {
  sum: number;
  count: number;
}

export const EMPTY_TALLY: Tally = { sum: 0, count: 0 };

export function addTallies(...tallies: Tally[]): Tally {
  return tallies.reduce((a, b) => ({ sum: a.sum + b.sum, count: a.count + b.count }), EMPTY_TALLY);
}

export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** The mean score, 2 decimals; null when no score was given. */
export function mean(t: Tally): number | null {
  return t.count > 0 ? round2(t.sum / t.count) : null;
}

/** Highest minus lowest of the shown values; null with fewer than two of them. */
export function spread(values: readonly (number | null | undefined)[]): number | null {
  const shown = values.filter((v): v is number => typeof v === 'number');
  if (shown.length < 2) return null;
  return round2(Math.max(...shown) - Math.min(...shown));
}

/** The median, 2 decimals; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return round2(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

/** A group's results show once at least `minGroupSize` of its members answered. */
export function groupShown(respondents: number, minGroupSize: number): boolean {
  return respondents >= minGroupSize;
}

/**
 * The groups whose respondents the overall score pools, and whether it shows at all.
 *
 * Every respondent counts, unless the hidden groups together have between 1 and minGroupSize − 1
 * respondents: then the overall score minus the shown groups' scores would give away those few
 * people's answers, so only the shown groups are pooled. The overall score shows when the pooled
 * respondents reach minGroupSize.
 */
export function overallPool<G extends string>(
  respondents: ReadonlyMap<G, number>,
  minGroupSize: number,
): { groups: G[]; shown: boolean } {
  const all = [...respondents.keys()];
  const hidden = all.filter((g) => !groupShown(respondents.get(g) ?? 0, minGroupSize));
  const hiddenTotal = hidden.reduce((n, g) => n + (respondents.get(g) ?? 0), 0);
  const groups =
    hiddenTotal === 0 || hiddenTotal >= minGroupSize ? all : all.filter((g) => !hidden.includes(g));
  const pooled = groups.reduce((n, g) => n + (respondents.get(g) ?? 0), 0);
  return { groups, shown: pooled >= minGroupSize };
}

/** The overall mean of `tallies` (per group) over the pooled groups, or null when it is hidden. */
export function overallScore<G extends string>(
  tallies: ReadonlyMap<G, Tally>,
  pool: { groups: readonly G[]; shown: boolean },
): number | null {
  if (!pool.shown) return null;
  return mean(addTallies(...pool.groups.map((g) => tallies.get(g) ?? EMPTY_TALLY)));
}
