import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CourseView } from '@campus/contracts';
import {
  Alert,
  Button,
  buttonClassName,
  Card,
  ConfirmDialog,
  DescriptionList,
  PageHeader,
} from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { languageAutonym } from '../../profile';
import type { StatusAction } from '../api/authoring.api';
import { useAuthoringCourse, useCourseStatus, useDuplicateCourse } from '../hooks/use-authoring';
import { OutlineEditor } from './outline-editor';
import { StatusBadge } from './status-badge';

/** The author's page of one course: its status and actions, and the outline to edit. */
export function CourseEditor({ courseId }: { courseId: string }) {
  const { t } = useTranslation('authoring');
  const course = useAuthoringCourse(courseId);
  useDocumentTitle(course.data ? t('editor.title', { course: course.data.title }) : t('editor.loading'));
  return (
    <QueryState query={course} loadingLabel={t('editor.loading')}>
      {(c) => <Editor course={c} />}
    </QueryState>
  );
}

function Editor({ course }: { course: CourseView }) {
  const { t } = useTranslation('authoring');
  const fmt = useDateFormat();
  const saved = (useLocation().state as { saved?: 'details' | 'lesson' } | null)?.saved;
  const base = `/author/courses/${course.id}`;
  return (
    <>
      <PageHeader
        title={<span lang={course.language}>{course.title}</span>}
        description={
          <span className="ui-row" style={{ gap: '0.5rem' }}>
            <StatusBadge status={course.status} />
            <span>{t('editor.updated', { when: fmt.dateTime(course.updatedAt) })}</span>
          </span>
        }
        actions={
          <>
            <Link to={`/orgs/${course.organisation.id}/courses`}>{t('list.backToList')}</Link>
            <Link to={`${base}/preview`} className={buttonClassName({ variant: 'secondary' })}>
              {t('editor.preview')}
            </Link>
          </>
        }
      />
      <div className="ui-stack">
        {saved && (
          <Alert tone="success">{saved === 'lesson' ? t('editor.lessonSaved') : t('editor.saved')}</Alert>
        )}
        <StatusActions course={course} />
        <Card title={t('editor.details')}>
          <div className="ui-stack">
            {course.cover && (
              <img className="ui-cover ui-cover--small" src={course.cover.url} alt={t('editor.coverAlt')} />
            )}
            <DescriptionList
              items={[
                {
                  key: 'slug',
                  term: t('form.slug'),
                  description: <span className="ui-mono">{course.slug}</span>,
                },
                {
                  key: 'language',
                  term: t('form.language'),
                  description: <span lang={course.language}>{languageAutonym(course.language)}</span>,
                },
                {
                  key: 'visibility',
                  term: t('form.visibility'),
                  description: t(`visibility.${course.visibility}`),
                },
                {
                  key: 'runs',
                  term: t('editor.runs'),
                  description:
                    course.startsAt || course.endsAt
                      ? t('editor.range', {
                          from: fmt.dateTime(course.startsAt) || '…',
                          to: fmt.dateTime(course.endsAt) || '…',
                        })
                      : t('editor.noDates'),
                },
              ]}
            />
            <div>
              <Link to={`${base}/edit`} className={buttonClassName({ variant: 'secondary' })}>
                {t('editor.editDetails')}
              </Link>
            </div>
          </div>
        </Card>
        <Card title={t('outline.title')}>
          <OutlineEditor course={course} />
        </Card>
        <Card title={t('assessment.title')}>
          <div className="ui-stack">
            <p style={{ margin: 0 }}>{t('assessment.explain')}</p>
            <div className="ui-row">
              <Link to={`${base}/questions`} className={buttonClassName({ variant: 'secondary' })}>
                {t('assessment.questionBank')}
              </Link>
              <Link to={`${base}/grading`} className={buttonClassName({ variant: 'secondary' })}>
                {t('assessment.grading')}
              </Link>
              <Link to={`${base}/gradebook`} className={buttonClassName({ variant: 'secondary' })}>
                {t('assessment.gradebook')}
              </Link>
            </div>
          </div>
        </Card>
        <Card title={t('certificates.title')}>
          <div className="ui-stack">
            <p style={{ margin: 0 }}>{t('certificates.explain')}</p>
            <div>
              <Link to={`${base}/certificates`} className={buttonClassName({ variant: 'secondary' })}>
                {t('certificates.open')}
              </Link>
            </div>
          </div>
        </Card>
      </div>
    </>
  );
}

function StatusActions({ course }: { course: CourseView }) {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const status = useCourseStatus(course.id);
  const duplicate = useDuplicateCourse();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [done, setDone] = useState<StatusAction | null>(null);
  const run = (action: StatusAction) =>
    status.mutate(action, {
      onSuccess: () => {
        setDone(action);
        setConfirmArchive(false);
      },
    });

  return (
    <Card title={t('status.title')}>
      <div className="ui-stack">
        <p style={{ margin: 0 }}>{t(`status.explain.${course.status}`)}</p>
        <div aria-live="polite">{done && <Alert tone="success">{t(`status.done.${done}`)}</Alert>}</div>
        {status.error && <ProblemAlert error={status.error} />}
        {duplicate.error && <ProblemAlert error={duplicate.error} />}
        <div className="ui-row">
          {course.status !== 'published' && (
            <Button
              loading={status.isPending && status.variables === 'publish'}
              onClick={() => run('publish')}
            >
              {t('status.publish')}
            </Button>
          )}
          {course.status === 'published' && (
            <Button
              variant="secondary"
              loading={status.isPending && status.variables === 'unpublish'}
              onClick={() => run('unpublish')}
            >
              {t('status.unpublish')}
            </Button>
          )}
          {course.status !== 'archived' && (
            <Button variant="secondary" onClick={() => setConfirmArchive(true)}>
              {t('status.archive')}
            </Button>
          )}
          <Button
            variant="secondary"
            loading={duplicate.isPending}
            onClick={() =>
              duplicate.mutate(course.id, {
                onSuccess: (copy) => void navigate(`/author/courses/${copy.id}`),
              })
            }
          >
            {t('list.duplicate')}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirmArchive}
        title={t('status.archiveTitle', { course: course.title })}
        confirmLabel={t('status.archive')}
        cancelLabel={t('actions.cancel')}
        busy={status.isPending}
        onConfirm={() => run('archive')}
        onCancel={() => setConfirmArchive(false)}
      >
        <p>{t('status.archiveBody')}</p>
        {status.error && <ProblemAlert error={status.error} />}
      </ConfirmDialog>
    </Card>
  );
}
