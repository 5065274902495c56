import { QuestionInput, QUESTION_TYPES } from '@campus/contracts';
import { DEMO_QUIZ } from './demo-quiz';
import { DEMO_COURSES } from './demo-courses';

describe('the demo quiz', () => {
  it('has ten auto-graded questions using every auto-graded type, and one essay', () => {
    const types = DEMO_QUIZ.questions.map((q) => q.type);
    expect(types.filter((t) => t !== 'essay')).toHaveLength(10);
    expect(types.filter((t) => t === 'essay')).toHaveLength(1);
    expect(new Set(types)).toEqual(new Set(QUESTION_TYPES));
  });

  it.each(DEMO_QUIZ.questions.map((q) => [q.prompt.slice(0, 40), q] as const))(
    '%s… is a valid question',
    (_p, q) => {
      expect(QuestionInput.safeParse(q).error?.issues).toBeUndefined();
    },
  );

  it('goes into a module of the English demo course', () => {
    const course = DEMO_COURSES.find((c) => c.slug === DEMO_QUIZ.courseSlug);
    expect(course?.modules.map((m) => m.title)).toContain(DEMO_QUIZ.moduleTitle);
  });
});
