import type { FocusAreasView, RoundResultsView } from '@campus/contracts';

/** Statements listed as the weakest of an area (lowest first). */
const WEAKEST_LISTED = 2;

/**
 * A round's framework areas as its results page shows them (scores pooled over the groups shown,
 * so nothing hidden by the minimum group size leaks), weakest first; areas without a score last.
 */
export function focusAreasOf(results: RoundResultsView): FocusAreasView {
  const areas = results.areas.map((area) => ({
    key: area.key,
    title: area.title,
    topic: area.topic,
    score: area.score,
    weakestStatements: area.statements
      .flatMap((s) => (s.score === null ? [] : [{ key: s.key, text: s.text, score: s.score }]))
      .sort((a, b) => a.score - b.score)
      .slice(0, WEAKEST_LISTED),
  }));
  areas.sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
  return {
    roundId: results.roundId,
    roundTitle: results.title,
    status: results.status,
    respondents: results.respondents.total,
    areas,
  };
}
