import type { TFunction } from 'i18next';
import {
  actualDateBounds,
  SubmitMentorAssessmentRequest,
  type MentorAssessmentView,
  type OutcomeRating,
  type PlannedOutcome,
} from '@campus/contracts';
import { issueMessage } from '../../../forms/zod-messages';

export interface AssessmentValues {
  actualStart: string;
  actualEnd: string;
  /** Each planned outcome's rating by its id; '' while not rated. */
  ratings: Record<string, OutcomeRating | ''>;
  statement: string;
}

/** The earlier assessment to change, or the planned dates and nothing rated yet. */
export function assessmentValues(
  outcomes: readonly PlannedOutcome[],
  plan: { startDate: string; endDate: string },
  earlier: MentorAssessmentView | null,
): AssessmentValues {
  const rated = new Map(earlier?.outcomes.map((o) => [o.outcomeId, o.rating]));
  return {
    actualStart: earlier?.actualStart ?? plan.startDate,
    actualEnd: earlier?.actualEnd ?? plan.endDate,
    ratings: Object.fromEntries(outcomes.map((o) => [o.id, rated.get(o.id) ?? ''])),
    statement: earlier?.statement ?? '',
  };
}

/**
 * The request the values make, checked as the API checks it: the contracts' schema, every planned
 * outcome rated (errors keyed `rating.<outcomeId>`), the dates within their bounds and in order.
 * Messages in the UI language.
 */
export function assessmentRequest(
  values: AssessmentValues,
  outcomes: readonly PlannedOutcome[],
  plan: { startDate: string; endDate: string },
  t: TFunction<'common'>,
  tm: TFunction<'mentor'>,
  formatDate: (date: string) => string = (d) => d,
): { body: SubmitMentorAssessmentRequest | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const o of outcomes) if (!values.ratings[o.id]) errors[`rating.${o.id}`] = tm('assessment.rateThis');
  const raw = {
    actualStart: values.actualStart,
    actualEnd: values.actualEnd,
    outcomes: outcomes
      .filter((o) => values.ratings[o.id])
      .map((o) => ({ outcomeId: o.id, rating: values.ratings[o.id] })),
    statement: values.statement,
  };
  const parsed = SubmitMentorAssessmentRequest.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      // Missing ratings are already named per outcome.
      if (field === 'outcomes' || errors[field]) continue;
      errors[field] = issueMessage(issue, raw[field as keyof typeof raw], t);
    }
  }
  const { min, max } = actualDateBounds(plan);
  for (const field of ['actualStart', 'actualEnd'] as const) {
    const d = values[field];
    if (!errors[field] && d && (d < min || d > max))
      errors[field] = tm('assessment.dateRange', { min: formatDate(min), max: formatDate(max) });
  }
  if (!errors.actualEnd && !errors.actualStart && values.actualEnd < values.actualStart) {
    errors.actualEnd = tm('assessment.dateOrder');
  }
  return Object.keys(errors).length || !parsed.success
    ? { body: null, errors }
    : { body: parsed.data, errors };
}
