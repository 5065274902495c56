import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { CourseView, EnrolmentView, LessonView } from '@campus/contracts';
import { Alert, EmptyState, ProgressBar } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useCompleteLesson, useEnrolment, useLearnCourse } from '../hooks/use-courses';
import { resumeLessonId } from '../lib/resume';
import { LessonBody } from './lesson-body';
import { PlayerView } from './player-view';

export interface CoursePlayerProps {
  courseId: string;
  /** Without one, the player resumes where the learner left off. */
  lessonId?: string;
  /** Renders a quiz lesson (the quizzes feature); the page composes the two. */
  renderQuiz?: (course: CourseView, lesson: LessonView) => ReactNode;
}

export function CoursePlayer({ courseId, lessonId, renderQuiz }: CoursePlayerProps) {
  const { t } = useTranslation('courses');
  const course = useLearnCourse(courseId);
  const enrolment = useEnrolment(courseId);
  useDocumentTitle(course.data?.title ?? t('player.loading'));
  // The API answers 403 to people who are not enrolled: send them to the catalogue to enrol.
  if (isApiError(course.error, 'FORBIDDEN'))
    return (
      <EmptyState
        title={t('player.notEnrolled')}
        actions={<Link to="/catalogue">{t('myLearning.browse')}</Link>}
      />
    );
  return (
    <QueryState query={course} loadingLabel={t('player.loading')}>
      {(c) => (
        <QueryState query={enrolment} loadingLabel={t('player.loading')}>
          {(e) => {
            if (!e)
              return (
                <EmptyState
                  title={t('player.notEnrolled')}
                  actions={<Link to={`/courses/${c.slug}`}>{t('player.toCoursePage')}</Link>}
                />
              );
            if (!lessonId) {
              const resume = resumeLessonId(c, e);
              return resume ? (
                <Navigate to={`/learn/${courseId}/${resume}`} replace />
              ) : (
                <EmptyState title={t('course.noLessons')} />
              );
            }
            return <Player course={c} enrolment={e} lessonId={lessonId} renderQuiz={renderQuiz} />;
          }}
        </QueryState>
      )}
    </QueryState>
  );
}

function Player({
  course,
  enrolment,
  lessonId,
  renderQuiz,
}: {
  course: CourseView;
  enrolment: EnrolmentView;
  lessonId: string;
  renderQuiz?: CoursePlayerProps['renderQuiz'];
}) {
  const { t } = useTranslation('courses');
  const done = new Set(enrolment.completedLessonIds);
  return (
    <PlayerView
      course={course}
      lessonId={lessonId}
      basePath={`/learn/${course.id}`}
      completedLessonIds={enrolment.completedLessonIds}
      headerActions={<Link to={`/courses/${course.slug}`}>{t('player.aboutCourse')}</Link>}
      status={
        <>
          {enrolment.status === 'completed' && (
            <Alert tone="success" title={t('player.completedTitle')}>
              <p>{t('player.completedBody', { course: course.title })}</p>
              <Link to="/my-learning">{t('player.toMyLearning')}</Link>
            </Alert>
          )}
          <ProgressBar
            value={enrolment.progressPercent}
            label={t('player.progress')}
            valueText={t('enrol.progress', { percent: enrolment.progressPercent })}
          />
        </>
      }
      renderLesson={(lesson) =>
        lesson.kind === 'quiz' && renderQuiz ? (
          <div key={lesson.id}>{renderQuiz(course, lesson)}</div>
        ) : (
          <LessonContent key={lesson.id} course={course} lesson={lesson} completed={done.has(lesson.id)} />
        )
      }
    />
  );
}

/** A lesson that records its completion for the signed-in learner. */
function LessonContent({
  course,
  lesson,
  completed,
}: {
  course: CourseView;
  lesson: LessonView;
  completed: boolean;
}) {
  const complete = useCompleteLesson(course.id);
  return (
    <LessonBody
      course={course}
      lesson={lesson}
      completed={completed}
      completion={{
        complete: (options) => complete.mutate(lesson.id, options),
        pending: complete.isPending,
        error: complete.error,
      }}
    />
  );
}
