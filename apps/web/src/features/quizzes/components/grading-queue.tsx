import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GradeItemRequest, type GradingQueueItem } from '@campus/contracts';
import { Alert, Button, EmptyState, TextArea, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { Markdown } from '../../courses';
import { zodFieldErrors } from '../../../forms/zod-messages';
import { useDateFormat } from '../../../format/use-date-format';
import { countWords } from '../lib/responses';
import { useGradeItem, useGradingQueue } from '../hooks/use-quiz-authoring';
import { TrainerPage } from './trainer-page';

/** Essay answers waiting for a trainer, oldest first, each graded with points and a comment. */
export function GradingQueue({ courseId }: { courseId: string }) {
  const { t } = useTranslation('quizzes');
  const queue = useGradingQueue(courseId);
  const [graded, setGraded] = useState(0);
  return (
    <TrainerPage courseId={courseId} title={t('grading.title')}>
      {() => (
        <>
          <div aria-live="polite">
            {graded > 0 && <Alert tone="success">{t('grading.gradedCount', { count: graded })}</Alert>}
          </div>
          <QueryState
            query={queue}
            loadingLabel={t('grading.loading')}
            isEmpty={(items) => items.length === 0}
            empty={<EmptyState title={t('grading.empty')} />}
          >
            {(items) => (
              <ol className="ui-stack" style={{ listStyle: 'none', padding: 0 }}>
                {items.map((item) => (
                  <li key={`${item.attemptId}/${item.position}`}>
                    <GradeCard courseId={courseId} item={item} onGraded={() => setGraded((n) => n + 1)} />
                  </li>
                ))}
              </ol>
            )}
          </QueryState>
        </>
      )}
    </TrainerPage>
  );
}

function GradeCard({
  courseId,
  item,
  onGraded,
}: {
  courseId: string;
  item: GradingQueueItem;
  onGraded: () => void;
}) {
  const { t } = useTranslation('quizzes');
  const { t: tc } = useTranslation('common');
  const fmt = useDateFormat();
  const grade = useGradeItem(courseId);
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingId = `grade-${item.attemptId}-${item.position}`;
  const text = item.response?.text ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { score: score.trim() === '' ? Number.NaN : Number(score.replace(',', '.')), comment };
    const parsed = GradeItemRequest.safeParse(body);
    const found = parsed.success ? {} : zodFieldErrors(parsed.error, body, tc);
    if (!score.trim()) found.score = tc('validation.required');
    else if (body.score > item.points) found.score = t('grading.tooMany', { points: item.points });
    setErrors(found);
    if (Object.keys(found).length) return;
    grade.mutate({ attemptId: item.attemptId, position: item.position, body }, { onSuccess: onGraded });
  };

  return (
    <section className="ui-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="ui-card__title">
        {t('grading.itemTitle', { learner: item.learner.name, quiz: item.quizTitle })}
      </h2>
      <div className="ui-card__body ui-stack">
        <p className="ui-muted" style={{ margin: 0 }}>
          {t('grading.submitted', { when: fmt.dateTime(item.submittedAt) })} ·{' '}
          <Link to={`/author/courses/${courseId}/attempts/${item.attemptId}`}>
            {t('grading.wholeAttempt')}
          </Link>
        </p>
        <div>
          <p className="ui-label">{t('grading.prompt')}</p>
          {/* As the learner read it: prompts are Markdown. */}
          <Markdown source={item.prompt} headingOffset={2} />
        </div>
        {item.graderGuidance && (
          <div>
            <p className="ui-label">{t('grading.guidance')}</p>
            <p className="ui-prewrap" style={{ margin: 0 }}>
              {item.graderGuidance}
            </p>
          </div>
        )}
        <div>
          <p className="ui-label">
            {item.maxWords
              ? t('grading.answerWordsMax', { count: countWords(text), max: item.maxWords })
              : t('grading.answerWords', { count: countWords(text) })}
          </p>
          {text ? (
            <blockquote className="ui-prewrap" style={{ margin: 0 }}>
              {text}
            </blockquote>
          ) : (
            <p className="ui-muted">{t('result.noAnswer')}</p>
          )}
        </div>
        <form className="ui-form" noValidate onSubmit={submit}>
          <TextField
            label={t('grading.score', { points: item.points })}
            inputMode="decimal"
            required
            value={score}
            error={errors.score}
            onChange={(e) => setScore(e.target.value)}
          />
          <TextArea
            label={t('grading.comment')}
            hint={t('grading.commentHint')}
            rows={3}
            value={comment}
            error={errors.comment}
            onChange={(e) => setComment(e.target.value)}
          />
          {grade.error != null && <ProblemAlert error={grade.error} />}
          <div>
            <Button type="submit" loading={grade.isPending}>
              {t('grading.save')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
