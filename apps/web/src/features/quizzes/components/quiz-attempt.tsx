import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useAttempt, useLearnerQuiz } from '../hooks/use-quiz';
import { AttemptResult } from './attempt-result';
import { AttemptRunner } from './attempt-runner';

export interface QuizAttemptProps {
  courseId: string;
  quizId: string;
  attemptId: string;
}

/** The attempt page: the attempt while it runs, then its result. */
export function QuizAttempt({ courseId, quizId, attemptId }: QuizAttemptProps) {
  const { t } = useTranslation('quizzes');
  const [timeUp, setTimeUp] = useState(false);
  const attempt = useAttempt(attemptId, timeUp);
  const quiz = useLearnerQuiz(quizId);
  const title = quiz.data?.title ?? '';
  useDocumentTitle(
    attempt.data
      ? t('attempt.documentTitle', { quiz: title, number: attempt.data.number })
      : t('attempt.loading'),
  );
  const back = `/learn/${courseId}/${attempt.data?.lessonId ?? quiz.data?.lessonId ?? ''}`;

  return (
    <QueryState query={attempt} loadingLabel={t('attempt.loading')}>
      {(a) => (
        <>
          <PageHeader
            title={t('attempt.title', { quiz: title, number: a.number })}
            actions={<Link to={back}>{t('attempt.backToQuiz')}</Link>}
          />
          {a.status === 'in_progress' ? (
            <AttemptRunner attempt={a} onTimeUp={() => setTimeUp(true)} />
          ) : (
            <AttemptResult attempt={a} />
          )}
        </>
      )}
    </QueryState>
  );
}
