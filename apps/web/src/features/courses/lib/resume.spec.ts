import type { CourseView, LessonView } from '@campus/contracts';
import { neighbours, nextLesson, orderedLessons, resumeLessonId } from './resume';

function lesson(id: string, position: number, required = true): LessonView {
  return { id, moduleId: 'm', position, title: `Lesson ${id}`, kind: 'page', required };
}

// Positions deliberately out of array order: the reading order comes from them.
const course: Pick<CourseView, 'modules'> = {
  modules: [
    { id: 'm2', position: 2, title: 'Two', lessons: [lesson('c', 1), lesson('d', 2, false), lesson('e', 3)] },
    { id: 'm1', position: 1, title: 'One', lessons: [lesson('b', 2), lesson('a', 1)] },
  ],
};
const progress = (completedLessonIds: string[], lastLessonId: string | null = null) => ({
  completedLessonIds,
  lastLessonId,
});

describe('orderedLessons', () => {
  it('orders modules, then lessons, by position', () => {
    expect(orderedLessons(course).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('resumeLessonId', () => {
  it('opens the first lesson for a new enrolment', () => {
    expect(resumeLessonId(course, progress([]))).toBe('a');
    expect(resumeLessonId(course, null)).toBe('a');
  });

  it('opens the lesson after the last one completed, optional ones included, in reading order', () => {
    expect(resumeLessonId(course, progress(['a', 'b', 'c'], 'c'))).toBe('d');
    expect(resumeLessonId(course, progress(['a', 'e'], 'e'))).toBe('b');
  });

  it('reopens the last lesson while it is still open', () => {
    expect(resumeLessonId(course, progress(['a'], 'b'))).toBe('b');
  });

  it('without a known last lesson, opens the first one not completed', () => {
    expect(resumeLessonId(course, progress(['a', 'b']))).toBe('c');
    expect(resumeLessonId(course, progress(['a'], 'removed-lesson'))).toBe('b');
  });

  it('opens the first lesson when all are completed, and nothing for an empty course', () => {
    expect(resumeLessonId(course, progress(['a', 'b', 'c', 'd', 'e']))).toBe('a');
    expect(resumeLessonId({ modules: [] }, progress([]))).toBeNull();
  });
});

describe('nextLesson', () => {
  it('is the next required lesson not completed after the last one', () => {
    expect(nextLesson(course, progress(['a', 'b', 'c'], 'c'))?.id).toBe('e');
  });

  it('wraps around to earlier lessons left out', () => {
    expect(nextLesson(course, progress(['b', 'c', 'd', 'e'], 'e'))?.id).toBe('a');
  });

  it('offers an optional lesson when only those remain, and nothing when all are done', () => {
    expect(nextLesson(course, progress(['a', 'b', 'c', 'e'], 'e'))?.id).toBe('d');
    expect(nextLesson(course, progress(['a', 'b', 'c', 'd', 'e'], 'e'))).toBeNull();
  });
});

describe('neighbours', () => {
  it('gives the previous and next lessons across modules', () => {
    const lessons = orderedLessons(course);
    expect(neighbours(lessons, 'b')).toMatchObject({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(lessons, 'a').previous).toBeNull();
    expect(neighbours(lessons, 'e').next).toBeNull();
  });
});
