import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  type CreateActionRequest,
  type CreateObjectiveRequest,
  type RoadmapView,
  type UpdateActionRequest,
  type UpdateObjectiveRequest,
} from '@campus/contracts';
import { AuditService, type AuditAction } from '@campus/server-audit';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { findRoadmap, roadmapView, type RoadmapRow } from './roadmap-views';

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });

interface ObjectiveState {
  id: string;
  area_key: string | null;
  indicator_kind: string;
  starts_on: string | null;
  ends_on: string | null;
}

/**
 * The objectives and actions of a roadmap, edited by the school's managers. Every change answers
 * the whole roadmap, so the page shows what was saved. An action's owner is a member of the same
 * school; marking an action done stamps completed_at, any other status clears it.
 */
@Injectable()
export class RoadmapItemsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async addObjective(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    input: CreateObjectiveRequest,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m, roadmap) => {
      this.requireMeasurable(input.indicatorKind, input.areaKey, roadmap);
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO roadmap_objectives (roadmap_id, position, area_key, title, explanation, starts_on,
                                         ends_on, indicator, indicator_kind, baseline, target, current_value)
         VALUES ($1, coalesce($2, (SELECT coalesce(max(position) + 1, 0) FROM roadmap_objectives
                                   WHERE roadmap_id = $1)),
                 $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          roadmapId,
          input.position ?? null,
          input.areaKey,
          input.title,
          input.explanation,
          input.startsOn,
          input.endsOn,
          input.indicator,
          input.indicatorKind,
          input.baseline,
          input.target,
          // An area score is read from the school's rounds, never typed in.
          input.indicatorKind === 'area_score' ? null : input.currentValue,
        ],
      );
      return { action: 'roadmap.objective_saved', targetId: id, details: { created: true } };
    });
  }

  async updateObjective(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    objectiveId: string,
    patch: UpdateObjectiveRequest,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m, roadmap) => {
      const row = await this.findObjective(m, roadmapId, objectiveId);
      const kind = patch.indicatorKind ?? row.indicator_kind;
      const areaKey = patch.areaKey === undefined ? row.area_key : patch.areaKey;
      this.requireMeasurable(kind, areaKey, roadmap);
      const startsOn = patch.startsOn === undefined ? row.starts_on : patch.startsOn;
      const endsOn = patch.endsOn === undefined ? row.ends_on : patch.endsOn;
      if (startsOn && endsOn && endsOn < startsOn)
        throw invalid('endsOn', 'The end date must not be before the start date.');
      const sets: string[] = [];
      const values: unknown[] = [objectiveId];
      const set = (column: string, value: unknown) => {
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      };
      const columns = {
        title: 'title',
        explanation: 'explanation',
        startsOn: 'starts_on',
        endsOn: 'ends_on',
        indicator: 'indicator',
        indicatorKind: 'indicator_kind',
        areaKey: 'area_key',
        baseline: 'baseline',
        target: 'target',
        currentValue: 'current_value',
        position: 'position',
      } as const;
      // An area score is read from the school's rounds, never typed in.
      if (kind === 'area_score') set('current_value', null);
      for (const [key, column] of Object.entries(columns)) {
        const value = patch[key as keyof UpdateObjectiveRequest];
        if (value !== undefined && !(kind === 'area_score' && key === 'currentValue')) set(column, value);
      }
      await m.query(
        `UPDATE roadmap_objectives SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`,
        values,
      );
      return {
        action: 'roadmap.objective_saved',
        targetId: objectiveId,
        details: { fields: Object.keys(patch) },
      };
    });
  }

  /** Its actions go with it. */
  async removeObjective(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    objectiveId: string,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m) => {
      await this.findObjective(m, roadmapId, objectiveId);
      await m.query(`DELETE FROM roadmap_objectives WHERE id = $1`, [objectiveId]);
      return { action: 'roadmap.objective_deleted', targetId: objectiveId, details: {} };
    });
  }

  async addAction(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    objectiveId: string,
    input: CreateActionRequest,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m) => {
      await this.findObjective(m, roadmapId, objectiveId);
      if (input.ownerId) await this.requireMember(m, organisationId, input.ownerId);
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO roadmap_actions (objective_id, roadmap_id, position, title, owner_id, due_on, status,
                                      notes, completed_at)
         VALUES ($1, $2, coalesce($3, (SELECT coalesce(max(position) + 1, 0) FROM roadmap_actions
                                       WHERE objective_id = $1)),
                 $4, $5, $6, $7, $8, CASE WHEN $7 = 'done' THEN now() END) RETURNING id`,
        [
          objectiveId,
          roadmapId,
          input.position ?? null,
          input.title,
          input.ownerId,
          input.dueOn,
          input.status,
          input.notes,
        ],
      );
      return { action: 'roadmap.action_saved', targetId: id, details: { created: true } };
    });
  }

  async updateAction(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    actionId: string,
    patch: UpdateActionRequest,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m) => {
      await this.findAction(m, roadmapId, actionId);
      if (patch.ownerId) await this.requireMember(m, organisationId, patch.ownerId);
      if (patch.objectiveId) await this.findObjective(m, roadmapId, patch.objectiveId);
      await updateActionColumns(m, actionId, patch);
      return { action: 'roadmap.action_saved', targetId: actionId, details: { fields: Object.keys(patch) } };
    });
  }

  async removeAction(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    actionId: string,
    ip: string,
  ): Promise<RoadmapView> {
    return this.change(actor, organisationId, roadmapId, ip, async (m) => {
      await this.findAction(m, roadmapId, actionId);
      await m.query(`DELETE FROM roadmap_actions WHERE id = $1`, [actionId]);
      return { action: 'roadmap.action_deleted', targetId: actionId, details: {} };
    });
  }

  /**
   * One edit of a manager: scoped and locked roadmap, the edit, the roadmap's updated_at and the
   * audit entry in one transaction; answers the roadmap as saved.
   */
  private change(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    ip: string,
    edit: (
      m: EntityManager,
      roadmap: RoadmapRow,
    ) => Promise<{ action: AuditAction; targetId: string; details: Record<string, unknown> }>,
  ): Promise<RoadmapView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const roadmap = await findRoadmap(m, organisationId, roadmapId, true);
      const done = await edit(m, roadmap);
      await m.query(`UPDATE roadmaps SET updated_at = now() WHERE id = $1`, [roadmapId]);
      await this.audit.record(
        {
          action: done.action,
          actorId: actor.userId,
          organisationId,
          targetType: done.action.startsWith('roadmap.action') ? 'roadmap_action' : 'roadmap_objective',
          targetId: done.targetId,
          ip,
          details: { roadmapId, ...done.details },
        },
        m,
      );
      return roadmapView(m, await findRoadmap(m, organisationId, roadmapId));
    });
  }

  /** An area score is read from rounds of the roadmap's framework: it needs a round and an area of it. */
  private requireMeasurable(kind: string, areaKey: string | null, roadmap: RoadmapRow): void {
    if (kind !== 'area_score') return;
    if (!roadmap.framework_id)
      throw invalid('indicatorKind', 'An area score needs a roadmap built from a self-assessment round.');
    if (!areaKey) throw invalid('areaKey', 'Name the framework area whose score is the indicator.');
  }

  private async findObjective(m: EntityManager, roadmapId: string, id: string): Promise<ObjectiveState> {
    const [row] = await m.query<ObjectiveState[]>(
      `SELECT id, area_key, indicator_kind, starts_on::text AS starts_on, ends_on::text AS ends_on
         FROM roadmap_objectives WHERE id = $1 AND roadmap_id = $2`,
      [id, roadmapId],
    );
    if (!row) throw notFound('Objective');
    return row;
  }

  private async findAction(m: EntityManager, roadmapId: string, id: string): Promise<void> {
    const [row] = await m.query<{ id: string }[]>(
      `SELECT id FROM roadmap_actions WHERE id = $1 AND roadmap_id = $2`,
      [id, roadmapId],
    );
    if (!row) throw notFound('Action');
  }

  /** 400 naming ownerId: an owner must belong to the roadmap's school. */
  private async requireMember(m: EntityManager, organisationId: string, userId: string): Promise<void> {
    const [row] = await m.query<unknown[]>(
      `SELECT 1 FROM memberships ms JOIN users u ON u.id = ms.user_id
        WHERE ms.organisation_id = $1 AND ms.user_id = $2 AND u.active`,
      [organisationId, userId],
    );
    if (!row) throw invalid('ownerId', 'The owner must be an active member of this school.');
  }
}

/**
 * Writes the given fields of an action (shared with the owner's own updates); done stamps
 * completed_at once, leaving done clears it.
 */
export async function updateActionColumns(
  m: EntityManager,
  actionId: string,
  patch: UpdateActionRequest,
): Promise<void> {
  const columns = {
    title: 'title',
    ownerId: 'owner_id',
    dueOn: 'due_on',
    status: 'status',
    notes: 'notes',
    position: 'position',
    objectiveId: 'objective_id',
  } as const;
  const sets: string[] = [];
  const values: unknown[] = [actionId];
  for (const [key, column] of Object.entries(columns)) {
    const value = patch[key as keyof UpdateActionRequest];
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  }
  if (patch.status !== undefined) {
    sets.push(
      `completed_at = CASE WHEN status = 'done' AND $${values.length + 1}::text = 'done' THEN completed_at
                           WHEN $${values.length + 1}::text = 'done' THEN now() END`,
    );
    values.push(patch.status);
  }
  await m.query(
    `UPDATE roadmap_actions SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`,
    values,
  );
}
