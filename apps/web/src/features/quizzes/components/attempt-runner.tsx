import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { AttemptItemView, AttemptView } from '@campus/contracts';
import { Alert, Badge, Button } from '@campus/web-ui';
import { Markdown } from '../../courses';
import { quizzesKeys } from '../api/quizzes.keys';
import { useAnswerQueue } from '../hooks/use-answer-queue';
import { useSubmitAttempt } from '../hooks/use-quiz';
import { isAnswered, isTyped } from '../lib/responses';
import { Countdown } from './countdown';
import { ResponseInput } from './response-input';
import { SaveStatus } from './save-status';
import { SubmitDialog } from './submit-dialog';

/** A pause in typing this long sends the answer. */
export const TYPING_PAUSE_MS = 800;

export interface AttemptRunnerProps {
  attempt: AttemptView;
  language?: string;
  /** The time ran out: the page asks the server until it has submitted the attempt itself. */
  onTimeUp: () => void;
}

/**
 * Taking an attempt: one question at a time with a numbered navigation, the countdown, every
 * answer saved as it changes (kept on the device while offline), and submission after a check.
 */
export function AttemptRunner({ attempt, language, onTimeUp }: AttemptRunnerProps) {
  const { t } = useTranslation('quizzes');
  const queryClient = useQueryClient();
  const { queue, snapshot } = useAnswerQueue(attempt);
  const items = [...attempt.items].sort((a, b) => a.position - b.position);
  const [responses, setResponses] = useState<Record<number, unknown>>(() => ({
    ...Object.fromEntries(attempt.items.map((i) => [i.position, i.response])),
    ...queue.unsentResponses(),
  }));
  const [index, setIndex] = useState(0);
  const [timeUp, setTimeUp] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [stillUnsent, setStillUnsent] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const submit = useSubmitAttempt(attempt.id, attempt.quizId, attempt.courseId);
  const closed = timeUp || snapshot.closed;

  useEffect(() => {
    // Focus follows the learner to the question they chose (not on the first render).
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const goTo = (i: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(items.length - 1, i)));
  };

  const change = (item: AttemptItemView, response: unknown) => {
    if (closed) return;
    setResponses((r) => ({ ...r, [item.position]: response }));
    queue.set(item.position, response, isTyped(item.type) ? TYPING_PAUSE_MS : 0);
  };

  const expire = () => {
    setTimeUp(true);
    // Answers still unsent go out within the grace period; the server submits the attempt itself.
    void queue.flush();
    onTimeUp();
  };

  const confirmSubmit = async () => {
    setSubmitError(null);
    setStillUnsent(false);
    await queue.flush();
    // Submitting now would grade answers the server has not got: wait for the connection.
    if (queue.hasPending()) {
      setStillUnsent(true);
      return;
    }
    submit.mutate(undefined, {
      onSuccess: (summary) => {
        queue.clear();
        queryClient.setQueryData<AttemptView>(quizzesKeys.attempt(attempt.id), (old) =>
          old ? { ...old, status: summary.status, submittedAt: summary.submittedAt } : old,
        );
      },
      onError: setSubmitError,
    });
  };

  const item = items[index];
  const unansweredNumbers = items
    .map((i, k) => (isAnswered(i, responses[i.position]) ? null : k + 1))
    .filter((n): n is number => n !== null);
  const promptId = `prompt-${item?.position ?? 0}`;

  return (
    <div className="ui-stack">
      <div className="ui-quiz-bar">
        <Countdown deadlineAt={attempt.deadlineAt} serverNow={attempt.serverNow} onExpire={expire} />
        <span className="ui-muted">
          {t('attempt.answeredCount', {
            answered: items.length - unansweredNumbers.length,
            count: items.length,
          })}
        </span>
      </div>
      {snapshot.offline && !closed && (
        <Alert tone="warning" title={t('offline.title')}>
          <p>{t('offline.body')}</p>
        </Alert>
      )}
      {closed && (
        <Alert tone="warning" title={timeUp ? t('timer.upTitle') : t('attempt.closedTitle')}>
          <p>{t('attempt.closedBody')}</p>
        </Alert>
      )}
      <nav aria-label={t('attempt.questions')}>
        <ol className="ui-qnav">
          {items.map((i, k) => {
            const answered = isAnswered(i, responses[i.position]);
            return (
              <li key={i.position}>
                <button
                  type="button"
                  className="ui-qnav__button"
                  data-answered={answered}
                  aria-current={k === index ? 'step' : undefined}
                  onClick={() => goTo(k)}
                >
                  {k + 1}
                  <span className="ui-visually-hidden">
                    {' '}
                    {answered ? t('attempt.answered') : t('attempt.unanswered')}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {item && (
        <section className="ui-card" aria-labelledby="question-heading">
          <div className="ui-card__body ui-stack">
            <div className="ui-row">
              <h2 id="question-heading" ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
                {t('attempt.questionOf', { number: index + 1, count: items.length })}
              </h2>
              <Badge>{t('attempt.points', { count: item.points })}</Badge>
            </div>
            <div id={promptId} lang={language}>
              <Markdown source={item.prompt} headingOffset={2} />
            </div>
            <ResponseInput
              key={item.position}
              item={item}
              response={responses[item.position]}
              promptId={promptId}
              disabled={closed}
              onChange={(r) => change(item, r)}
            />
            <SaveStatus state={snapshot.states[item.position]} offline={snapshot.offline} />
          </div>
        </section>
      )}
      <div className="ui-row" style={{ justifyContent: 'space-between' }}>
        <div className="ui-row">
          <Button variant="secondary" disabled={index === 0} onClick={() => goTo(index - 1)}>
            {t('attempt.previous')}
          </Button>
          <Button variant="secondary" disabled={index === items.length - 1} onClick={() => goTo(index + 1)}>
            {t('attempt.next')}
          </Button>
        </div>
        <Button disabled={closed} onClick={() => setConfirming(true)}>
          {t('attempt.submit')}
        </Button>
      </div>
      <SubmitDialog
        open={confirming && !closed}
        unanswered={unansweredNumbers}
        busy={submit.isPending}
        error={submitError}
        stillUnsent={stillUnsent}
        onGoTo={(k) => {
          setConfirming(false);
          goTo(k);
        }}
        onConfirm={() => void confirmSubmit()}
        onCancel={() => {
          setConfirming(false);
          setSubmitError(null);
          setStillUnsent(false);
        }}
      />
    </div>
  );
}
