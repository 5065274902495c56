import { useTranslation } from 'react-i18next';
import type { AttemptResultView, AttemptView } from '@campus/contracts';
import { Alert, Badge, Card, Spinner } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { Markdown } from '../../courses';
import { useAttemptResult } from '../hooks/use-quiz';
import { describeAnswer, describeResponse } from '../lib/describe';
import { AnswerLines } from './answer-lines';
import { formatPercent } from '../lib/format';

/** After submission: waits for grading, then shows what the quiz's review policy allows. */
export function AttemptResult({ attempt, language }: { attempt: AttemptView; language?: string }) {
  const { t } = useTranslation('quizzes');
  const result = useAttemptResult(attempt.id);
  const status = result.data?.status ?? attempt.status;

  return (
    <div className="ui-stack">
      <div aria-live="polite">
        {status === 'submitted' ? (
          <Spinner label={t('result.grading')} />
        ) : status === 'needs_review' ? (
          <Alert tone="info" title={t('result.needsReviewTitle')}>
            <p>{t('result.needsReviewBody')}</p>
          </Alert>
        ) : null}
      </div>
      {result.isError && <ProblemAlert error={result.error} />}
      {result.data && <ResultDetails result={result.data} attempt={attempt} language={language} />}
    </div>
  );
}

function ResultDetails({
  result,
  attempt,
  language,
}: {
  result: AttemptResultView;
  attempt: AttemptView;
  language?: string;
}) {
  const { t, i18n } = useTranslation('quizzes');
  const lang = i18n.resolvedLanguage ?? 'en';
  const byPosition = new Map(result.items.map((i) => [i.position, i]));
  const items = [...attempt.items].sort((a, b) => a.position - b.position);
  return (
    <>
      {result.status === 'graded' && (
        <Card title={t('result.scoreTitle')}>
          {result.scorePercent != null ? (
            <div className="ui-row">
              <p className="ui-score">{formatPercent(result.scorePercent, lang)}</p>
              {result.passed != null && (
                <Badge tone={result.passed ? 'success' : 'danger'}>
                  {result.passed ? t('result.passed') : t('result.failed')}
                </Badge>
              )}
            </div>
          ) : (
            <p style={{ margin: 0 }}>{t('result.scoreHidden')}</p>
          )}
        </Card>
      )}
      <section aria-labelledby="answers-title" className="ui-stack">
        <h2 id="answers-title">{t('result.answers')}</h2>
        <ol className="ui-stack" style={{ paddingLeft: 0, listStyle: 'none' }}>
          {items.map((item, k) => {
            const r = byPosition.get(item.position);
            const mine = describeResponse(item, item.response, t);
            const key = r?.answer !== undefined ? describeAnswer(item.type, r.answer, t) : [];
            return (
              <li key={item.position} className="ui-card">
                <div className="ui-card__body ui-stack">
                  <div className="ui-row">
                    <h3 style={{ margin: 0 }}>
                      {t('attempt.questionOf', { number: k + 1, count: items.length })}
                    </h3>
                    <Verdict fraction={r?.fraction} status={result.status} />
                  </div>
                  <div lang={language}>
                    <Markdown source={item.prompt} headingOffset={3} />
                  </div>
                  <AnswerLines label={t('result.yourAnswer')} lines={mine} empty={t('result.noAnswer')} />
                  <AnswerLines label={t('result.correctAnswer')} lines={key} />
                  {r?.feedback?.map((f, n) => (
                    <p key={n} className="ui-prewrap" style={{ margin: 0 }} lang={language}>
                      {f}
                    </p>
                  ))}
                  {r?.comment && (
                    <p className="ui-prewrap" style={{ margin: 0 }}>
                      <strong>{t('result.trainerComment')}</strong> {r.comment}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

function Verdict({ fraction, status }: { fraction: number | null | undefined; status: string }) {
  const { t } = useTranslation('quizzes');
  if (fraction === undefined) return null;
  if (fraction === null)
    return status === 'submitted' ? null : <Badge tone="info">{t('result.waitingForTrainer')}</Badge>;
  if (fraction >= 1) return <Badge tone="success">{t('result.correct')}</Badge>;
  if (fraction > 0) return <Badge tone="warning">{t('result.partlyCorrect')}</Badge>;
  return <Badge tone="danger">{t('result.incorrect')}</Badge>;
}
