import { finalGrade } from './final-grade';

const attempts = [
  { number: 2, scorePercent: 40 },
  { number: 1, scorePercent: 70 },
  { number: 3, scorePercent: 55.5 },
];

describe('finalGrade', () => {
  it.each([
    ['highest', 70],
    ['last', 55.5],
    ['first', 70],
    ['average', 55.17],
  ] as const)('%s', (method, expected) => expect(finalGrade(method, attempts)).toBe(expected));

  it('is null with nothing graded', () => expect(finalGrade('highest', [])).toBeNull());
});
