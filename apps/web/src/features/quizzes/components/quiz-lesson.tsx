import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AttemptSummary, CourseView, LearnerQuizView, LessonView } from '@campus/contracts';
import { Alert, Badge, Button, buttonClassName, DescriptionList, Table } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { Markdown } from '../../courses';
import { useLearnerQuiz, useStartAttempt } from '../hooks/use-quiz';
import { formatPercent } from '../lib/format';

export interface QuizLessonProps {
  course: CourseView;
  lesson: LessonView;
}

/** A quiz lesson in the course player: the intro, the rules in plain words, past attempts, Start. */
export function QuizLesson({ course, lesson }: QuizLessonProps) {
  const { t } = useTranslation('quizzes');
  const quizId = lesson.quizId ?? '';
  const quiz = useLearnerQuiz(quizId);
  return (
    <div className="ui-stack">
      <div className="ui-row">
        <h2 id="lesson-title" style={{ margin: 0 }} lang={course.language}>
          {lesson.title}
        </h2>
        <Badge tone="info">{t('lesson.badge')}</Badge>
        {!lesson.required && <Badge>{t('lesson.optional')}</Badge>}
      </div>
      {lesson.body && (
        <div lang={course.language}>
          <Markdown source={lesson.body} headingOffset={2} images={lesson.images} />
        </div>
      )}
      <QueryState query={quiz} loadingLabel={t('lesson.loading')}>
        {(q) => <QuizFacts quiz={q} courseId={course.id} />}
      </QueryState>
    </div>
  );
}

function QuizFacts({ quiz, courseId }: { quiz: LearnerQuizView; courseId: string }) {
  const { t, i18n } = useTranslation('quizzes');
  const fmt = useDateFormat();
  const navigate = useNavigate();
  const start = useStartAttempt(quiz.id);
  const lang = i18n.resolvedLanguage ?? 'en';
  const attemptPath = (id: string) => `/learn/${courseId}/quiz/${quiz.id}/attempt/${id}`;
  const begin = () =>
    start.mutate(undefined, {
      onSuccess: (a) => void navigate(attemptPath(a.id)),
      onError: (e) => {
        // Opened in another tab meanwhile: continue that one.
        if (isApiError(e, 'ATTEMPT_IN_PROGRESS') && e.attemptId) void navigate(attemptPath(e.attemptId));
      },
    });

  const attemptsText =
    quiz.attemptsAllowed === null
      ? t('lesson.attemptsUnlimited')
      : t('lesson.attemptsLeft', { count: quiz.attemptsLeft ?? 0, allowed: quiz.attemptsAllowed });
  const facts = [
    { key: 'questions', term: t('lesson.questions'), description: String(quiz.questionCount) },
    { key: 'attempts', term: t('lesson.attempts'), description: attemptsText },
    {
      key: 'time',
      term: t('lesson.timeLimit'),
      description:
        quiz.timeLimitMinutes === null
          ? t('lesson.noTimeLimit')
          : t('lesson.minutes', { count: quiz.timeLimitMinutes }),
    },
    { key: 'pass', term: t('lesson.passMark'), description: formatPercent(quiz.passPercent, lang) },
  ];
  if (quiz.opensAt)
    facts.push({ key: 'opens', term: t('lesson.opens'), description: fmt.dateTime(quiz.opensAt) });
  if (quiz.closesAt)
    facts.push({ key: 'closes', term: t('lesson.closes'), description: fmt.dateTime(quiz.closesAt) });
  if (quiz.attemptsAllowed !== 1)
    facts.push({
      key: 'method',
      term: t('lesson.gradingMethod'),
      description: t(`gradingMethods.${quiz.gradingMethod}`),
    });

  const showScores = quiz.attempts.some((a) => a.scorePercent !== undefined);
  const canStart = quiz.cannotStartBecause === null;

  return (
    <div className="ui-stack">
      <DescriptionList items={facts} />
      {fmt.timeZone && (
        <p className="ui-hint" style={{ margin: 0 }}>
          {t('lesson.timeZone', { zone: fmt.timeZone })}
        </p>
      )}
      {quiz.finalPercent != null && (
        <Alert tone={quiz.passed ? 'success' : 'info'} title={t('lesson.finalGrade')}>
          <p>
            {quiz.passed
              ? t('lesson.finalPassed', { percent: formatPercent(quiz.finalPercent, lang) })
              : t('lesson.finalNotPassed', { percent: formatPercent(quiz.finalPercent, lang) })}
          </p>
        </Alert>
      )}
      {quiz.attempts.length > 0 && (
        <Table<AttemptSummary>
          caption={t('lesson.pastAttempts')}
          rows={[...quiz.attempts].sort((a, b) => a.number - b.number)}
          rowKey={(a) => a.id}
          columns={[
            { key: 'number', header: t('lesson.attemptNumber'), cell: (a) => String(a.number) },
            { key: 'status', header: t('lesson.status'), cell: (a) => t(`status.${a.status}`) },
            {
              key: 'submitted',
              header: t('lesson.submitted'),
              cell: (a) => (a.submittedAt ? fmt.dateTime(a.submittedAt) : '–'),
            },
            ...(showScores
              ? [
                  {
                    key: 'score',
                    header: t('lesson.score'),
                    cell: (a: AttemptSummary) =>
                      a.scorePercent != null ? formatPercent(a.scorePercent, lang) : '–',
                  },
                ]
              : []),
            {
              key: 'open',
              header: t('lesson.actions'),
              hideHeader: true,
              cell: (a) => (
                <Link to={attemptPath(a.id)}>
                  {a.status === 'in_progress' ? t('lesson.continue') : t('lesson.review')}
                  <span className="ui-visually-hidden"> {t('lesson.attemptN', { number: a.number })}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
      {start.error != null && !isApiError(start.error, 'ATTEMPT_IN_PROGRESS') && (
        <ProblemAlert error={start.error} />
      )}
      <div className="ui-row">
        {quiz.openAttemptId ? (
          <Link to={attemptPath(quiz.openAttemptId)} className={buttonClassName()}>
            {t('lesson.continue')}
          </Link>
        ) : canStart ? (
          <Button loading={start.isPending} onClick={begin}>
            {quiz.attempts.length ? t('lesson.startAgain') : t('lesson.start')}
          </Button>
        ) : (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t(`lesson.cannotStart.${quiz.cannotStartBecause ?? 'closed'}`, {
              when: fmt.dateTime(quiz.opensAt),
            })}
          </p>
        )}
        {canStart && !quiz.openAttemptId && quiz.timeLimitMinutes !== null && (
          <p className="ui-hint" style={{ margin: 0 }}>
            {t('lesson.timerStarts', { count: quiz.timeLimitMinutes })}
          </p>
        )}
      </div>
    </div>
  );
}
