import { formatIndicatorValue, objectiveProgress } from './roadmap-progress';

describe('objectiveProgress', () => {
  it('measures an area score by the latest round, never by a typed value', () => {
    const objective = { indicatorKind: 'area_score' as const, baseline: 2, target: 3.5, currentValue: 5 };
    expect(objectiveProgress(objective, 3)).toEqual({ baseline: 2, target: 3.5, current: 3, percent: 67 });
    expect(objectiveProgress(objective, null)).toEqual({
      baseline: 2,
      target: 3.5,
      current: null,
      percent: null,
    });
  });

  it('measures numbers and percents by the value entered, clamped to 0-100', () => {
    const counted = { indicatorKind: 'number' as const, baseline: 2, target: 10, currentValue: 6 };
    expect(objectiveProgress(counted, 4.5).percent).toBe(50);
    expect(objectiveProgress({ ...counted, currentValue: 14 }, null).percent).toBe(100);
    expect(objectiveProgress({ ...counted, currentValue: 1 }, null).percent).toBe(0);
  });

  it('follows targets below the baseline (fewer dropouts) and has no percent without a target', () => {
    const dropouts = { indicatorKind: 'percent' as const, baseline: 20, target: 10, currentValue: 15 };
    expect(objectiveProgress(dropouts, null).percent).toBe(50);
    expect(objectiveProgress({ ...dropouts, target: null }, null).percent).toBeNull();
    expect(objectiveProgress({ ...dropouts, target: 20, currentValue: 20 }, null).percent).toBe(100);
  });
});

describe('formatIndicatorValue', () => {
  const fmt = (n: number) => n.toFixed(1);
  it('shows a dash for no value and a percent sign for percents', () => {
    expect(formatIndicatorValue(null, 'number', fmt)).toBe('–');
    expect(formatIndicatorValue(40, 'percent', fmt)).toBe('40.0 %');
    expect(formatIndicatorValue(3.5, 'area_score', fmt)).toBe('3.5');
  });
});
