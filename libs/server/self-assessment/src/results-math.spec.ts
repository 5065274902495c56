import {
  addTallies,
  groupShown,
  mean,
  median,
  overallPool,
  overallScore,
  round2,
  spread,
} from './results-math';

describe('results math', () => {
  it('means the scores given, 2 decimals, null when none was given', () => {
    expect(mean({ sum: 10, count: 3 })).toBe(3.33);
    expect(mean({ sum: 11, count: 3 })).toBe(3.67);
    expect(mean({ sum: 0, count: 0 })).toBeNull();
    expect(round2(2.675)).toBe(2.68);
  });

  it('adds tallies', () => {
    expect(addTallies({ sum: 4, count: 1 }, { sum: 6, count: 2 })).toEqual({ sum: 10, count: 3 });
    expect(addTallies()).toEqual({ sum: 0, count: 0 });
  });

  it('spreads the shown values only, null below two', () => {
    expect(spread([3.5, null, 2.25, undefined, 4])).toBe(1.75);
    expect(spread([3.5, null])).toBeNull();
    expect(spread([])).toBeNull();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3.333])).toBe(3.33);
    expect(median([])).toBeNull();
  });

  it('shows a group from the minimum size on', () => {
    expect(groupShown(2, 3)).toBe(false);
    expect(groupShown(3, 3)).toBe(true);
  });

  describe('overall pool', () => {
    it('pools every group when no group is hidden', () => {
      expect(
        overallPool(
          new Map([
            ['teachers', 4],
            ['leaders', 3],
          ]),
          3,
        ),
      ).toEqual({
        groups: ['teachers', 'leaders'],
        shown: true,
      });
    });

    it('leaves out hidden groups with fewer respondents together than the minimum', () => {
      // 1 leader: overall minus teachers would give that leader's answers away.
      expect(
        overallPool(
          new Map([
            ['teachers', 4],
            ['leaders', 1],
          ]),
          3,
        ),
      ).toEqual({
        groups: ['teachers'],
        shown: true,
      });
    });

    it('pools hidden groups that together reach the minimum', () => {
      expect(
        overallPool(
          new Map([
            ['teachers', 2],
            ['leaders', 2],
          ]),
          3,
        ),
      ).toEqual({
        groups: ['teachers', 'leaders'],
        shown: true,
      });
    });

    it('hides the overall score below the minimum in total', () => {
      expect(overallPool(new Map([['teachers', 2]]), 3).shown).toBe(false);
      expect(
        overallPool(
          new Map([
            ['teachers', 1],
            ['leaders', 1],
          ]),
          3,
        ).shown,
      ).toBe(false);
      expect(overallPool(new Map<string, number>(), 3).shown).toBe(false);
    });

    it('a round with a higher minimum hides more', () => {
      expect(overallPool(new Map([['teachers', 4]]), 5).shown).toBe(false);
    });
  });

  it('overall score means the pooled groups tallies', () => {
    const tallies = new Map([
      ['teachers', { sum: 12, count: 4 }],
      ['leaders', { sum: 5, count: 1 }],
    ]);
    expect(overallScore(tallies, { groups: ['teachers', 'leaders'], shown: true })).toBe(3.4);
    expect(overallScore(tallies, { groups: ['teachers'], shown: true })).toBe(3);
    expect(overallScore(tallies, { groups: ['teachers'], shown: false })).toBeNull();
  });
});
