import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Alert, EmptyState } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { LessonBody, orderedLessons, PlayerView } from '../../courses';
import { useAuthoringCourse } from '../hooks/use-authoring';

const NOTHING_DONE: readonly string[] = [];

/**
 * The course exactly as the player shows it, from the authoring view (drafts too), with nothing
 * recorded: no enrolment, no progress, completion buttons disabled.
 */
export function CoursePreview({ courseId, lessonId }: { courseId: string; lessonId?: string }) {
  const { t } = useTranslation('authoring');
  const course = useAuthoringCourse(courseId);
  useDocumentTitle(course.data ? t('preview.title', { course: course.data.title }) : t('editor.loading'));
  const base = `/author/courses/${courseId}/preview`;
  return (
    <QueryState query={course} loadingLabel={t('editor.loading')}>
      {(c) => {
        const first = orderedLessons(c)[0];
        if (!lessonId)
          return first ? (
            <Navigate to={`${base}/${first.id}`} replace />
          ) : (
            <EmptyState
              title={t('preview.noLessons')}
              actions={<Link to={`/author/courses/${courseId}`}>{t('editor.backToEditor')}</Link>}
            />
          );
        return (
          <PlayerView
            course={c}
            lessonId={lessonId}
            basePath={base}
            completedLessonIds={NOTHING_DONE}
            headerActions={<Link to={`/author/courses/${courseId}`}>{t('preview.exit')}</Link>}
            status={
              <Alert tone="warning" title={t('preview.banner')} className="ui-preview-banner">
                <p>{t('preview.bannerBody')}</p>
              </Alert>
            }
            renderLesson={(lesson) => (
              <LessonBody key={lesson.id} course={c} lesson={lesson} completed={false} />
            )}
          />
        );
      }}
    </QueryState>
  );
}
