import type { FocusAreaCandidate, Locale } from '@campus/contracts';
import { fill, ROADMAP_LABELS } from './roadmap-labels';

/** The highest area score of a framework: a seeded target is never above it. */
export const MAX_AREA_SCORE = 5;

export interface SeededObjective {
  areaKey: string;
  title: string;
  explanation: string;
  indicator: string;
  baseline: number | null;
  target: number | null;
  /** Starter actions, no owner or due date yet. */
  actions: string[];
}

/**
 * One objective per focus area, in the order the manager picked them: titled after the area, the
 * explanation naming its weakest statements, an 'area_score' indicator from the round's score to
 * one point more (at most 5), and two starter actions. Texts in the roadmap's language.
 */
export function seedObjectives(
  areas: FocusAreaCandidate[],
  roundTitle: string,
  locale: Locale,
): SeededObjective[] {
  const labels = ROADMAP_LABELS[locale];
  return areas.map((area) => {
    const statements = area.weakestStatements.map((s) => `"${s.text}" (${s.score.toFixed(2)})`).join('; ');
    const explanation =
      area.score === null || !statements
        ? fill(labels.seedExplanationNoScore, { round: roundTitle })
        : fill(labels.seedExplanation, { round: roundTitle, score: area.score.toFixed(2), statements });
    return {
      areaKey: area.key,
      // The columns' limits: a framework's texts may be longer.
      title: area.title.slice(0, 300),
      explanation: explanation.slice(0, 5000),
      indicator: labels.areaIndicator,
      baseline: area.score,
      target: area.score === null ? null : Math.min(MAX_AREA_SCORE, Math.round((area.score + 1) * 100) / 100),
      actions: [fill(labels.discussAction, { area: area.title }).slice(0, 300), labels.trainAction],
    };
  });
}
