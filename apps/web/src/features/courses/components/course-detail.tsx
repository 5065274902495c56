import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CourseView } from '@campus/contracts';
import { Badge, Button, buttonClassName, Card, DescriptionList, PageHeader, Spinner } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useDateFormat } from '../../../format/use-date-format';
import { useSession } from '../../auth';
import { languageAutonym } from '../../profile';
import { useCourse, useEnrol, useEnrolment } from '../hooks/use-courses';
import { orderedLessons } from '../lib/resume';
import { CourseFacts } from './course-facts';

export function CourseDetail({ slug }: { slug: string }) {
  const { t } = useTranslation('courses');
  const course = useCourse(slug);
  useDocumentTitle(course.data?.title ?? t('course.loading'));
  return (
    <QueryState query={course} loadingLabel={t('course.loading')}>
      {(c) => <CourseContent course={c} />}
    </QueryState>
  );
}

function CourseContent({ course }: { course: CourseView }) {
  const { t } = useTranslation('courses');
  const { t: tLibrary } = useTranslation('library');
  const fmt = useDateFormat();
  const lessonCount = orderedLessons(course).length;
  const dates: { key: string; term: string; description: string }[] = [];
  if (course.startsAt || course.endsAt)
    dates.push({
      key: 'runs',
      term: t('course.runs'),
      description: t('course.range', {
        from: fmt.date(course.startsAt) || '…',
        to: fmt.date(course.endsAt) || '…',
      }),
    });
  if (course.enrolmentOpensAt)
    dates.push({
      key: 'opens',
      term: t('course.enrolmentOpens'),
      description: fmt.dateTime(course.enrolmentOpensAt),
    });
  if (course.enrolmentClosesAt)
    dates.push({
      key: 'closes',
      term: t('course.enrolmentCloses'),
      description: fmt.dateTime(course.enrolmentClosesAt),
    });

  return (
    <>
      <PageHeader
        title={<span lang={course.language}>{course.title}</span>}
        description={course.summary ? <span lang={course.language}>{course.summary}</span> : undefined}
      />
      <div className="ui-stack">
        {course.cover && <img className="ui-cover ui-cover--wide" src={course.cover.url} alt="" />}
        <CourseFacts course={course} />
        <EnrolPanel course={course} />
        <Card title={t('course.about')}>
          <DescriptionList
            items={[
              { key: 'language', term: t('course.language'), description: languageAutonym(course.language) },
              { key: 'eqf', term: t('course.eqfLevel'), description: course.eqfLevel ?? t('course.noLevel') },
              {
                key: 'workload',
                term: t('course.workload'),
                description: t('facts.hours', { count: course.workloadHours }),
              },
              { key: 'organisation', term: t('course.organisation'), description: course.organisation.name },
              ...dates,
            ]}
          />
        </Card>
        {course.learningOutcomes.length > 0 && (
          <Card title={t('course.outcomes')}>
            <ul lang={course.language}>
              {course.learningOutcomes.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          </Card>
        )}
        <Card title={t('course.outline', { count: lessonCount })}>
          {course.modules.length === 0 ? (
            <p className="ui-muted">{t('course.noLessons')}</p>
          ) : (
            <ol>
              {[...course.modules]
                .sort((a, b) => a.position - b.position)
                .map((m) => (
                  <li key={m.id}>
                    <h3 style={{ fontSize: '1rem', margin: '0.5rem 0 0.25rem' }} lang={course.language}>
                      {m.title}
                    </h3>
                    <ol>
                      {[...m.lessons]
                        .sort((a, b) => a.position - b.position)
                        .map((l) => (
                          <li key={l.id}>
                            <span lang={course.language}>{l.title}</span>{' '}
                            {l.kind === 'video' && <Badge tone="info">{t('lesson.video')}</Badge>}
                            {l.kind === 'file' && <Badge tone="info">{t('lesson.file')}</Badge>}
                            {l.kind === 'resource' && (
                              <Badge tone="info">{tLibrary('lesson.resource')}</Badge>
                            )}{' '}
                            {!l.required && <Badge>{t('lesson.optional')}</Badge>}
                          </li>
                        ))}
                    </ol>
                  </li>
                ))}
            </ol>
          )}
        </Card>
      </div>
    </>
  );
}

/** Sign in, enrol, or continue, depending on who looks. */
function EnrolPanel({ course }: { course: CourseView }) {
  const { t } = useTranslation('courses');
  const { status } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = status === 'signed-in';
  const enrolment = useEnrolment(course.id, signedIn);
  const enrol = useEnrol();

  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <div className="ui-row">
        <Link to={`/sign-in?next=${next}`} className={buttonClassName()}>
          {t('enrol.signInToEnrol')}
        </Link>
        <Link to="/register">{t('enrol.register')}</Link>
      </div>
    );
  }
  if (enrolment.isPending) return <Spinner label={t('enrol.checking')} />;
  if (enrolment.isError) return <ProblemAlert error={enrolment.error} />;
  if (enrolment.data) {
    const e = enrolment.data;
    return (
      <div className="ui-row">
        <Link to={`/learn/${course.id}`} className={buttonClassName()}>
          {e.status === 'completed' ? t('enrol.review') : t('enrol.continue')}
        </Link>
        <span className="ui-muted">
          {e.status === 'completed'
            ? t('enrol.completed')
            : t('enrol.progress', { percent: e.progressPercent })}
        </span>
      </div>
    );
  }
  return (
    <div className="ui-stack" style={{ gap: '0.5rem' }}>
      {enrol.error && <ProblemAlert error={enrol.error} />}
      <div className="ui-row">
        <Button
          loading={enrol.isPending}
          onClick={() => enrol.mutate(course.id, { onSuccess: () => void navigate(`/learn/${course.id}`) })}
        >
          {t('enrol.enrol')}
        </Button>
      </div>
    </div>
  );
}
