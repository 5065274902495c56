import { QuestionInput } from '@campus/contracts';
import { attemptResult, gradeItems, quizLessonDone } from './grading-batch';

const choice = QuestionInput.parse({
  type: 'single_choice',
  prompt: 'Pick B',
  content: {
    options: [
      { id: 'a', text: 'A', correct: false },
      { id: 'b', text: 'B', correct: true },
    ],
  },
});
const essay = QuestionInput.parse({ type: 'essay', prompt: 'Why?', content: {} });
const versions = new Map(
  [
    ['v-choice', choice],
    ['v-essay', essay],
  ].map(([id, q]) => [
    id as string,
    { id: id as string, ...(q as QuestionInput), tags: [], generalFeedback: null },
  ]),
);
const item = (attemptId: string, position: number, questionVersionId: string, response: unknown) => ({
  attemptId,
  position,
  points: 2,
  response,
  questionVersionId,
});

describe('grading a batch', () => {
  it('grades each item of every attempt by its own version, an essay waiting for review', () => {
    const graded = gradeItems(
      [
        item('x', 1, 'v-choice', { optionId: 'b' }),
        item('y', 1, 'v-choice', { optionId: 'a' }),
        item('y', 2, 'v-essay', { text: 'Because' }),
      ],
      versions,
    );
    expect(graded.map((g) => [g.attemptId, g.position, g.fraction, g.needsReview])).toEqual([
      ['x', 1, 1, false],
      ['y', 1, 0, false],
      ['y', 2, null, true],
    ]);
  });

  it('refuses an item whose version is unknown rather than grading it zero', () => {
    expect(() => gradeItems([item('x', 1, 'v-gone', null)], versions)).toThrow('v-gone');
  });

  it('scores an attempt, or holds it for review while a fraction is missing', () => {
    expect(
      attemptResult(
        [
          { points: 1, fraction: 1 },
          { points: 2, fraction: 0.5 },
        ],
        60,
      ),
    ).toEqual({
      status: 'graded',
      scorePercent: 66.67,
      passed: true,
    });
    expect(attemptResult([{ points: 1, fraction: 0 }], 60)).toMatchObject({
      status: 'graded',
      passed: false,
    });
    expect(
      attemptResult(
        [
          { points: 1, fraction: 1 },
          { points: 1, fraction: null },
        ],
        60,
      ),
    ).toEqual({
      status: 'needs_review',
      scorePercent: null,
      passed: null,
    });
  });

  it('counts the quiz lesson done by the final grade of the quiz method', () => {
    const graded = [
      { number: 1, scorePercent: 80 },
      { number: 2, scorePercent: 40 },
    ];
    expect(quizLessonDone('highest', 50, graded)).toBe(true);
    expect(quizLessonDone('last', 50, graded)).toBe(false);
    expect(quizLessonDone('highest', 50, [])).toBe(false);
  });
});
