import {
  ACTUAL_DATES_SLACK_DAYS,
  actualDateBounds,
  type FieldError,
  type PlannedOutcome,
  type SubmitMentorAssessmentRequest,
} from '@campus/contracts';

/**
 * What is wrong with a mentor's assessment of a mobility planned from `startDate` to `endDate`
 * whose agreed learning agreement plans `planned`: each planned outcome must be rated exactly once
 * (and nothing else rated), and the actual dates must be in order and within
 * ACTUAL_DATES_SLACK_DAYS of the planned start and end. Empty when it is acceptable.
 */
export function assessmentProblems(
  req: Pick<SubmitMentorAssessmentRequest, 'actualStart' | 'actualEnd' | 'outcomes'>,
  plan: { startDate: string; endDate: string },
  planned: readonly Pick<PlannedOutcome, 'id'>[],
): FieldError[] {
  const errors: FieldError[] = [];
  const { min: earliest, max: latest } = actualDateBounds(plan);
  const outside = (d: string) => d < earliest || d > latest;
  const range = `between ${earliest} and ${latest} (the planned dates ${plan.startDate} to ${plan.endDate}, give or take ${ACTUAL_DATES_SLACK_DAYS} days)`;
  if (outside(req.actualStart)) {
    errors.push({ field: 'actualStart', message: `The actual start must be ${range}.` });
  }
  if (outside(req.actualEnd)) {
    errors.push({ field: 'actualEnd', message: `The actual end must be ${range}.` });
  } else if (req.actualEnd < req.actualStart) {
    errors.push({ field: 'actualEnd', message: 'The actual end cannot be before the actual start.' });
  }

  const plannedIds = new Set(planned.map((o) => o.id));
  const rated = req.outcomes.map((o) => o.outcomeId);
  const unknown = rated.filter((id) => !plannedIds.has(id));
  const twice = rated.filter((id, i) => rated.indexOf(id) !== i);
  const missing = [...plannedIds].filter((id) => !rated.includes(id));
  if (unknown.length || twice.length || missing.length) {
    const parts = [
      missing.length ? `${missing.length} planned outcome(s) not rated` : '',
      twice.length ? `${twice.length} rated more than once` : '',
      unknown.length ? `${unknown.length} not in the agreed learning agreement` : '',
    ].filter(Boolean);
    errors.push({
      field: 'outcomes',
      message: `Rate each planned outcome of the agreed learning agreement exactly once: ${parts.join(', ')}.`,
    });
  }
  return errors;
}
