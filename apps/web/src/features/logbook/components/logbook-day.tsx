import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedOutcome } from '@campus/contracts';
import { Badge, Button, type BadgeTone } from '@campus/web-ui';
import { ApiError, type ClientErrorCode } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import type { DayState, LogbookDay } from '../lib/logbook-days';
import { formValuesOf } from '../lib/logbook-form';
import type { LogEntryBody, OutboxError } from '../lib/logbook-outbox';
import { useLogbookFormat } from '../hooks/use-logbook-format';
import { EntryForm } from './entry-form';
import { EvidencePanel } from './evidence-panel';

const TONES: Record<DayState, BadgeTone> = {
  missing: 'neutral',
  saved: 'info',
  waiting: 'warning',
  refused: 'danger',
  confirmed: 'success',
  commented: 'warning',
};

/** The server's refusal, kept in the outbox, shown like any other API error. */
function refusal(error: OutboxError): ApiError {
  return new ApiError({ status: error.status, code: error.code as ClientErrorCode, detail: error.message });
}

export function DayStateBadge({ state }: { state: DayState }) {
  const { t } = useTranslation('logbook');
  return <Badge tone={TONES[state]}>{t(`state.${state}`)}</Badge>;
}

/** What an entry says: hours, activities, the outcomes practised (by statement) and the reflection. */
export function EntryContent({
  content,
  outcomes,
}: {
  content: Omit<LogEntryBody, 'date'>;
  outcomes: readonly PlannedOutcome[];
}) {
  const format = useLogbookFormat();
  // Ids of outcomes removed from the agreement since are left out.
  const practised = outcomes.filter((o) => content.outcomeIds.includes(o.id));
  return (
    <div className="ui-stack" style={{ gap: '0.5rem' }}>
      <p style={{ margin: 0 }}>
        <strong>{format.hours(content.hours)}</strong>
      </p>
      <p className="ui-prewrap" style={{ margin: 0 }}>
        {content.activities}
      </p>
      {practised.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {practised.map((o) => (
            <li key={o.id}>{o.statement}</li>
          ))}
        </ul>
      )}
      {content.reflection && (
        <p className="ui-prewrap ui-muted" style={{ margin: 0 }}>
          {content.reflection}
        </p>
      )}
    </div>
  );
}

export interface LogbookDayCardProps {
  mobilityId: string;
  day: LogbookDay;
  today: boolean;
  outcomes: readonly PlannedOutcome[];
  online: boolean;
  /** The id this day's entry has or will have (created once, reused for every resend). */
  entryIdFor: (date: string) => string;
  onSave: (entryId: string, body: LogEntryBody) => void;
  onDiscard: (entryId: string) => void;
}

/** One day of the mobility: its state, its entry, the form to write it, the evidence. */
export function LogbookDayCard({
  mobilityId,
  day,
  today,
  outcomes,
  online,
  entryIdFor,
  onSave,
  onDiscard,
}: LogbookDayCardProps) {
  const { t } = useTranslation('logbook');
  const format = useLogbookFormat();
  const headingId = useId();
  const formId = useId();
  const [editing, setEditing] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { content, entry, queued, state } = day;
  const confirmed = entry?.mentor.status === 'confirmed';

  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };
  const save = (body: LogEntryBody) => {
    // The server's id when it has an entry for the day (written on another device, say).
    const id = entryIdFor(day.date);
    onSave(id, body);
    if (queued && queued.entryId !== id) onDiscard(queued.entryId);
    close();
  };

  return (
    <section className="ui-card" aria-labelledby={headingId} style={{ padding: '1rem' }}>
      <div className="ui-stack" style={{ gap: '0.75rem' }}>
        <div className="ui-row" style={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: '0.5rem' }}>
          <h2 id={headingId} style={{ fontSize: '1.05rem', margin: 0 }}>
            {format.day(day.date)}
          </h2>
          <span className="ui-row" style={{ gap: '0.375rem', flexWrap: 'wrap' }}>
            {today && <Badge tone="info">{t('day.today')}</Badge>}
            {day.interrupted && <Badge>{t('day.interruption')}</Badge>}
            {(!day.interrupted || content) && <DayStateBadge state={state} />}
          </span>
        </div>
        {day.interrupted && !content && (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t('day.interrupted')}
          </p>
        )}
        {day.outside && (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t('day.outside')}
          </p>
        )}

        {queued?.error && (
          <ProblemAlert error={refusal(queued.error)}>
            <p>{t('day.refusedKept')}</p>
            <Button variant="secondary" size="small" onClick={() => onDiscard(queued.entryId)}>
              {t('day.discard')}
            </Button>
          </ProblemAlert>
        )}

        {content && !editing && <EntryContent content={content} outcomes={outcomes} />}

        {entry?.mentor.comment && (
          <div className="ui-alert ui-alert--info">
            <p className="ui-alert__title">{t('day.mentorComment')}</p>
            <p className="ui-prewrap" style={{ margin: 0 }}>
              {entry.mentor.comment}
            </p>
          </div>
        )}

        {confirmed ? (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t('day.confirmedLocked')}
          </p>
        ) : (
          (!day.interrupted || content) &&
          !editing && (
            <Button
              ref={toggleRef}
              variant={content ? 'secondary' : 'primary'}
              block
              style={{ minHeight: '2.75rem' }}
              onClick={() => {
                setEditing(true);
                requestAnimationFrame(() => document.getElementById(formId)?.querySelector('input')?.focus());
              }}
            >
              {content ? t('day.edit') : t('day.write')}
            </Button>
          )
        )}
        <div id={formId}>
          {editing && (
            <EntryForm
              date={day.date}
              initial={formValuesOf(content)}
              serverErrors={queued?.error?.fields}
              outcomes={outcomes}
              onSave={save}
              onCancel={close}
            />
          )}
        </div>

        {entry && !(confirmed && entry.evidence.length === 0) && (
          <EvidencePanel
            mobilityId={mobilityId}
            entryId={entry.id}
            evidence={entry.evidence}
            online={online}
            entrySent
            readOnly={confirmed}
          />
        )}
        {!entry && queued && !queued.error && (
          <p className="ui-muted" style={{ margin: 0 }}>
            {online ? t('evidence.notSent') : t('evidence.offline')}
          </p>
        )}
      </div>
    </section>
  );
}
