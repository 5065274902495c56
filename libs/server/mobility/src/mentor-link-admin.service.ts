import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, notFound, type MentorLinkView, type MobilityStatus } from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { MentorLink, Mobility } from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { EmailOutbox } from '@campus/server-notifications';
import { MobilitiesService } from './mobilities.service';
import { MentorLinksService, mentorFacingNames } from './mentor-links.service';

/** A mentor link can be sent while the mobility can still change; not once cancelled or validated. */
const CLOSED_STATUSES: readonly MobilityStatus[] = ['cancelled', 'validated'];
/** Sends (first or re-sends) per mobility within SEND_WINDOW_MS: a slip of the finger, not a mail cannon. */
export const MENTOR_LINK_SENDS_PER_HOUR = 5;
const SEND_WINDOW_MS = 3_600_000;

type LinkRow = {
  id: string;
  createdAt: Date;
  createdById: string | null;
  createdByName: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

/**
 * The sending manager's side of the host mentor's links: send (or re-send) a link by e-mail,
 * list the links without their tokens, revoke one. Scoped like the mobility records: another
 * organisation's mobility is 404, a member without the manager role 403.
 */
@Injectable()
export class MentorLinkAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly mobilities: MobilitiesService,
    private readonly links: MentorLinksService,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  /**
   * Issues a new link and queues the 'mentor-link' mail to the mentor, in the mentor's language,
   * in one transaction. Earlier links stay valid: the mentor's older mail keeps working.
   */
  async send(actor: Actor, organisationId: string, mobilityId: string, ip: string): Promise<MentorLinkView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      // Locked, so two quick clicks count against the hourly limit one after the other.
      const row = await this.mobilities.find(m, organisationId, mobilityId, true);
      if (CLOSED_STATUSES.includes(row.status)) {
        throw new DomainError('CONFLICT', `A mentor link cannot be sent for a ${row.status} mobility.`);
      }
      await this.requireSendAllowance(m, row.id);
      const issued = await this.links.issue(m, row.id, actor.userId);
      const names = await mentorFacingNames(m, row);
      await this.mail.queue(m, {
        template: 'mentor-link',
        to: row.mentorEmail,
        locale: row.mentorLanguage,
        userId: null,
        params: {
          mentorName: row.mentorName,
          participantName: names.participant,
          sendingOrganisation: names.organisation,
          hostName: row.hostName,
          startDate: row.startDate,
          endDate: row.endDate,
          link: issued.url,
          // The last day on which the link works (it stops at the end of that day, UTC).
          expiresOn: new Date(issued.expiresAt.getTime() - 1).toISOString().slice(0, 10),
        },
      });
      await this.audit.record(
        {
          action: 'mentor_link.sent',
          actorId: actor.userId,
          organisationId,
          targetType: 'mobility',
          targetId: row.id,
          ip,
          details: { mentorLinkId: issued.linkId, expiresAt: issued.expiresAt.toISOString() },
        },
        m,
      );
      return (await this.rows(m, row.id, issued.linkId))[0];
    });
  }

  /** Newest first; never a token or a hash. */
  async list(actor: Actor, organisationId: string, mobilityId: string): Promise<MentorLinkView[]> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await this.mobilities.find(this.ds.manager, organisationId, mobilityId);
    return this.rows(this.ds.manager, row.id);
  }

  /** Revoked from now on; revoking a revoked link changes nothing. */
  async revoke(
    actor: Actor,
    organisationId: string,
    mobilityId: string,
    linkId: string,
    ip: string,
  ): Promise<MentorLinkView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const row = await this.mobilities.find(m, organisationId, mobilityId);
      const link = await m.findOne(MentorLink, {
        where: { id: linkId, mobilityId: row.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link) throw notFound('Mentor link');
      if (!link.revokedAt) {
        await m.update(MentorLink, { id: link.id }, { revokedAt: new Date(), revokedBy: actor.userId });
        await this.audit.record(
          {
            action: 'mentor_link.revoked',
            actorId: actor.userId,
            organisationId,
            targetType: 'mobility',
            targetId: row.id,
            ip,
            details: { mentorLinkId: link.id },
          },
          m,
        );
      }
      return (await this.rows(m, row.id, link.id))[0];
    });
  }

  /**
   * MENTOR_LINK_SENDS_PER_HOUR sends by managers within the last hour: 429 until the oldest leaves
   * the window. The links the reminders put in a digest (no creator) are not the manager's sends.
   */
  private async requireSendAllowance(m: EntityManager, mobilityId: string): Promise<void> {
    const recent = await m.query<{ created_at: Date }[]>(
      `SELECT created_at FROM mentor_links
        WHERE mobility_id = $1 AND created_by IS NOT NULL AND created_at > now() - interval '1 hour'
        ORDER BY created_at DESC LIMIT $2`,
      [mobilityId, MENTOR_LINK_SENDS_PER_HOUR],
    );
    if (recent.length < MENTOR_LINK_SENDS_PER_HOUR) return;
    const oldest = recent[recent.length - 1].created_at.getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest + SEND_WINDOW_MS - Date.now()) / 1000));
    throw new DomainError(
      'RATE_LIMITED',
      `The mentor link of this mobility was sent ${MENTOR_LINK_SENDS_PER_HOUR} times in the last hour. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      { retryAfter },
    );
  }

  private async rows(m: EntityManager, mobilityId: string, linkId?: string): Promise<MentorLinkView[]> {
    const rows = await m.query<LinkRow[]>(
      `SELECT l.id, l.created_at AS "createdAt", l.created_by AS "createdById", u.name AS "createdByName",
              l.expires_at AS "expiresAt", l.revoked_at AS "revokedAt", l.last_used_at AS "lastUsedAt"
         FROM mentor_links l LEFT JOIN users u ON u.id = l.created_by
        WHERE l.mobility_id = $1 AND ($2::uuid IS NULL OR l.id = $2)
        ORDER BY l.created_at DESC, l.id`,
      [mobilityId, linkId ?? null],
    );
    const cancelled =
      (await m.findOne(Mobility, { where: { id: mobilityId }, select: { id: true, status: true } }))
        ?.status === 'cancelled';
    return rows.map((r) => linkView(r, cancelled));
  }
}

function linkView(r: LinkRow, mobilityCancelled: boolean): MentorLinkView {
  return {
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdById ? { id: r.createdById, name: r.createdByName ?? '' } : null,
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    state:
      r.revokedAt || mobilityCancelled
        ? 'revoked'
        : r.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : 'active',
  };
}
