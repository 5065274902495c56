import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityReportRow } from '@campus/contracts';
import { countryName } from '../../../format/countries';
import { useNumberFormat } from '../hooks/use-number-format';

const ROW = 28;
const LABEL = 170;
const BARS = 360;
const VALUE = 70;

/**
 * Receiving countries as horizontal bars, longest first, in plain SVG. The bars show the number of
 * mobilities; the same figures (and days and hours) are in the table the view puts beside it, which
 * is what assistive technology reads.
 */
export function DestinationsChart({ rows }: { rows: readonly MobilityReportRow[] }) {
  const { t, i18n } = useTranslation('mobility-reports');
  const num = useNumberFormat();
  const titleId = useId();
  const lang = i18n.resolvedLanguage ?? 'en';
  const max = Math.max(1, ...rows.map((r) => r.mobilities));
  const height = rows.length * ROW;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption id={titleId} className="ui-card__title" style={{ fontSize: '1rem' }}>
        {t('chart.title')}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
        viewBox={`0 0 ${LABEL + BARS + VALUE} ${height}`}
        width="100%"
        style={{ maxWidth: `${LABEL + BARS + VALUE}px`, display: 'block' }}
      >
        <desc id={`${titleId}-desc`}>{t('chart.label')}</desc>
        {rows.map((r, i) => {
          const name = countryName(r.key, lang);
          const width = Math.max(2, Math.round((r.mobilities / max) * BARS));
          const y = i * ROW;
          return (
            <g key={r.key} data-country={r.key}>
              <title>{t('chart.bar', { country: name, count: num(r.mobilities) })}</title>
              <text
                x={LABEL - 8}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize="13"
                fill="var(--c-text)"
              >
                {name.length > 22 ? `${name.slice(0, 21)}…` : name}
              </text>
              <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} rx="3" fill="var(--c-primary)" />
              <text
                x={LABEL + width + 6}
                y={y + ROW / 2}
                dominantBaseline="middle"
                fontSize="13"
                fill="var(--c-text)"
              >
                {num(r.mobilities)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
