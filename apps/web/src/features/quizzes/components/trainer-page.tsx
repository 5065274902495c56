import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseView } from '@campus/contracts';
import { PageHeader } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useAuthoringCourse } from '../../authoring';

/** The frame of every trainer page of a course's quizzes: title, the course's name, a way back. */
export function TrainerPage({
  courseId,
  title,
  back,
  backLabel,
  actions,
  children,
}: {
  courseId: string;
  title: string;
  /** Where "back" goes; the course editor by default. */
  back?: string;
  backLabel?: string;
  actions?: ReactNode;
  children: (course: CourseView) => ReactNode;
}) {
  const { t } = useTranslation('quizzes');
  const course = useAuthoringCourse(courseId);
  useDocumentTitle(course.data ? `${title} · ${course.data.title}` : t('trainer.loading'));
  return (
    <QueryState query={course} loadingLabel={t('trainer.loading')}>
      {(c) => (
        <>
          <PageHeader
            title={title}
            description={<span lang={c.language}>{c.title}</span>}
            actions={
              <>
                <Link to={back ?? `/author/courses/${c.id}`}>{backLabel ?? t('trainer.backToCourse')}</Link>
                {actions}
              </>
            }
          />
          <div className="ui-stack">{children(c)}</div>
        </>
      )}
    </QueryState>
  );
}
