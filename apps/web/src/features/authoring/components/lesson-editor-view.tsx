import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card, EmptyState, PageHeader } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useAuthoringCourse } from '../hooks/use-authoring';
import { LessonEditor } from './lesson-editor';

/** The page that adds a lesson to a module (moduleId) or edits one (lessonId). */
export function LessonEditorView({
  courseId,
  moduleId,
  lessonId,
}: {
  courseId: string;
  moduleId?: string;
  lessonId?: string;
}) {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const course = useAuthoringCourse(courseId);
  const back = `/author/courses/${courseId}`;
  const modules = course.data?.modules ?? [];
  const lesson = lessonId ? modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId) : undefined;
  const module_ = modules.find((m) => m.id === (lesson?.moduleId ?? moduleId));
  const title = lessonId
    ? t('lesson.editTitle', { title: lesson?.title ?? '' })
    : t('lesson.newTitle', { module: module_?.title ?? '' });
  useDocumentTitle(course.data ? title : t('editor.loading'));

  return (
    <QueryState query={course} loadingLabel={t('editor.loading')}>
      {(c) => (
        <>
          <PageHeader
            title={title}
            description={<span lang={c.language}>{c.title}</span>}
            actions={<Link to={back}>{t('editor.backToEditor')}</Link>}
          />
          {/* Quiz lessons are edited with their quiz (settings and questions), not here. */}
          {!module_ || (lessonId && (!lesson || lesson.kind === 'quiz')) ? (
            <EmptyState
              title={t('lesson.notFound')}
              actions={<Link to={back}>{t('editor.backToEditor')}</Link>}
            />
          ) : (
            <Card>
              <LessonEditor
                key={lesson?.id ?? module_.id}
                course={c}
                moduleId={module_.id}
                lesson={lesson && lesson.kind !== 'quiz' ? { ...lesson, kind: lesson.kind } : undefined}
                onSaved={(created) =>
                  void navigate(
                    created ? `${back}/quizzes/${created.quizId}` : back,
                    created ? undefined : { state: { saved: 'lesson' } },
                  )
                }
                onCancel={() => void navigate(back)}
              />
            </Card>
          )}
        </>
      )}
    </QueryState>
  );
}
