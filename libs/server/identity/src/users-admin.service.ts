import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, notFound, type AdminUserQuery, type AdminUserView, type Page } from '@campus/contracts';
import { User } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { requirePlatformAdmin, type Actor } from './actor';
import { SessionsService } from './sessions.service';

@Injectable()
export class UsersAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: AdminUserQuery): Promise<Page<AdminUserView>> {
    requirePlatformAdmin(actor);
    const params: unknown[] = [];
    let where = '';
    if (q.q) {
      params.push(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where = `WHERE u.email ILIKE $1 OR u.name ILIKE $1`;
    }
    const [{ n }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users u ${where}`,
      params,
    );
    const rows = await this.ds.query<(AdminUserView & { createdAt: Date })[]>(
      `SELECT u.id, u.email, u.name, u.active, u.is_platform_admin AS "isPlatformAdmin",
              u.email_verified_at IS NOT NULL AS "emailVerified", u.created_at AS "createdAt",
              coalesce(json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organisations o ON o.id = m.organisation_id
         ${where}
        GROUP BY u.id
        ORDER BY u.email
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    return {
      items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      total: n,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async setActive(actor: Actor, userId: string, active: boolean, ip: string): Promise<void> {
    requirePlatformAdmin(actor);
    if (userId === actor.userId && !active)
      throw new DomainError('CONFLICT', 'You cannot deactivate your own account.');
    await this.ds.transaction(async (m) => {
      const user = await m.findOneBy(User, { id: userId });
      if (!user) throw notFound('User');
      await m.update(User, { id: userId }, { active });
      if (!active) await this.sessions.revokeAll(userId, m);
      await this.audit.record(
        {
          action: active ? 'admin.user_reactivated' : 'admin.user_deactivated',
          actorId: actor.userId,
          targetType: 'user',
          targetId: userId,
          ip,
        },
        m,
      );
    });
  }
}
