import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { CourseView, EnrolmentView, LessonView } from '@campus/contracts';
import { Alert, Badge, Button, buttonClassName, EmptyState, PageHeader, ProgressBar } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useCompleteLesson, useEnrolment, useLearnCourse } from '../hooks/use-courses';
import { Markdown } from '../lib/markdown';
import { neighbours, orderedLessons, resumeLessonId } from '../lib/resume';

export interface CoursePlayerProps {
  courseId: string;
  /** Without one, the player resumes where the learner left off. */
  lessonId?: string;
}

export function CoursePlayer({ courseId, lessonId }: CoursePlayerProps) {
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
            return <Player course={c} enrolment={e} lessonId={lessonId} />;
          }}
        </QueryState>
      )}
    </QueryState>
  );
}

/** Long lesson titles wrap inside the button rather than overflow on phones. */
const WRAPPING = { whiteSpace: 'normal', maxWidth: '100%' } as const;

/** Open the outline by default except on phones, where it would push the lesson out of sight. */
function wideScreen(): boolean {
  return typeof window === 'undefined' || !window.matchMedia?.('(max-width: 760px)').matches;
}

function Player({
  course,
  enrolment,
  lessonId,
}: {
  course: CourseView;
  enrolment: EnrolmentView;
  lessonId: string;
}) {
  const { t } = useTranslation('courses');
  const [outlineOpen] = useState(wideScreen);
  const lessons = orderedLessons(course);
  const lesson = lessons.find((l) => l.id === lessonId);
  const done = new Set(enrolment.completedLessonIds);
  const base = `/learn/${course.id}`;
  const { previous, next } = neighbours(lessons, lessonId);

  return (
    <>
      <PageHeader
        title={<span lang={course.language}>{course.title}</span>}
        actions={<Link to={`/courses/${course.slug}`}>{t('player.aboutCourse')}</Link>}
      />
      <div className="ui-stack">
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
        <div className="ui-learn">
          <details className="ui-card" open={outlineOpen}>
            <summary>{t('player.outline')}</summary>
            <nav aria-label={t('player.outline')}>
              <ol className="ui-outline">
                {[...course.modules]
                  .sort((a, b) => a.position - b.position)
                  .map((m) => (
                    <li key={m.id}>
                      <p className="ui-outline__module" lang={course.language}>
                        {m.title}
                      </p>
                      <ol>
                        {[...m.lessons]
                          .sort((a, b) => a.position - b.position)
                          .map((l) => (
                            <li key={l.id}>
                              <Link
                                to={`${base}/${l.id}`}
                                aria-current={l.id === lessonId ? 'page' : undefined}
                              >
                                <span className="ui-outline__tick" aria-hidden="true">
                                  {done.has(l.id) ? '✓' : ''}
                                </span>
                                <span>
                                  <span lang={course.language}>{l.title}</span>
                                  {done.has(l.id) && (
                                    <span className="ui-visually-hidden"> ({t('lesson.done')})</span>
                                  )}
                                  {!l.required && (
                                    <>
                                      {' '}
                                      <Badge>{t('lesson.optional')}</Badge>
                                    </>
                                  )}
                                </span>
                              </Link>
                            </li>
                          ))}
                      </ol>
                    </li>
                  ))}
              </ol>
            </nav>
          </details>
          <article className="ui-card" aria-labelledby="lesson-title">
            {lesson ? (
              <LessonContent
                key={lesson.id}
                course={course}
                lesson={lesson}
                completed={done.has(lesson.id)}
              />
            ) : (
              <EmptyState
                title={t('player.lessonNotFound')}
                actions={<Link to={base}>{t('player.resume')}</Link>}
              />
            )}
            <nav
              className="ui-row"
              style={{ justifyContent: 'space-between', marginTop: '1.5rem' }}
              aria-label={t('player.lessonNav')}
            >
              {previous ? (
                <Link
                  to={`${base}/${previous.id}`}
                  className={buttonClassName({ variant: 'secondary' })}
                  style={WRAPPING}
                >
                  {t('player.previous', { title: previous.title })}
                </Link>
              ) : (
                <span />
              )}
              {next && (
                <Link
                  to={`${base}/${next.id}`}
                  className={buttonClassName({ variant: 'secondary' })}
                  style={WRAPPING}
                >
                  {t('player.next', { title: next.title })}
                </Link>
              )}
            </nav>
          </article>
        </div>
      </div>
    </>
  );
}

function LessonContent({
  course,
  lesson,
  completed,
}: {
  course: CourseView;
  lesson: LessonView;
  completed: boolean;
}) {
  const { t } = useTranslation('courses');
  const complete = useCompleteLesson(course.id);
  const doneRef = useRef<HTMLSpanElement>(null);
  return (
    <div className="ui-stack">
      <div className="ui-row">
        <h2 id="lesson-title" style={{ margin: 0 }} lang={course.language}>
          {lesson.title}
        </h2>
        {!lesson.required && <Badge>{t('lesson.optional')}</Badge>}
      </div>
      {lesson.kind === 'video' ? (
        <div className="ui-stack" lang={course.language}>
          {lesson.videoUrl && (
            <p>
              <a
                href={lesson.videoUrl}
                target="_blank"
                rel="noopener noreferrer"
                className={buttonClassName()}
              >
                {t('lesson.openVideo')}
                <span className="ui-visually-hidden"> {t('lesson.newTab')}</span>
              </a>
            </p>
          )}
          <section aria-labelledby="transcript-title">
            <h3 id="transcript-title">{t('lesson.transcript')}</h3>
            {lesson.transcript ? (
              <p className="ui-prewrap">{lesson.transcript}</p>
            ) : (
              <p className="ui-muted">{t('lesson.noTranscript')}</p>
            )}
          </section>
        </div>
      ) : (
        <div lang={course.language}>
          <Markdown source={lesson.body ?? ''} headingOffset={2} />
        </div>
      )}
      {complete.error && <ProblemAlert error={complete.error} />}
      <div className="ui-row" aria-live="polite">
        {completed ? (
          // focus moves here from the button that disappears
          <span ref={doneRef} tabIndex={-1}>
            <Badge tone="success">{t('lesson.completed')}</Badge>
          </span>
        ) : (
          <Button
            loading={complete.isPending}
            onClick={() =>
              complete.mutate(lesson.id, { onSuccess: () => setTimeout(() => doneRef.current?.focus(), 0) })
            }
          >
            {t('lesson.markComplete')}
          </Button>
        )}
      </div>
    </div>
  );
}
