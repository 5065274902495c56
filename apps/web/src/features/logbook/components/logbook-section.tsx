import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useOrgLogbook } from '../hooks/use-logbook';
import { useLogbookFormat } from '../hooks/use-logbook-format';
import type { DayState } from '../lib/logbook-days';
import { EvidenceList } from './evidence-panel';
import { DayStateBadge, EntryContent } from './logbook-day';
import { LogbookTotals } from './logbook-totals';

/** The participant's logbook on the manager's record page: read-only, with the mentor's review. */
export function LogbookSection({ orgId, mobilityId }: { orgId: string; mobilityId: string }) {
  const { t } = useTranslation('logbook');
  const logbook = useOrgLogbook(orgId, mobilityId);
  const format = useLogbookFormat();
  return (
    <Card title={t('manager.title')}>
      <QueryState
        query={logbook}
        loadingLabel={t('loading')}
        isEmpty={(view) => view.entries.length === 0}
        empty={<EmptyState title={t('manager.emptyTitle')}>{t('manager.emptyBody')}</EmptyState>}
      >
        {(view) => (
          <div className="ui-stack">
            <LogbookTotals totals={view.totals} />
            <ol className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {view.entries.map((entry) => {
                const state: DayState = entry.mentor.status === 'pending' ? 'saved' : entry.mentor.status;
                return (
                  <li
                    key={entry.id}
                    aria-label={format.day(entry.date)}
                    className="ui-card"
                    style={{ padding: '1rem' }}
                  >
                    <div className="ui-stack" style={{ gap: '0.5rem' }}>
                      <div
                        className="ui-row"
                        style={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: '0.5rem' }}
                      >
                        <h3 style={{ fontSize: '1rem', margin: 0 }}>{format.day(entry.date)}</h3>
                        <DayStateBadge state={state} />
                      </div>
                      <EntryContent content={entry} outcomes={view.outcomes} />
                      {entry.mentor.comment && (
                        <p className="ui-prewrap" style={{ margin: 0 }}>
                          <strong>{t('day.mentorComment')}</strong> {entry.mentor.comment}
                        </p>
                      )}
                      {entry.mentor.reviewedAt && (
                        <p className="ui-muted" style={{ margin: 0 }}>
                          {t('manager.reviewedAt', { time: format.time(entry.mentor.reviewedAt) })}
                        </p>
                      )}
                      {entry.evidence.length > 0 && <EvidenceList evidence={entry.evidence} />}
                    </div>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </QueryState>
    </Card>
  );
}
