import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, notFound, type MemberView, type Role } from '@campus/contracts';
import { Membership } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { requireOrgRole, type Actor } from '@campus/server-identity';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, organisationId: string): Promise<MemberView[]> {
    requireOrgRole(actor, organisationId, ['manager']);
    const rows = await this.ds.query<(MemberView & { joinedAt: Date })[]>(
      `SELECT u.id AS "userId", u.email, u.name, m.role, u.active, m.created_at AS "joinedAt"
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1
        ORDER BY u.name, u.email`,
      [organisationId],
    );
    return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
  }

  async changeRole(
    actor: Actor,
    organisationId: string,
    userId: string,
    role: Role,
    ip: string,
  ): Promise<void> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.ds.transaction(async (m) => {
      const membership = await this.lockMembership(m, organisationId, userId);
      if (membership.role === role) return;
      if (membership.role === 'manager') await this.keepOneManager(m, organisationId);
      await m.update(Membership, { id: membership.id }, { role });
      await this.audit.record(
        {
          action: 'member.role_changed',
          actorId: actor.userId,
          organisationId,
          targetType: 'user',
          targetId: userId,
          ip,
          details: { from: membership.role, to: role },
        },
        m,
      );
    });
  }

  async remove(actor: Actor, organisationId: string, userId: string, ip: string): Promise<void> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.ds.transaction(async (m) => {
      const membership = await this.lockMembership(m, organisationId, userId);
      if (membership.role === 'manager') await this.keepOneManager(m, organisationId);
      await m.delete(Membership, { id: membership.id });
      await this.audit.record(
        {
          action: 'member.removed',
          actorId: actor.userId,
          organisationId,
          targetType: 'user',
          targetId: userId,
          ip,
          details: { role: membership.role },
        },
        m,
      );
    });
  }

  private async lockMembership(
    m: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<Membership> {
    const membership = await m.findOne(Membership, {
      where: { organisationId, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw notFound('Member');
    return membership;
  }

  /** An organisation must never be left without a manager (nobody could invite or fix roles). */
  private async keepOneManager(m: EntityManager, organisationId: string): Promise<void> {
    const managers: { id: string }[] = await m.query(
      `SELECT id FROM memberships WHERE organisation_id = $1 AND role = 'manager' FOR UPDATE`,
      [organisationId],
    );
    if (managers.length <= 1) {
      throw new DomainError(
        'LAST_MANAGER',
        'This is the last manager of the organisation: make someone else manager first.',
      );
    }
  }
}
