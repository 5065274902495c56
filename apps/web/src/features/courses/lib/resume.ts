import type { CourseView, EnrolmentView, LessonView } from '@campus/contracts';

/** The lessons in reading order: modules by position, then lessons by position. */
export function orderedLessons(course: Pick<CourseView, 'modules'>): LessonView[] {
  return [...course.modules]
    .sort((a, b) => a.position - b.position)
    .flatMap((m) => [...m.lessons].sort((a, b) => a.position - b.position));
}

type Progress = Pick<EnrolmentView, 'completedLessonIds' | 'lastLessonId'> | null | undefined;

/**
 * Where "continue" opens the player: the last lesson worked on if it is still open, else the first
 * lesson not completed after it in reading order (wrapping round), else the first lesson; null for
 * a course without lessons. (The server records the last lesson when it is completed.)
 */
export function resumeLessonId(course: Pick<CourseView, 'modules'>, enrolment: Progress): string | null {
  const lessons = orderedLessons(course);
  if (!lessons.length) return null;
  const done = new Set(enrolment?.completedLessonIds ?? []);
  const from = Math.max(
    0,
    lessons.findIndex((l) => l.id === enrolment?.lastLessonId),
  );
  const open = [...lessons.slice(from), ...lessons.slice(0, from)].find((l) => !done.has(l.id));
  return (open ?? lessons[0]).id;
}

/**
 * "What's next": the first lesson not completed after the last one opened (required ones first),
 * else the first not completed anywhere; null when everything is done.
 */
export function nextLesson(course: Pick<CourseView, 'modules'>, enrolment: Progress): LessonView | null {
  const lessons = orderedLessons(course);
  const done = new Set(enrolment?.completedLessonIds ?? []);
  const from = Math.max(
    0,
    lessons.findIndex((l) => l.id === enrolment?.lastLessonId),
  );
  const open = [...lessons.slice(from), ...lessons.slice(0, from)].filter((l) => !done.has(l.id));
  return open.find((l) => l.required) ?? open[0] ?? null;
}

/** The lessons before and after one, for previous / next. */
export function neighbours(lessons: LessonView[], lessonId: string) {
  const i = lessons.findIndex((l) => l.id === lessonId);
  return {
    previous: i > 0 ? lessons[i - 1] : null,
    next: i >= 0 && i < lessons.length - 1 ? lessons[i + 1] : null,
  };
}
