import {
  CreateObjectiveRequest,
  MOBILITY_ACTIVITY_TYPES,
  type ActivityEstimate,
  type FieldError,
  type IndicatorKind,
  type Locale,
  type MobilityActivityType,
  type RoadmapObjectiveView,
} from '@campus/contracts';

export interface RoadmapFormValues {
  title: string;
  locale: Locale;
  startsOn: string;
  endsOn: string;
  estimates: { year: string; activityType: MobilityActivityType; participants: string }[];
}

export const emptyEstimate = (year = new Date().getFullYear()) => ({
  year: String(year),
  activityType: MOBILITY_ACTIVITY_TYPES[0],
  participants: '',
});

/** The rows with a participant count; blank rows are left out. */
export function toActivityEstimates(values: RoadmapFormValues['estimates']): ActivityEstimate[] {
  return values
    .filter((e) => e.participants.trim() !== '')
    .map((e) => ({
      year: Number(e.year),
      activityType: e.activityType,
      participants: Number(e.participants),
    }));
}

export interface ObjectiveFormValues {
  title: string;
  explanation: string;
  startsOn: string;
  endsOn: string;
  indicator: string;
  indicatorKind: IndicatorKind;
  areaKey: string | null;
  baseline: string;
  target: string;
  currentValue: string;
}

export function objectiveFormValues(o?: RoadmapObjectiveView): ObjectiveFormValues {
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    title: o?.title ?? '',
    explanation: o?.explanation ?? '',
    startsOn: o?.startsOn ?? '',
    endsOn: o?.endsOn ?? '',
    indicator: o?.indicator ?? '',
    indicatorKind: o?.indicatorKind ?? 'number',
    areaKey: o?.areaKey ?? null,
    baseline: text(o?.baseline),
    target: text(o?.target),
    currentValue: text(o?.currentValue),
  };
}

const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** The request body, or the errors by field (the API's own schema decides). */
export function objectiveRequest(
  v: ObjectiveFormValues,
): { ok: true; body: CreateObjectiveRequest } | { ok: false; errors: FieldError[] } {
  const parsed = CreateObjectiveRequest.safeParse({
    title: v.title,
    explanation: v.explanation,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
    indicator: v.indicator,
    indicatorKind: v.indicatorKind,
    areaKey: v.areaKey,
    baseline: numberOrNull(v.baseline),
    target: numberOrNull(v.target),
    currentValue: v.indicatorKind === 'area_score' ? null : numberOrNull(v.currentValue),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
  };
}
