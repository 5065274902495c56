import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isLocale } from '../../../i18n';
import { Card, PageHeader } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useCurrentUser } from '../../auth';
import { useAuthoringCourse, useCreateCourse, useUpdateCourse } from '../hooks/use-authoring';
import { courseValues, emptyCourseValues } from '../lib/course-form';
import { AuthoringGate } from './authoring-gate';
import { CourseForm } from './course-form';

export function NewCourse({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('authoring');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateCourse(orgId);
  const lang = i18n.resolvedLanguage;
  return (
    <AuthoringGate orgId={orgId} title={t('form.newTitle')}>
      <PageHeader
        title={t('form.newTitle')}
        description={t('form.newDescription')}
        actions={<Link to={`/orgs/${orgId}/courses`}>{t('list.backToList')}</Link>}
      />
      <Card>
        <CourseForm
          initial={emptyCourseValues(isLocale(lang) ? lang : 'en')}
          timeZone={user.timeZone}
          submitLabel={t('form.create')}
          cancelTo={`/orgs/${orgId}/courses`}
          busy={create.isPending}
          onSubmit={(body) =>
            create.mutateAsync(body).then((course) => navigate(`/author/courses/${course.id}`))
          }
        />
      </Card>
    </AuthoringGate>
  );
}

export function EditCourse({ courseId }: { courseId: string }) {
  const { t } = useTranslation('authoring');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const course = useAuthoringCourse(courseId);
  const update = useUpdateCourse(courseId);
  const title = course.data ? t('form.editTitle', { course: course.data.title }) : t('form.editTitleShort');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader
        title={title}
        actions={<Link to={`/author/courses/${courseId}`}>{t('editor.backToEditor')}</Link>}
      />
      <QueryState query={course} loadingLabel={t('editor.loading')}>
        {(c) => (
          <Card>
            <CourseForm
              initial={courseValues(c, user.timeZone)}
              timeZone={user.timeZone}
              courseId={c.id}
              submitLabel={t('form.save')}
              cancelTo={`/author/courses/${c.id}`}
              busy={update.isPending}
              onSubmit={(body) =>
                update
                  .mutateAsync(body)
                  .then(() => navigate(`/author/courses/${c.id}`, { state: { saved: 'details' } }))
              }
            />
          </Card>
        )}
      </QueryState>
    </>
  );
}
