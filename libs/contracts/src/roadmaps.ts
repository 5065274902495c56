import { z } from 'zod';

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
