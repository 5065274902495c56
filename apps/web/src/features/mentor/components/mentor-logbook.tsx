import { useTranslation } from 'react-i18next';
import type { MentorMobilityView, MobilityStatus } from '@campus/contracts';
import { Card, EmptyState } from '@campus/web-ui';
import { MentorEntry } from './mentor-entry';

/** While the mentor may review entries, as the logbook allows (not before agreed, not after completion). */
const REVIEWABLE: readonly MobilityStatus[] = ['agreed', 'in_progress', 'completed'];

/** The participant's logbook, day by day, each entry to confirm or comment on. */
export function MentorLogbook({ token, view }: { token: string; view: MentorMobilityView }) {
  const { t } = useTranslation('mentor');
  const { entries, totals, outcomes } = view.logbook;
  const reviewable = REVIEWABLE.includes(view.mobility.status);
  return (
    <Card title={t('logbook.title')}>
      {entries.length === 0 ? (
        <EmptyState title={t('logbook.emptyTitle')}>{t('logbook.emptyBody')}</EmptyState>
      ) : (
        <div className="ui-stack">
          <p style={{ margin: 0 }}>
            {t('logbook.totals', { days: totals.days, hours: totals.hours, confirmed: totals.confirmed })}
          </p>
          {entries.map((entry) => (
            <MentorEntry
              key={entry.id}
              token={token}
              entry={entry}
              outcomes={outcomes}
              reviewable={reviewable}
            />
          ))}
        </div>
      )}
    </Card>
  );
}
