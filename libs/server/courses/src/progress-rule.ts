/**
 * The course completion rule, pure: progress counts required lessons only; the course is complete
 * when every required lesson that still exists is complete. A course with no required lesson is
 * never complete by this rule (there is nothing to have done).
 */
export function courseProgress(
  requiredLessonIds: readonly string[],
  completedLessonIds: ReadonlySet<string>,
): {
  percent: number;
  complete: boolean;
} {
  if (requiredLessonIds.length === 0) return { percent: 0, complete: false };
  const done = requiredLessonIds.filter((id) => completedLessonIds.has(id)).length;
  return {
    percent: Math.floor((done * 100) / requiredLessonIds.length),
    complete: done === requiredLessonIds.length,
  };
}
