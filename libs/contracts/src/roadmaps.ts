import { z } from 'zod';
import { Locale, Uuid, type Locale as LocaleCode } from './common';
import { MobilityActivityType, PlainDate } from './mobilities';

/**
 * A school's internationalisation roadmap (issue 11), shaped like the Erasmus Plan of an
 * accreditation: objectives, each with an explanation, timing and a measurable indicator (baseline
 * and target), and actions with an owner, a due date and a status.
 */

/** 'area_score' indicators are read from the school's later self-assessment rounds (1-5). */
export const INDICATOR_KINDS = ['area_score', 'number', 'percent'] as const;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** Persisted: never rename one. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** SELFIE's planning advice: work on two or three areas at a time. */
export const MIN_FOCUS_AREAS = 1;
export const MAX_FOCUS_AREAS = 3;

const Title = z.string().trim().min(1).max(200);
const AreaKey = z.string().trim().min(1).max(60);
/** Indicator values: area scores are 1-5; numbers and percents fit numeric(12, 2). */
const IndicatorValue = z.number().min(-1_000_000_000).max(1_000_000_000).nullable();

/** A yearly estimate of the Erasmus Plan: how many participants in which kind of activity. */
export const ActivityEstimate = z.object({
  year: z.number().int().min(2000).max(2100),
  activityType: MobilityActivityType,
  participants: z.number().int().min(0).max(100_000),
});
export type ActivityEstimate = z.infer<typeof ActivityEstimate>;

const datesInOrder = (v: { startsOn?: string | null; endsOn?: string | null }) =>
  !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const DATES_MESSAGE = { message: 'The end date must not be before the start date.', path: ['endsOn'] };

const RoadmapFields = z.object({
  title: Title,
  /** The language of the seeded texts and of the PDF. */
  locale: Locale,
  startsOn: PlainDate.nullable().default(null),
  endsOn: PlainDate.nullable().default(null),
  activityEstimates: z.array(ActivityEstimate).max(60).default([]),
});

/**
 * A blank roadmap, or one seeded from a round of the school: one objective per focus area picked
 * by the manager (MIN_FOCUS_AREAS to MAX_FOCUS_AREAS of the round's framework areas).
 */
export const CreateRoadmapRequest = RoadmapFields.extend({
  fromRound: z
    .object({
      roundId: Uuid,
      focusAreaKeys: z
        .array(AreaKey)
        .min(MIN_FOCUS_AREAS)
        .max(MAX_FOCUS_AREAS)
        .refine((keys) => new Set(keys).size === keys.length, { message: 'Pick each area once.' }),
    })
    .optional(),
}).refine(datesInOrder, DATES_MESSAGE);
export type CreateRoadmapRequest = z.infer<typeof CreateRoadmapRequest>;

export const UpdateRoadmapRequest = z
  .object({
    title: Title,
    locale: Locale,
    startsOn: PlainDate.nullable(),
    endsOn: PlainDate.nullable(),
    activityEstimates: z.array(ActivityEstimate).max(60),
  })
  .partial()
  .refine(datesInOrder, DATES_MESSAGE);
export type UpdateRoadmapRequest = z.infer<typeof UpdateRoadmapRequest>;

const ObjectiveFields = z.object({
  title: z.string().trim().min(1).max(300),
  explanation: z.string().trim().max(5000).default(''),
  startsOn: PlainDate.nullable().default(null),
  endsOn: PlainDate.nullable().default(null),
  /** How progress is measured, in words. */
  indicator: z.string().trim().min(1).max(500),
  indicatorKind: IndicatorKind.default('number'),
  /** The framework area it improves; required for 'area_score' indicators. */
  areaKey: AreaKey.nullable().default(null),
  baseline: IndicatorValue.default(null),
  target: IndicatorValue.default(null),
  /** For 'number' and 'percent' indicators; an 'area_score' is read from the school's later rounds. */
  currentValue: IndicatorValue.default(null),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const CreateObjectiveRequest = ObjectiveFields.refine(datesInOrder, DATES_MESSAGE);
export type CreateObjectiveRequest = z.infer<typeof CreateObjectiveRequest>;

export const UpdateObjectiveRequest = z
  .object({
    title: ObjectiveFields.shape.title,
    explanation: z.string().trim().max(5000),
    startsOn: PlainDate.nullable(),
    endsOn: PlainDate.nullable(),
    indicator: ObjectiveFields.shape.indicator,
    indicatorKind: IndicatorKind,
    areaKey: AreaKey.nullable(),
    baseline: IndicatorValue,
    target: IndicatorValue,
    currentValue: IndicatorValue,
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .refine(datesInOrder, DATES_MESSAGE);
export type UpdateObjectiveRequest = z.infer<typeof UpdateObjectiveRequest>;

export const CreateActionRequest = z.object({
  title: z.string().trim().min(1).max(300),
  /** A member of the roadmap's school. */
  ownerId: Uuid.nullable().default(null),
  dueOn: PlainDate.nullable().default(null),
  status: ActionStatus.default('planned'),
  notes: z.string().trim().max(5000).default(''),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CreateActionRequest = z.infer<typeof CreateActionRequest>;

export const UpdateActionRequest = z
  .object({
    title: CreateActionRequest.shape.title,
    ownerId: Uuid.nullable(),
    dueOn: PlainDate.nullable(),
    status: ActionStatus,
    notes: z.string().trim().max(5000),
    position: z.number().int().min(0).max(10_000),
    /** Moves the action to another objective of the same roadmap. */
    objectiveId: Uuid,
  })
  .partial();
export type UpdateActionRequest = z.infer<typeof UpdateActionRequest>;

/** What the owner of an action may change (through /api/me/roadmap-actions). */
export const UpdateOwnActionRequest = z
  .object({ status: ActionStatus, notes: z.string().trim().max(5000) })
  .partial()
  .refine((v) => v.status !== undefined || v.notes !== undefined, {
    message: 'Give a status or notes.',
  });
export type UpdateOwnActionRequest = z.infer<typeof UpdateOwnActionRequest>;

export const FocusAreasQuery = z.object({ roundId: Uuid, locale: Locale.optional() });
export type FocusAreasQuery = z.infer<typeof FocusAreasQuery>;

export const RoadmapLocaleQuery = z.object({ locale: Locale.optional() });
export type RoadmapLocaleQuery = z.infer<typeof RoadmapLocaleQuery>;

export interface RoadmapActionView {
  id: string;
  objectiveId: string;
  position: number;
  title: string;
  owner: { id: string; name: string } | null;
  dueOn: string | null;
  status: ActionStatus;
  notes: string;
  completedAt: string | null;
  /** Due before today (UTC) and neither done nor cancelled. */
  overdue: boolean;
}

export interface RoadmapObjectiveView {
  id: string;
  position: number;
  areaKey: string | null;
  title: string;
  explanation: string;
  startsOn: string | null;
  endsOn: string | null;
  indicator: string;
  indicatorKind: IndicatorKind;
  baseline: number | null;
  target: number | null;
  currentValue: number | null;
  actions: RoadmapActionView[];
}

export interface RoadmapSummaryView {
  id: string;
  title: string;
  locale: LocaleCode;
  startsOn: string | null;
  endsOn: string | null;
  sourceRoundId: string | null;
  focusAreaKeys: string[];
  objectives: number;
  actions: number;
  overdueActions: number;
  createdAt: string;
  updatedAt: string;
}

export interface RoadmapView extends Omit<RoadmapSummaryView, 'objectives' | 'actions' | 'overdueActions'> {
  organisationId: string;
  /** The round it was seeded from, if any (title and its framework). */
  sourceRound: { id: string; title: string; frameworkId: string } | null;
  activityEstimates: ActivityEstimate[];
  objectives: RoadmapObjectiveView[];
}

/** A round's framework areas, weakest first, for picking focus areas. */
export interface FocusAreaCandidate {
  key: string;
  title: string;
  topic: string;
  /** Mean of every score given in the area (0s left out); null with fewer than the round's minimum. */
  score: number | null;
  /** The area's lowest-scored statements, lowest first. */
  weakestStatements: { key: string; text: string; score: number }[];
}

export interface FocusAreasView {
  roundId: string;
  roundTitle: string;
  status: 'open' | 'closed';
  respondents: number;
  areas: FocusAreaCandidate[];
}

export interface ObjectiveProgress {
  objectiveId: string;
  title: string;
  areaKey: string | null;
  indicatorKind: IndicatorKind;
  baseline: number | null;
  target: number | null;
  /** area_score: the latest closed round after the roadmap was made; otherwise the value entered. */
  current: number | null;
  /** 0-100 of the way from baseline to target; null when a value is missing. */
  percent: number | null;
  actions: { total: number; done: number; cancelled: number; overdue: number };
}

export interface RoadmapProgressView {
  roadmapId: string;
  /** The day overdue is judged against (UTC). */
  today: string;
  /** The round current area scores come from, if one closed after the roadmap was made. */
  measuredBy: { roundId: string; title: string; closedAt: string } | null;
  objectives: ObjectiveProgress[];
  actions: { total: number; done: number; overdue: number };
  overdueActions: (RoadmapActionView & { objectiveTitle: string })[];
}

export interface RecommendedCourse {
  id: string;
  title: string;
  summary: string;
  language: string;
  workloadHours: number;
  /** Members of the school enrolled in the course (completed ones included). */
  enrolled: number;
  completed: number;
}

export interface RoadmapRecommendationsView {
  areas: { areaKey: string; title: string; topic: string; courses: RecommendedCourse[] }[];
}

/** An action as its owner sees it on /my-actions. */
export interface MyRoadmapActionView extends RoadmapActionView {
  objectiveTitle: string;
  roadmap: { id: string; title: string; organisationId: string; organisationName: string };
}

/**
 * How far an indicator has come from its baseline to its target, 0-100 (rounded); works for
 * targets below the baseline too. Null while the baseline, target or current value is missing.
 */
export function indicatorPercent(
  baseline: number | null,
  target: number | null,
  current: number | null,
): number | null {
  if (baseline === null || target === null || current === null) return null;
  // Nothing to gain: the target is met while the value holds (an increase is taken as better).
  if (target === baseline) return current >= target ? 100 : 0;
  const percent = ((current - baseline) / (target - baseline)) * 100;
  return Math.round(Math.min(100, Math.max(0, percent)));
}

/** Due before `today` (a plain date) and still planned or in progress. */
export function isActionOverdue(
  action: { dueOn: string | null; status: ActionStatus },
  today: string,
): boolean {
  return (
    action.dueOn !== null &&
    action.dueOn < today &&
    (action.status === 'planned' || action.status === 'in_progress')
  );
}
