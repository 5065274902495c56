import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntryMentorStatus, LogEntryView, PlannedOutcome } from '@campus/contracts';
import { Badge, Button, TextArea, type BadgeTone } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { useMobilityFormat } from '../../mobilities';
import { useMentorReviewEntry } from '../hooks/use-mentor';

const TONES: Record<LogEntryMentorStatus, BadgeTone> = {
  pending: 'warning',
  confirmed: 'success',
  commented: 'info',
};
const COMMENT_MAX = 2000;

/** One day of the logbook: what was done, the evidence, and the mentor's Confirm or Comment. */
export function MentorEntry({
  token,
  entry,
  outcomes,
  reviewable,
}: {
  token: string;
  entry: LogEntryView;
  outcomes: readonly PlannedOutcome[];
  reviewable: boolean;
}) {
  const { t, i18n } = useTranslation('mentor');
  const format = useMobilityFormat();
  const headingId = useId();
  const review = useMentorReviewEntry(token);
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const lang = i18n.resolvedLanguage ?? 'en';
  const practised = outcomes.filter((o) => entry.outcomeIds.includes(o.id));
  const hours = new Intl.NumberFormat(lang).format(entry.hours);

  const sendComment = () => {
    const text = comment.trim();
    if (!text) return setCommentError(t('logbook.commentRequired'));
    if (text.length > COMMENT_MAX) return setCommentError(t('logbook.commentTooLong', { max: COMMENT_MAX }));
    setCommentError(undefined);
    review.mutate(
      { entryId: entry.id, review: { status: 'commented', comment: text } },
      {
        onSuccess: () => {
          setCommenting(false);
          setComment('');
        },
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="ui-card" style={{ padding: '0.75rem' }}>
      <div className="ui-stack" style={{ gap: '0.5rem' }}>
        <h3 id={headingId} style={{ margin: 0 }}>
          {format.date(entry.date)}
        </h3>
        <p style={{ margin: 0 }}>
          <Badge tone={TONES[entry.mentor.status]}>{t(`logbook.state.${entry.mentor.status}`)}</Badge>{' '}
          <strong>{t('logbook.hours', { count: entry.hours, hours })}</strong>
        </p>
        <p className="ui-prewrap" style={{ margin: 0 }}>
          {entry.activities}
        </p>
        {practised.length > 0 && (
          <div>
            <strong>{t('logbook.outcomes')}</strong>
            <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
              {practised.map((o) => (
                <li key={o.id}>{o.statement}</li>
              ))}
            </ul>
          </div>
        )}
        {entry.reflection && (
          <div>
            <strong>{t('logbook.reflection')}</strong>
            <p className="ui-prewrap" style={{ margin: 0 }}>
              {entry.reflection}
            </p>
          </div>
        )}
        {entry.evidence.length > 0 && (
          <div>
            <strong>{t('logbook.evidence')}</strong>
            <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
              {entry.evidence.map((f) => (
                <li key={f.evidenceId}>
                  <a href={f.url} target="_blank" rel="noopener noreferrer">
                    {f.name}
                  </a>{' '}
                  <span className="ui-muted">({formatFileSize(f.size, lang)})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {entry.mentor.comment && (
          <p style={{ margin: 0 }}>
            <strong>{t('logbook.yourComment')}</strong>{' '}
            <span className="ui-prewrap">{entry.mentor.comment}</span>
          </p>
        )}
        {review.isError && <ProblemAlert error={review.error} />}
        {reviewable && !commenting && (
          <div className="ui-row">
            {entry.mentor.status !== 'confirmed' && (
              <Button
                loading={review.isPending}
                onClick={() => review.mutate({ entryId: entry.id, review: { status: 'confirmed' } })}
              >
                {t('logbook.confirm')}
              </Button>
            )}
            <Button variant="secondary" onClick={() => setCommenting(true)}>
              {t('logbook.comment')}
            </Button>
          </div>
        )}
        {reviewable && commenting && (
          <form
            className="ui-stack"
            onSubmit={(e) => {
              e.preventDefault();
              sendComment();
            }}
          >
            <TextArea
              label={t('logbook.commentLabel')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              error={commentError}
              required
              rows={3}
            />
            <div className="ui-row">
              <Button type="submit" loading={review.isPending}>
                {t('logbook.sendComment')}
              </Button>
              <Button variant="secondary" onClick={() => setCommenting(false)}>
                {t('logbook.cancel')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
