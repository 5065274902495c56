import { indicatorPercent, type IndicatorKind, type RoadmapObjectiveView } from '@campus/contracts';

export interface IndicatorProgress {
  baseline: number | null;
  target: number | null;
  current: number | null;
  /** 0-100 of the way from baseline to target; null while a value is missing. */
  percent: number | null;
}

/**
 * An objective's indicator as the page shows it: an area score's current value comes from the
 * API's progress (the latest round closed after the roadmap was made); other indicators show the
 * value the manager entered, so an edit shows at once.
 */
export function objectiveProgress(
  objective: Pick<RoadmapObjectiveView, 'indicatorKind' | 'baseline' | 'target' | 'currentValue'>,
  measuredAreaScore: number | null,
): IndicatorProgress {
  const current = objective.indicatorKind === 'area_score' ? measuredAreaScore : objective.currentValue;
  return {
    baseline: objective.baseline,
    target: objective.target,
    current,
    percent: indicatorPercent(objective.baseline, objective.target, current),
  };
}

/** A value as the indicator's kind reads: "3.5" of 5, "12", "40 %". */
export function formatIndicatorValue(
  value: number | null,
  kind: IndicatorKind,
  format: (n: number) => string,
): string {
  if (value === null) return '–';
  return kind === 'percent' ? `${format(value)} %` : format(value);
}
