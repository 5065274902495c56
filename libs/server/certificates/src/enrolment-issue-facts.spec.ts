import { meanOfFinalGrades, type RequiredQuizResult } from './enrolment-issue-facts';

const q = (quizId: string, method: RequiredQuizResult['method'], ...attempts: [number, string | number][]) =>
  attempts.length
    ? attempts.map(([number, score]) => ({ quizId, method, number, score }))
    : [{ quizId, method, number: null, score: null }];

describe('meanOfFinalGrades', () => {
  it('averages each required quiz’s final grade by its own method, to two decimals', () => {
    const rows = [
      ...q('a', 'highest', [1, '60.00'], [2, '90.00']),
      ...q('b', 'last', [1, 80], [2, '70.5']),
      ...q('c', 'first', [2, '10'], [1, '50']),
    ];
    // 90, 70.5 and 50
    expect(meanOfFinalGrades(rows)).toBe(70.17);
  });

  it('leaves out required quizzes without a graded attempt, and is null when none has one', () => {
    expect(meanOfFinalGrades([...q('a', 'average', [1, '40'], [2, '60']), ...q('b', 'highest')])).toBe(50);
    expect(meanOfFinalGrades(q('b', 'highest'))).toBeNull();
    expect(meanOfFinalGrades([])).toBeNull();
  });
});
