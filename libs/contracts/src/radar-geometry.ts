import type { RespondentGroup, RoundResultsView } from './self-assessment';

/**
 * The radar chart of a round's results, drawn twice: as SVG on the results page and as vector
 * graphics in the results PDF. Pure geometry and series, so both draw the same chart.
 */

/** The highest score of the scale; the chart's outer ring. */
export const RADAR_SCALE_MAX = 5;

/** One polygon of the radar chart: a value per area (null when hidden), in area order. */
export interface RadarSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

/**
 * Where `value` lies on axis `i` of `n`: the first axis points up, the others follow clockwise.
 * A hidden value (null) sits at the centre; values are kept on the scale (0 to the outer ring),
 * so a point beyond the ring (an axis label) is the outer ring of a larger `radius`.
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
  const r = (radius * Math.min(Math.max(value ?? 0, 0), RADAR_SCALE_MAX)) / RADAR_SCALE_MAX;
  return { x: round2(cx + r * Math.cos(angle)), y: round2(cy + r * Math.sin(angle)) };
}

/** An SVG `points` attribute for `values` on the chart. */
export function radarPolygonPoints(
  values: readonly (number | null)[],
  radius: number,
  cx: number,
  cy: number,
): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v, radius, cx, cy))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** The series' names in the reader's language. */
export interface RadarSeriesLabels {
  overall: string;
  group: (g: RespondentGroup) => string;
  earlier: (title: string) => string;
  peers: string;
}

/**
 * The chart's polygons: the overall score, each shown group, the latest earlier round and the
 * peer median (once shown). A series with nothing shown is left out.
 */
export function radarSeries(view: RoundResultsView, labels: RadarSeriesLabels): RadarSeries[] {
  const series: RadarSeries[] = [
    { key: 'overall', label: labels.overall, values: view.areas.map((a) => a.score) },
  ];
  for (const g of view.respondents.byGroup)
    if (g.shown)
      series.push({
        key: g.group,
        label: labels.group(g.group),
        values: view.areas.map((a) => a.byGroup[g.group] ?? null),
      });
  const latest = view.areas[0]?.earlier.at(-1);
  if (latest)
    series.push({
      key: 'earlier',
      label: labels.earlier(latest.title),
      values: view.areas.map((a) => a.earlier.at(-1)?.score ?? null),
    });
  if (view.peers.shown)
    series.push({ key: 'peers', label: labels.peers, values: view.areas.map((a) => a.peerMedian) });
  return series.filter((s) => s.values.some((v) => v !== null));
}

/** Two decimals: enough for a drawing, and short SVG attributes. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
