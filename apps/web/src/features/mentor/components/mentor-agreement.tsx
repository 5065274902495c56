import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorMobilityView } from '@campus/contracts';
import { Alert, Button, Card, EmptyState, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDateFormat } from '../../../format/use-date-format';
import { AgreementChanges, AgreementContent } from '../../learning-agreements';
import { useMentorConfirmAgreement, useMentorRequestChanges } from '../hooks/use-mentor';

const COMMENT_MAX = 2000;

/**
 * The learning agreement as the mentor reviews it: what changed since the version they last acted
 * on, the content, and Confirm or Ask for changes (with a comment) while it can still change.
 */
export function MentorAgreement({ token, view }: { token: string; view: MentorMobilityView }) {
  const { t } = useTranslation('mentor');
  const fmt = useDateFormat();
  const confirm = useMentorConfirmAgreement(token);
  const changes = useMentorRequestChanges(token);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [sent, setSent] = useState(false);
  const agreement = view.agreement;
  const current = agreement?.current;

  if (!agreement || !current) {
    return (
      <Card title={t('agreement.title')}>
        <EmptyState title={t('agreement.noneTitle')}>{t('agreement.noneBody')}</EmptyState>
      </Card>
    );
  }

  const mine = current.confirmations.find((c) => c.party === 'mentor');
  const open = agreement.editable && !mine;
  const sendRequest = () => {
    const text = comment.trim();
    if (!text) return setCommentError(t('agreement.commentRequired'));
    if (text.length > COMMENT_MAX)
      return setCommentError(t('agreement.commentTooLong', { max: COMMENT_MAX }));
    setCommentError(undefined);
    changes.mutate(
      { version: current.version, comment: text },
      {
        onSuccess: () => {
          setSent(true);
          setAsking(false);
          setComment('');
        },
      },
    );
  };

  return (
    <Card title={t('agreement.title')}>
      <div className="ui-stack">
        <p style={{ margin: 0 }}>
          <strong>{t('agreement.version', { version: current.version })}</strong> ·{' '}
          {current.agreedAt ? t('agreement.agreed') : t('agreement.notAgreed')}
        </p>
        {view.agreementSeen && (
          <AgreementChanges changes={view.agreementSeen.changes} previous={view.agreementSeen.version} />
        )}
        <AgreementContent content={current.content} />
        {mine && (
          <Alert tone="success">
            {t('agreement.youConfirmed', { version: current.version, date: fmt.dateTime(mine.at) })}
          </Alert>
        )}
        {sent && <Alert tone="success">{t('agreement.requestSent')}</Alert>}
        {!agreement.editable && <Alert tone="info">{t('agreement.closed')}</Alert>}
        {confirm.isError && <ProblemAlert error={confirm.error} />}
        {changes.isError && <ProblemAlert error={changes.error} />}
        {open && !asking && (
          <div className="ui-row">
            <Button
              loading={confirm.isPending}
              onClick={() => {
                setSent(false);
                confirm.mutate(current.version);
              }}
            >
              {t('agreement.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {t('agreement.askChanges')}
            </Button>
          </div>
        )}
        {open && asking && (
          <form
            className="ui-stack"
            aria-label={t('agreement.askChanges')}
            onSubmit={(e) => {
              e.preventDefault();
              sendRequest();
            }}
          >
            <TextArea
              label={t('agreement.comment')}
              hint={t('agreement.commentHint')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              error={commentError}
              required
            />
            <div className="ui-row">
              <Button type="submit" loading={changes.isPending}>
                {t('agreement.sendRequest')}
              </Button>
              <Button variant="secondary" onClick={() => setAsking(false)}>
                {t('agreement.cancel')}
              </Button>
            </div>
          </form>
        )}
        {agreement.changeRequests.length > 0 && (
          <section aria-label={t('agreement.requests')}>
            <h3 style={{ margin: '0.5rem 0' }}>{t('agreement.requests')}</h3>
            <ul className="ui-stack">
              {agreement.changeRequests.map((r) => (
                <li key={r.id}>
                  <span className="ui-muted">
                    {t('agreement.requestOf', { version: r.version, date: fmt.dateTime(r.at) })}
                  </span>
                  <p className="ui-prewrap" style={{ margin: 0 }}>
                    {r.comment}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Card>
  );
}
