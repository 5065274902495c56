import type { RoundResultsView } from '@campus/contracts';
import { fixed, toCsv, type CsvFormat, type CsvValue } from '@campus/server-csv';
import { spread } from './results-math';
import { RESULTS_LABELS, longDate } from './results-pdf-labels';

/**
 * A round's results as a spreadsheet: one row per area (its pooled score, groups, spread, earlier
 * rounds and peer median), each followed by one row per statement, then the school's own
 * questions. A value the minimum group size hides is an empty cell, never a zero.
 */
export function resultsCsv(view: RoundResultsView, format: CsvFormat): string {
  const labels = RESULTS_LABELS[view.locale];
  const groups = view.respondents.byGroup.map((g) => g.group);
  const score = (v: number | null | undefined): CsvValue => fixed(v ?? null, 2);
  const header: CsvValue[] = [
    labels.area,
    labels.statement,
    labels.overall,
    ...groups.map((g) => labels.groups[g]),
    labels.spread,
    labels.doesNotApply,
    ...(view.areas[0]?.earlier ?? []).map(
      (e) => `${labels.earlier}: ${e.title} (${longDate(e.closedAt, view.locale)})`,
    ),
    labels.peerMedian,
  ];
  const rows: CsvValue[][] = [header];
  for (const area of view.areas) {
    rows.push([
      area.title,
      '',
      score(area.score),
      ...groups.map((g) => score(area.byGroup[g])),
      score(area.spread),
      '',
      ...area.earlier.map((e) => score(e.score)),
      score(area.peerMedian),
    ]);
    for (const s of area.statements)
      rows.push([
        area.title,
        s.text,
        score(s.score),
        ...groups.map((g) => score(s.byGroup[g])),
        score(spread(Object.values(s.byGroup))),
        s.score === null && s.doesNotApply === 0 ? '' : s.doesNotApply,
        ...area.earlier.map(() => ''),
        '',
      ]);
  }
  for (const q of view.customQuestions)
    rows.push([
      labels.customQuestion,
      q.text,
      score(q.score),
      ...groups.map((g) => score(q.byGroup[g])),
      score(spread(Object.values(q.byGroup))),
      '',
      ...(view.areas[0]?.earlier ?? []).map(() => ''),
      '',
    ]);
  return toCsv(rows, format);
}
