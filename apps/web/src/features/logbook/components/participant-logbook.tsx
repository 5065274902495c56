import { useTranslation } from 'react-i18next';
import type { LogbookView } from '@campus/contracts';
import { Alert, Spinner } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCurrentUser } from '../../auth';
import { logbookDays, logbookTotals, todayIn } from '../lib/logbook-days';
import { useMyLogbook } from '../hooks/use-logbook';
import { useLogbookFormat } from '../hooks/use-logbook-format';
import { useLogbookOutbox } from '../hooks/use-outbox';
import { LogbookDayCard } from './logbook-day';
import { LogbookTotals } from './logbook-totals';
import { OfflineBanner } from './offline-banner';

/**
 * The participant's logbook, made for a phone with a bad connection: every save goes to the
 * device's outbox first and is sent when Campus can be reached; the last logbook loaded is kept on
 * the device, so the page also opens without a connection.
 */
export function ParticipantLogbook({ mobilityId }: { mobilityId: string }) {
  const { t } = useTranslation('logbook');
  const user = useCurrentUser();
  const logbook = useMyLogbook(user.id, mobilityId);
  const outbox = useLogbookOutbox(user.id, mobilityId);
  const format = useLogbookFormat();
  const waiting = outbox.items.filter((i) => !i.error).length;
  const refused = outbox.items.length - waiting;

  const banner = (
    <OfflineBanner
      online={outbox.online}
      unreachable={outbox.unreachable}
      serverTrouble={outbox.serverTrouble}
      sending={outbox.sending}
      waiting={waiting}
      refused={refused}
      onSendNow={() => void outbox.flush()}
    />
  );

  if (!logbook.data) {
    return (
      <div className="ui-stack">
        {banner}
        {logbook.isError ? (
          <ProblemAlert error={logbook.error} />
        ) : logbook.fetchStatus === 'paused' ? (
          <Alert tone="warning">{t('notLoadedOffline')}</Alert>
        ) : (
          <Spinner label={t('loading')} block size="large" />
        )}
      </div>
    );
  }

  const view: LogbookView = logbook.data;
  const days = logbookDays(view, outbox.items);
  const today = todayIn(view.mobility.timeZone);
  // The device's copy is on screen while the server cannot be asked.
  const stale = logbook.isError || logbook.fetchStatus === 'paused' || !outbox.online;

  return (
    <div className="ui-stack" style={{ maxWidth: '40rem' }}>
      {banner}
      {stale && logbook.dataUpdatedAt > 0 && (
        <p className="ui-muted" style={{ margin: 0 }}>
          {t('cachedAt', { time: format.time(new Date(logbook.dataUpdatedAt).toISOString()) })}
        </p>
      )}
      <LogbookTotals totals={logbookTotals(days)} />
      <ol
        aria-label={t('days.label')}
        className="ui-stack"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {days.map((day) => (
          <li key={day.date}>
            <LogbookDayCard
              mobilityId={mobilityId}
              day={day}
              today={day.date === today}
              outcomes={view.outcomes}
              online={outbox.online}
              entryIdFor={(date) => outbox.outbox.entryIdFor(date, view.entries)}
              onSave={outbox.save}
              onDiscard={outbox.discard}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
