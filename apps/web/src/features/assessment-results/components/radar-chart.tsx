import { useTranslation } from 'react-i18next';
import { RADAR_SCALE_MAX, radarPoint, radarPolygonPoints, type RadarSeries } from '@campus/contracts';
import { Table } from '@campus/web-ui';
import { useScoreFormat } from '../hooks/use-score-format';

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 140;
/** Told apart by colour and by dash, so print in greyscale and colour-blind readers still can. */
const STYLES = [
  { colour: '#1f5f99', dash: undefined },
  { colour: '#c0392b', dash: '6 3' },
  { colour: '#2e7d32', dash: '2 3' },
  { colour: '#8e44ad', dash: '8 3 2 3' },
  { colour: '#d35400', dash: '4 4' },
  { colour: '#00838f', dash: '1 2' },
  { colour: '#6d4c41', dash: '10 4' },
  { colour: '#455a64', dash: '3 6' },
];

/**
 * The areas' scores as a radar chart in plain SVG: an axis per area (numbered as the area tables
 * are), rings 1 to 5, a polygon per series. The same figures are in the table beside it, which is
 * what assistive technology reads.
 */
export function RadarChart({
  areas,
  series,
}: {
  areas: readonly { key: string; title: string }[];
  series: readonly RadarSeries[];
}) {
  const { t } = useTranslation('results');
  const score = useScoreFormat();
  const n = areas.length;
  return (
    <div className="ui-grid" style={{ alignItems: 'start' }}>
      <figure style={{ margin: 0 }}>
        <svg
          role="img"
          aria-label={t('chart.label', { series: series.map((s) => s.label).join(', ') })}
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          width="100%"
          style={{ maxWidth: `${SIZE}px`, display: 'block' }}
        >
          {Array.from({ length: RADAR_SCALE_MAX }, (_, ring) => (
            <polygon
              key={ring}
              data-ring={ring + 1}
              points={radarPolygonPoints(Array<number>(n).fill(ring + 1), RADIUS, CENTRE, CENTRE)}
              fill="none"
              stroke="var(--c-border, #c9d3df)"
            />
          ))}
          {areas.map((area, i) => {
            const end = radarPoint(i, n, RADAR_SCALE_MAX, RADIUS, CENTRE, CENTRE);
            // Just outside the outer ring: the ring of a larger radius (values are kept on the scale).
            const label = radarPoint(i, n, RADAR_SCALE_MAX, RADIUS * 1.1, CENTRE, CENTRE);
            return (
              <g key={area.key}>
                <line x1={CENTRE} y1={CENTRE} x2={end.x} y2={end.y} stroke="var(--c-border, #c9d3df)" />
                <text
                  x={label.x}
                  y={label.y}
                  textAnchor="middle"
                  dominantBaseline="middle"
                  fontSize="13"
                  fill="var(--c-text)"
                >
                  <title>{area.title}</title>
                  {i + 1}
                </text>
              </g>
            );
          })}
          {series.map((s, i) => {
            const style = STYLES[i % STYLES.length];
            return (
              <polygon
                key={s.key}
                data-series={s.key}
                points={radarPolygonPoints(s.values, RADIUS, CENTRE, CENTRE)}
                fill={i === 0 ? style.colour : 'none'}
                fillOpacity={i === 0 ? 0.12 : undefined}
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash}
              />
            );
          })}
        </svg>
        <ul className="ui-muted" style={{ listStyle: 'none', padding: 0 }} aria-hidden="true">
          {series.map((s, i) => {
            const style = STYLES[i % STYLES.length];
            return (
              <li key={s.key}>
                <svg width="28" height="10" style={{ marginRight: '0.5rem' }}>
                  <line
                    x1="0"
                    y1="5"
                    x2="28"
                    y2="5"
                    stroke={style.colour}
                    strokeWidth={2}
                    strokeDasharray={style.dash}
                  />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      </figure>
      <Table
        caption={t('chart.tableCaption')}
        columns={[
          {
            key: 'area',
            header: t('table.area'),
            cell: (r: { i: number }) => `${r.i + 1}. ${areas[r.i].title}`,
          },
          ...series.map((s) => ({
            key: s.key,
            header: s.label,
            cell: (r: { i: number }) => score(s.values[r.i]),
          })),
        ]}
        rows={areas.map((_, i) => ({ i }))}
        rowKey={(r) => areas[r.i].key}
      />
    </div>
  );
}
