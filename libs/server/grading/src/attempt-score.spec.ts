import { attemptScore } from './attempt-score';

describe('attemptScore', () => {
  it('is the percent of total points earned, rounded to 2 decimals', () => {
    expect(
      attemptScore([
        { points: 1, fraction: 1 },
        { points: 2, fraction: 0.5 },
        { points: 3, fraction: 0 },
      ]),
    ).toEqual({
      percent: 33.33,
      pending: false,
    });
    expect(attemptScore([{ points: 3, fraction: 2 / 3 }])).toEqual({ percent: 66.67, pending: false });
    expect(attemptScore([{ points: 8, fraction: 1 / 8 }])).toEqual({ percent: 12.5, pending: false });
    expect(
      attemptScore([
        { points: 2, fraction: 1 },
        { points: 1, fraction: 1 },
      ]),
    ).toEqual({ percent: 100, pending: false });
  });

  it('weights each item by its points', () => {
    expect(
      attemptScore([
        { points: 9, fraction: 1 },
        { points: 1, fraction: 0 },
      ]),
    ).toEqual({ percent: 90, pending: false });
    expect(
      attemptScore([
        { points: 1, fraction: 1 },
        { points: 9, fraction: 0 },
      ]),
    ).toEqual({ percent: 10, pending: false });
  });

  it('is pending, without percent, while any item waits for a trainer', () => {
    expect(
      attemptScore([
        { points: 1, fraction: 1 },
        { points: 5, fraction: null },
      ]),
    ).toEqual({
      percent: null,
      pending: true,
    });
  });

  it('is 0 when there are no points to earn', () => {
    expect(attemptScore([])).toEqual({ percent: 0, pending: false });
    expect(attemptScore([{ points: 0, fraction: 1 }])).toEqual({ percent: 0, pending: false });
  });
});
