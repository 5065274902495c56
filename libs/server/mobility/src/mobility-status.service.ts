import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  type MobilityStatus,
  type MobilityStatusChangeView,
  type MobilityView,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { Mobility, MobilityStatusChange } from '@campus/server-db';
import { OutboxService } from '@campus/server-jobs';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { MobilitiesService } from './mobilities.service';
import { assertTransition } from './mobility-rules';

/** The lifecycle of a mobility: each change recorded with who, when and why, with its audit event. */
@Injectable()
export class MobilityStatusService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mobilities: MobilitiesService,
    private readonly outbox: OutboxService,
  ) {}

  async change(
    actor: Actor,
    organisationId: string,
    id: string,
    to: MobilityStatus,
    note: string | undefined,
    ip: string,
  ): Promise<MobilityView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      // Locked, so two managers moving the same mobility at once cannot both pass the check.
      const row = await this.mobilities.find(m, organisationId, id, true);
      const from = row.status;
      assertTransition(from, to);
      if (to === 'validated') await this.requireAssessment(m, row.id);
      await m.update(Mobility, { id: row.id }, { status: to });
      await m.insert(MobilityStatusChange, {
        mobilityId: row.id,
        fromStatus: from,
        toStatus: to,
        changedBy: actor.userId,
        note: note || null,
      });
      await this.audit.record(
        {
          action: 'mobility.status_changed',
          actorId: actor.userId,
          organisationId,
          targetType: 'mobility',
          targetId: row.id,
          ip,
          details: { from, to },
        },
        m,
      );
      // Certificates issues the credential from this event: mobility never writes its tables.
      // Validated is final, so this runs once per mobility.
      if (to === 'validated') await this.outbox.add(m, 'mobilityValidated', { mobilityId: row.id });
      return this.mobilities.view(m, await this.mobilities.find(m, organisationId, id));
    });
  }

  /**
   * The credential states what the host mentor confirmed: without their assessment there is nothing
   * to certify, and an assessment of an agreement version that an agreed amendment has replaced
   * rates outcomes that are no longer the plan (the mentor assesses again through their link).
   */
  private async requireAssessment(m: EntityManager, mobilityId: string): Promise<void> {
    const [row] = await m.query<{ assessed: number | null; agreed: number | null }[]>(
      `SELECT (SELECT agreement_version FROM mentor_assessments WHERE mobility_id = $1) AS assessed,
              (SELECT max(version) FROM learning_agreement_versions
                WHERE mobility_id = $1 AND agreed_at IS NOT NULL) AS agreed`,
      [mobilityId],
    );
    if (row.assessed === null)
      throw new DomainError(
        'CONFLICT',
        'This mobility cannot be validated yet: the host mentor has not assessed it. ' +
          'Send the mentor the link to confirm the dates and assess the learning outcomes first.',
      );
    if (row.agreed !== null && row.assessed < row.agreed)
      throw new DomainError(
        'CONFLICT',
        `This mobility cannot be validated yet: the host mentor assessed version ${row.assessed} of the ` +
          `learning agreement, and version ${row.agreed} has been agreed since. ` +
          'Send the mentor the link to assess the outcomes of the current version.',
      );
  }

  /** Oldest first: the creation of the draft, then every change. */
  async history(actor: Actor, organisationId: string, id: string): Promise<MobilityStatusChangeView[]> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.mobilities.find(this.ds.manager, organisationId, id);
    const rows = await this.ds.query<
      {
        id: string;
        from: MobilityStatus | null;
        to: MobilityStatus;
        byId: string | null;
        byName: string | null;
        at: Date;
        note: string | null;
      }[]
    >(
      `SELECT c.id, c.from_status AS "from", c.to_status AS "to", c.changed_by AS "byId",
              u.name AS "byName", c.changed_at AS at, c.note
         FROM mobility_status_changes c LEFT JOIN users u ON u.id = c.changed_by
        WHERE c.mobility_id = $1
        ORDER BY c.changed_at, c.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      from: r.from,
      to: r.to,
      by: r.byId ? { id: r.byId, name: r.byName ?? '' } : null,
      at: r.at.toISOString(),
      note: r.note,
    }));
  }
}
