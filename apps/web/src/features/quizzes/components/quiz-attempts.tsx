import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuizAttemptRow } from '@campus/contracts';
import { EmptyState, Table } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useQuizAttempts } from '../hooks/use-quiz-authoring';
import { formatPercent } from '../lib/format';
import { PassBadge } from './pass-badge';
import { TrainerPage } from './trainer-page';

/** Every attempt at one quiz, by learner. */
export function QuizAttempts({ courseId, quizId }: { courseId: string; quizId: string }) {
  const { t, i18n } = useTranslation('quizzes');
  const fmt = useDateFormat();
  const attempts = useQuizAttempts(quizId);
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <TrainerPage
      courseId={courseId}
      title={t('attempts.title')}
      back={`/author/courses/${courseId}/quizzes/${quizId}`}
      backLabel={t('trainer.backToQuiz')}
    >
      {() => (
        <QueryState
          query={attempts}
          loadingLabel={t('attempts.loading')}
          isEmpty={(rows) => rows.length === 0}
          empty={<EmptyState title={t('attempts.empty')} />}
        >
          {(rows) => (
            <Table<QuizAttemptRow>
              caption={t('attempts.caption', { count: rows.length })}
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'learner',
                  header: t('attempts.learner'),
                  cell: (r) => (
                    <Link to={`/author/courses/${courseId}/attempts/${r.id}`}>
                      {r.learner.name}
                      <span className="ui-visually-hidden">
                        {' '}
                        {t('lesson.attemptN', { number: r.number })}
                      </span>
                    </Link>
                  ),
                },
                { key: 'number', header: t('lesson.attemptNumber'), cell: (r) => String(r.number) },
                { key: 'status', header: t('lesson.status'), cell: (r) => t(`status.${r.status}`) },
                {
                  key: 'submitted',
                  header: t('lesson.submitted'),
                  cell: (r) => fmt.dateTime(r.submittedAt) || '–',
                },
                {
                  key: 'score',
                  header: t('lesson.score'),
                  cell: (r) => (r.scorePercent != null ? formatPercent(r.scorePercent, lang) : '–'),
                },
                {
                  key: 'passed',
                  header: t('attempts.outcome'),
                  cell: (r) => <PassBadge passed={r.passed} />,
                },
              ]}
            />
          )}
        </QueryState>
      )}
    </TrainerPage>
  );
}
