import type { RoundResultsView } from '@campus/contracts';
import type { ResultsLabels } from './results-pdf-labels';

/** One polygon of the radar chart: a value (1-5, null when hidden) per area, in area order. */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/**
 * Where `value` (0-5) lies on axis `i` of `n`: the first axis points up, the others follow
 * clockwise. A hidden value (null) sits at the centre.
 */
export function radarPoint(
  i: number,
  n: number,
  value: number | null,
  radius: number,
  cx: number,
  cy: number,
): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (radius * (value ?? 0)) / 5;
  return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
}

/**
 * The chart's polygons: the overall score, each shown group, the latest earlier round and the
 * peer median. A series with no value shown is left out.
 */
export function radarSeries(view: RoundResultsView, labels: ResultsLabels): RadarSeries[] {
  const series: RadarSeries[] = [{ label: labels.overall, values: view.areas.map((a) => a.score) }];
  for (const g of view.respondents.byGroup)
    if (g.shown)
      series.push({
        label: labels.groups[g.group],
        values: view.areas.map((a) => a.byGroup[g.group] ?? null),
      });
  const latest = view.areas[0]?.earlier.at(-1);
  if (latest)
    series.push({
      label: `${labels.earlier}: ${latest.title}`,
      values: view.areas.map((a) => a.earlier.at(-1)?.score ?? null),
    });
  if (view.peers.shown)
    series.push({ label: labels.peerMedian, values: view.areas.map((a) => a.peerMedian) });
  return series.filter((s) => s.values.some((v) => v !== null));
}
