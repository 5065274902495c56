import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, type MyRoadmapActionView, type UpdateOwnActionRequest } from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import type { Actor } from '@campus/server-identity';
import { updateActionColumns } from './roadmap-items.service';
import { ACTION_COLUMNS, actionView, todayUtc, type ActionRow } from './roadmap-views';

type OwnActionRow = ActionRow & {
  objective_title: string;
  roadmap_title: string;
  organisation_id: string;
  organisation_name: string;
};

/**
 * The actions a person owns, in any school they still belong to. The owner may change the status
 * and notes of their own actions and nothing else; anyone else's action answers 404.
 */
@Injectable()
export class MyRoadmapActionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<MyRoadmapActionView[]> {
    const rows = await this.rows(this.ds.manager, actor.userId);
    return rows.map((r) => this.view(r));
  }

  async update(
    actor: Actor,
    actionId: string,
    patch: UpdateOwnActionRequest,
    ip: string,
  ): Promise<MyRoadmapActionView> {
    return this.ds.transaction(async (m) => {
      const [row] = await this.rows(m, actor.userId, actionId);
      if (!row) throw notFound('Action');
      await updateActionColumns(m, actionId, { status: patch.status, notes: patch.notes });
      await m.query(`UPDATE roadmaps SET updated_at = now() WHERE id = $1`, [row.roadmap_id]);
      await this.audit.record(
        {
          action: 'roadmap.action_saved',
          actorId: actor.userId,
          organisationId: row.organisation_id,
          targetType: 'roadmap_action',
          targetId: actionId,
          ip,
          details: { roadmapId: row.roadmap_id, byOwner: true, fields: Object.keys(patch) },
        },
        m,
      );
      const [saved] = await this.rows(m, actor.userId, actionId);
      return this.view(saved);
    });
  }

  /** Owned actions of roadmaps of schools the person is a member of (one action when `actionId`). */
  private rows(m: EntityManager, userId: string, actionId?: string): Promise<OwnActionRow[]> {
    return m.query(
      `SELECT ${ACTION_COLUMNS}, o.title AS objective_title, rm.title AS roadmap_title,
              rm.organisation_id, org.name AS organisation_name
         FROM roadmap_actions a
         JOIN users u ON u.id = a.owner_id
         JOIN roadmap_objectives o ON o.id = a.objective_id
         JOIN roadmaps rm ON rm.id = a.roadmap_id
         JOIN organisations org ON org.id = rm.organisation_id
        WHERE a.owner_id = $1
          AND EXISTS (SELECT 1 FROM memberships ms
                       WHERE ms.user_id = $1 AND ms.organisation_id = rm.organisation_id)
          AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.due_on NULLS LAST, rm.title, o.position, a.position, a.id
        ${actionId ? 'FOR UPDATE OF a' : ''}`,
      [userId, actionId ?? null],
    );
  }

  private view(r: OwnActionRow): MyRoadmapActionView {
    return {
      ...actionView(r, todayUtc()),
      objectiveTitle: r.objective_title,
      roadmap: {
        id: r.roadmap_id,
        title: r.roadmap_title,
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
      },
    };
  }
}
