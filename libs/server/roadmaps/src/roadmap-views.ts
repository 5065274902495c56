import type { EntityManager } from 'typeorm';
import {
  isActionOverdue,
  notFound,
  type ActionStatus,
  type ActivityEstimate,
  type IndicatorKind,
  type Locale,
  type RoadmapActionView,
  type RoadmapObjectiveView,
  type RoadmapView,
} from '@campus/contracts';

export interface RoadmapRow {
  id: string;
  organisation_id: string;
  title: string;
  locale: Locale;
  source_round_id: string | null;
  source_round_title: string | null;
  framework_id: string | null;
  focus_area_keys: string[];
  starts_on: string | null;
  ends_on: string | null;
  activity_estimates: ActivityEstimate[];
  created_at: Date;
  updated_at: Date;
}

interface ObjectiveRow {
  id: string;
  position: number;
  area_key: string | null;
  title: string;
  explanation: string;
  starts_on: string | null;
  ends_on: string | null;
  indicator: string;
  indicator_kind: IndicatorKind;
  baseline: string | null;
  target: string | null;
  current_value: string | null;
}

export interface ActionRow {
  id: string;
  objective_id: string;
  roadmap_id: string;
  position: number;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  due_on: string | null;
  status: ActionStatus;
  notes: string;
  completed_at: Date | null;
}

/** Today as a plain UTC date: what "overdue" is judged against (the server's clock decides). */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

const numeric = (v: string | null) => (v === null ? null : Number(v));

/** The roadmap of the organisation, locked FOR UPDATE when asked; 404 for any other. */
export async function findRoadmap(
  m: EntityManager,
  organisationId: string,
  id: string,
  lock = false,
): Promise<RoadmapRow> {
  const [row] = await m.query<RoadmapRow[]>(
    `SELECT rm.id, rm.organisation_id, rm.title, rm.locale, rm.source_round_id,
            r.title AS source_round_title, fv.framework_id, rm.focus_area_keys,
            rm.starts_on::text AS starts_on, rm.ends_on::text AS ends_on, rm.activity_estimates,
            rm.created_at, rm.updated_at
       FROM roadmaps rm
       LEFT JOIN assessment_rounds r ON r.id = rm.source_round_id
       LEFT JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
      WHERE rm.id = $1 AND rm.organisation_id = $2
      ${lock ? 'FOR UPDATE OF rm' : ''}`,
    [id, organisationId],
  );
  if (!row) throw notFound('Roadmap');
  return row;
}

/** Columns of an action with its owner's name; `a` is roadmap_actions, `u` the owner. */
export const ACTION_COLUMNS = `a.id, a.objective_id, a.roadmap_id, a.position, a.title, a.owner_id,
  u.name AS owner_name, a.due_on::text AS due_on, a.status, a.notes, a.completed_at`;

export function actionView(a: ActionRow, today: string): RoadmapActionView {
  const dueOn = a.due_on;
  return {
    id: a.id,
    objectiveId: a.objective_id,
    position: a.position,
    title: a.title,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? '' } : null,
    dueOn,
    status: a.status,
    notes: a.notes,
    completedAt: a.completed_at ? a.completed_at.toISOString() : null,
    overdue: isActionOverdue({ dueOn, status: a.status }, today),
  };
}

/** Objectives in order, each with its actions in order. */
export async function objectivesOf(
  m: EntityManager,
  roadmapId: string,
  today: string,
): Promise<RoadmapObjectiveView[]> {
  const objectives = await m.query<ObjectiveRow[]>(
    `SELECT id, position, area_key, title, explanation, starts_on::text AS starts_on,
            ends_on::text AS ends_on, indicator, indicator_kind, baseline, target, current_value
       FROM roadmap_objectives WHERE roadmap_id = $1 ORDER BY position, created_at, id`,
    [roadmapId],
  );
  const actions = await m.query<ActionRow[]>(
    `SELECT ${ACTION_COLUMNS}
       FROM roadmap_actions a LEFT JOIN users u ON u.id = a.owner_id
      WHERE a.roadmap_id = $1 ORDER BY a.position, a.created_at, a.id`,
    [roadmapId],
  );
  return objectives.map((o) => ({
    id: o.id,
    position: o.position,
    areaKey: o.area_key,
    title: o.title,
    explanation: o.explanation,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    indicator: o.indicator,
    indicatorKind: o.indicator_kind,
    baseline: numeric(o.baseline),
    target: numeric(o.target),
    currentValue: numeric(o.current_value),
    actions: actions.filter((a) => a.objective_id === o.id).map((a) => actionView(a, today)),
  }));
}

export async function roadmapView(m: EntityManager, row: RoadmapRow, now = new Date()): Promise<RoadmapView> {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    locale: row.locale,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    sourceRoundId: row.source_round_id,
    sourceRound:
      row.source_round_id && row.framework_id
        ? { id: row.source_round_id, title: row.source_round_title ?? '', frameworkId: row.framework_id }
        : null,
    focusAreaKeys: row.focus_area_keys,
    activityEstimates: row.activity_estimates,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    objectives: await objectivesOf(m, row.id, todayUtc(now)),
  };
}
