import { useTranslation } from 'react-i18next';
import type { TrainerAttemptView } from '@campus/contracts';
import { Badge, Card, DescriptionList } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { Markdown } from '../../courses';
import { useDateFormat } from '../../../format/use-date-format';
import { useTrainerAttempt } from '../hooks/use-quiz-authoring';
import { describeAnswer, describeResponse } from '../lib/describe';
import { formatDecimal, formatPercent } from '../lib/format';
import { PassBadge } from './pass-badge';
import { AnswerLines } from './answer-lines';
import { TrainerPage } from './trainer-page';

/** One attempt as a trainer sees it: every answer, its grade, and the answer key. */
export function TrainerAttempt({ courseId, attemptId }: { courseId: string; attemptId: string }) {
  const { t } = useTranslation('quizzes');
  const attempt = useTrainerAttempt(attemptId);
  return (
    <TrainerPage
      courseId={courseId}
      title={t('trainerAttempt.title')}
      back={attempt.data ? `/author/courses/${courseId}/quizzes/${attempt.data.quizId}/attempts` : undefined}
      backLabel={attempt.data ? t('trainer.backToAttempts') : undefined}
    >
      {() => (
        <QueryState query={attempt} loadingLabel={t('trainerAttempt.loading')}>
          {(a) => <AttemptDetail attempt={a} />}
        </QueryState>
      )}
    </TrainerPage>
  );
}

function AttemptDetail({ attempt: a }: { attempt: TrainerAttemptView }) {
  const { t, i18n } = useTranslation('quizzes');
  const fmt = useDateFormat();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <>
      <Card title={t('trainerAttempt.summary')}>
        <DescriptionList
          items={[
            {
              key: 'learner',
              term: t('attempts.learner'),
              description: a.learner.name,
            },
            { key: 'number', term: t('lesson.attemptNumber'), description: String(a.number) },
            { key: 'status', term: t('lesson.status'), description: t(`status.${a.status}`) },
            { key: 'started', term: t('trainerAttempt.started'), description: fmt.dateTime(a.startedAt) },
            {
              key: 'submitted',
              term: t('lesson.submitted'),
              description: a.submittedAt
                ? `${fmt.dateTime(a.submittedAt)}${a.submittedBy === 'deadline' ? ` · ${t('trainerAttempt.byDeadline')}` : ''}`
                : '–',
            },
            {
              key: 'score',
              term: t('lesson.score'),
              description: (
                <span className="ui-row" style={{ gap: '0.5rem' }}>
                  {a.scorePercent != null ? formatPercent(a.scorePercent, lang) : '–'}
                  <PassBadge passed={a.passed} />
                </span>
              ),
            },
          ]}
        />
      </Card>
      <ol className="ui-stack" style={{ listStyle: 'none', padding: 0 }}>
        {[...a.items]
          .sort((x, y) => x.position - y.position)
          .map((item, k) => {
            const content = item.content as Record<string, unknown> | null;
            const shape = {
              type: item.type,
              options: Array.isArray(content?.options)
                ? (content.options as { id: string; text: string }[])
                : undefined,
              prompts: Array.isArray(content?.pairs)
                ? (content.pairs as { id: string; prompt: string }[]).map((p) => ({
                    id: p.id,
                    text: p.prompt,
                  }))
                : undefined,
              items: Array.isArray(content?.items)
                ? (content.items as { id: string; text: string }[])
                : undefined,
            };
            const response = describeResponse(shape, item.response, t);
            const key = describeAnswer(item.type, item.content, t);
            return (
              <li key={item.position} className="ui-card">
                <div className="ui-card__body ui-stack">
                  <div className="ui-row">
                    <h2 style={{ margin: 0, fontSize: '1.125rem' }}>
                      {t('attempt.questionOf', { number: k + 1, count: a.items.length })}
                    </h2>
                    <Badge>{t(`types.${item.type}`)}</Badge>
                    <Badge tone={item.needsReview ? 'warning' : 'neutral'}>
                      {item.fraction == null
                        ? t('result.waitingForTrainer')
                        : t('trainerAttempt.pointsOf', {
                            score: formatDecimal(item.fraction * item.points, lang),
                            points: item.points,
                          })}
                    </Badge>
                    <span className="ui-muted">{t('trainerAttempt.version', { version: item.version })}</span>
                  </div>
                  {/* As the learner read it: prompts are Markdown. */}
                  <Markdown source={item.prompt} headingOffset={2} />
                  <AnswerLines
                    label={t('trainerAttempt.response')}
                    lines={response}
                    empty={t('result.noAnswer')}
                  />
                  <AnswerLines label={t('result.correctAnswer')} lines={key} />
                  {item.comment && (
                    <p className="ui-prewrap" style={{ margin: 0 }}>
                      <strong>{t('result.trainerComment')}</strong> {item.comment}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
      </ol>
    </>
  );
}
