import { courseProgress } from './progress-rule';

describe('courseProgress', () => {
  it('counts only required lessons and rounds down, so 99.9% never shows as 100%', () => {
    expect(courseProgress(['a', 'b', 'c'], new Set(['a', 'optional']))).toEqual({
      percent: 33,
      complete: false,
    });
    expect(courseProgress(['a', 'b', 'c'], new Set(['a', 'b']))).toEqual({ percent: 66, complete: false });
  });

  it('is complete when every required lesson is done, whatever else was done', () => {
    expect(courseProgress(['a', 'b'], new Set(['b', 'a', 'x']))).toEqual({ percent: 100, complete: true });
  });

  it('is never complete without required lessons', () => {
    expect(courseProgress([], new Set(['a']))).toEqual({ percent: 0, complete: false });
  });
});
