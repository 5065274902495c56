import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseView, LessonView } from '@campus/contracts';
import { Badge, buttonClassName, EmptyState, PageHeader } from '@campus/web-ui';
import { neighbours, orderedLessons } from '../lib/resume';

/** Long lesson titles wrap inside the button rather than overflow on phones. */
const WRAPPING = { whiteSpace: 'normal', maxWidth: '100%' } as const;

/** Open the outline by default except on phones, where it would push the lesson out of sight. */
function wideScreen(): boolean {
  return typeof window === 'undefined' || !window.matchMedia?.('(max-width: 760px)').matches;
}

export interface PlayerViewProps {
  course: CourseView;
  lessonId: string;
  /** Where lesson links point: `${basePath}/${lessonId}`. */
  basePath: string;
  completedLessonIds: readonly string[];
  /** Beside the title, e.g. a link to the course page. */
  headerActions?: ReactNode;
  /** Between the title and the lesson: progress, banners. */
  status?: ReactNode;
  /** The lesson itself (the learner's records completion; the author's preview does not). */
  renderLesson: (lesson: LessonView) => ReactNode;
}

/**
 * What a learner sees of a course: outline, lesson, previous and next. Presentational: the
 * learner's player and the author's preview both render it, so the preview is exactly the player.
 */
export function PlayerView({
  course,
  lessonId,
  basePath,
  completedLessonIds,
  headerActions,
  status,
  renderLesson,
}: PlayerViewProps) {
  const { t } = useTranslation('courses');
  const [outlineOpen] = useState(wideScreen);
  const lessons = orderedLessons(course);
  const lesson = lessons.find((l) => l.id === lessonId);
  const done = new Set(completedLessonIds);
  const { previous, next } = neighbours(lessons, lessonId);

  return (
    <>
      <PageHeader title={<span lang={course.language}>{course.title}</span>} actions={headerActions} />
      <div className="ui-stack">
        {status}
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
                                to={`${basePath}/${l.id}`}
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
              renderLesson(lesson)
            ) : (
              <EmptyState
                title={t('player.lessonNotFound')}
                actions={<Link to={basePath}>{t('player.resume')}</Link>}
              />
            )}
            <nav
              className="ui-row"
              style={{ justifyContent: 'space-between', marginTop: '1.5rem' }}
              aria-label={t('player.lessonNav')}
            >
              {previous ? (
                <Link
                  to={`${basePath}/${previous.id}`}
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
                  to={`${basePath}/${next.id}`}
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
