import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEventView, AuditQuery, Page } from '@campus/contracts';
import { AuditEvent } from '@campus/server-db';

/** Security-relevant actions. Names are stored: add new ones, never rename. */
export type AuditAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.refresh_reuse'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.registered'
  | 'auth.register_existing'
  | 'auth.email_verified'
  | 'member.role_changed'
  | 'member.removed'
  | 'invitation.created'
  | 'invitation.accepted'
  | 'invitation.revoked'
  | 'enrolment.created'
  | 'enrolment.removed'
  | 'admin.organisation_created'
  | 'admin.organisation_updated'
  | 'admin.user_deactivated'
  | 'admin.user_reactivated'
  | 'admin.settings_changed'
  | 'admin.email_retried'
  | 'admin.job_retried'
  | 'certificate.revoked'
  | 'certificate.reissued'
  | 'certificate.kept'
  | 'mobility.created'
  | 'mobility.updated'
  | 'mobility.status_changed'
  | 'mentor_link.sent'
  | 'mentor_link.revoked'
  | 'mentor.assessment_submitted'
  | 'mentor.entry_reviewed'
  | 'roadmap.created'
  | 'roadmap.updated'
  | 'roadmap.deleted'
  | 'roadmap.objective_saved'
  | 'roadmap.objective_deleted'
  | 'roadmap.action_saved'
  | 'roadmap.action_deleted'
  | 'learning_agreement.saved'
  | 'learning_agreement.confirmed'
  | 'learning_agreement.changes_requested'
  | 'resource.created'
  | 'resource.draft_saved'
  | 'resource.submitted'
  | 'resource.published'
  | 'resource.rejected'
  | 'resource.withdrawn'
  | 'framework.created'
  | 'framework.published'
  | 'framework.draft_discarded'
  | 'assessment_round.opened'
  | 'assessment_round.closed'
  | 'assessment_round.link_created'
  | 'assessment_round.link_revoked'
  | 'assessment_round.invitations_sent';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  organisationId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Records inside the caller's transaction when given one, so the entry commits with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.ds.manager): Promise<void> {
    await manager.insert(AuditEvent, {
      action: entry.action,
      actorId: entry.actorId ?? null,
      organisationId: entry.organisationId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      // jsonb: TypeORM's deep-partial typing cannot express an open record.
      details: (entry.details ?? {}) as never,
    });
  }

  async list(query: AuditQuery): Promise<Page<AuditEventView>> {
    const qb = this.ds
      .createQueryBuilder()
      .from('audit_events', 'a')
      .leftJoin('users', 'u', 'u.id = a.actor_id')
      .select([
        'a.id AS id',
        'a.at AS at',
        'a.action AS action',
        'a.actor_id AS "actorId"',
        'u.email AS "actorEmail"',
        'a.organisation_id AS "organisationId"',
        'a.target_type AS "targetType"',
        'a.target_id AS "targetId"',
        'a.ip AS ip',
        'a.details AS details',
      ]);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    const total = await qb.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<AuditEventView & { at: Date }>();
    return {
      items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
