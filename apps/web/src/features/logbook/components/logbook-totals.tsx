import { useTranslation } from 'react-i18next';
import type { LogbookTotals as Totals } from '../lib/logbook-days';
import { useLogbookFormat } from '../hooks/use-logbook-format';

/** Days with an entry, hours and the mentor's confirmations, as three figures. */
export function LogbookTotals({ totals }: { totals: Pick<Totals, 'days' | 'hours' | 'confirmed'> }) {
  const { t } = useTranslation('logbook');
  const { number } = useLogbookFormat();
  const figures = [
    { key: 'days', term: t('totals.days'), value: number(totals.days) },
    { key: 'hours', term: t('totals.hours'), value: number(totals.hours) },
    { key: 'confirmed', term: t('totals.confirmed'), value: number(totals.confirmed) },
  ];
  return (
    <dl
      aria-label={t('totals.label')}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '0.5rem', margin: 0 }}
    >
      {figures.map((f) => (
        <div key={f.key} className="ui-card" style={{ padding: '0.5rem', textAlign: 'center' }}>
          {/* Long single words (Greek, Finnish, German) break rather than widen a 360 px screen. */}
          <dt className="ui-muted" style={{ fontSize: '0.85rem', overflowWrap: 'anywhere', hyphens: 'auto' }}>
            {f.term}
          </dt>
          <dd style={{ margin: 0, fontSize: '1.4rem', fontWeight: 700 }}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
