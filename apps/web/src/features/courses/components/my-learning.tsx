import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, buttonClassName, EmptyState, ProgressBar, Spinner } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import type { MyEnrolment } from '../api/courses.api';
import { useCourse, useMyEnrolments } from '../hooks/use-courses';
import { nextLesson } from '../lib/resume';

/** The courses the user is enrolled in, with progress and what comes next. */
export function MyLearning({
  headingLevel = 2,
  hideTitle = false,
}: {
  headingLevel?: 2 | 3;
  hideTitle?: boolean;
}) {
  const { t } = useTranslation('courses');
  const enrolments = useMyEnrolments();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="my-learning-title" className="ui-stack">
      <Heading
        id="my-learning-title"
        style={{ margin: 0 }}
        className={hideTitle ? 'ui-visually-hidden' : undefined}
      >
        {t('myLearning.title')}
      </Heading>
      <QueryState
        query={enrolments}
        loadingLabel={t('myLearning.loading')}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState
            title={t('myLearning.emptyTitle')}
            actions={
              <Link to="/catalogue" className={buttonClassName()}>
                {t('myLearning.browse')}
              </Link>
            }
          >
            {t('myLearning.emptyBody')}
          </EmptyState>
        }
      >
        {(list) => (
          <>
            <ul className="ui-grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {list.map((e) => (
                <li key={e.id} className="ui-card">
                  <EnrolmentCard enrolment={e} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/catalogue">{t('myLearning.browseMore')}</Link>
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}

function EnrolmentCard({ enrolment }: { enrolment: MyEnrolment }) {
  const { t } = useTranslation('courses');
  const outline = useCourse(enrolment.course.slug);
  const completed = enrolment.status === 'completed';
  const next = outline.data ? nextLesson(outline.data, enrolment) : null;
  return (
    <article className="ui-stack" style={{ gap: '0.5rem' }}>
      <h3 style={{ fontSize: '1.1rem', margin: 0 }}>
        <Link to={`/courses/${enrolment.course.slug}`}>{enrolment.course.title}</Link>
      </h3>
      {completed && (
        <span>
          <Badge tone="success">{t('enrol.completed')}</Badge>
        </span>
      )}
      <ProgressBar
        value={enrolment.progressPercent}
        label={t('myLearning.progressOf', { course: enrolment.course.title })}
        valueText={t('enrol.progress', { percent: enrolment.progressPercent })}
      />
      {!completed &&
        (outline.isPending ? (
          <Spinner label={t('myLearning.loadingNext')} />
        ) : next ? (
          <p style={{ margin: 0 }}>
            {t('myLearning.next')} <strong>{next.title}</strong>
          </p>
        ) : null)}
      <p style={{ margin: 0 }}>
        <Link
          to={next ? `/learn/${enrolment.courseId}/${next.id}` : `/learn/${enrolment.courseId}`}
          className={buttonClassName({ variant: completed ? 'secondary' : 'primary' })}
          style={{ whiteSpace: 'normal', maxWidth: '100%' }}
          aria-label={t(completed ? 'myLearning.reviewLabel' : 'myLearning.continueLabel', {
            course: enrolment.course.title,
          })}
        >
          {completed ? t('enrol.review') : t('enrol.continue')}
        </Link>
      </p>
    </article>
  );
}
