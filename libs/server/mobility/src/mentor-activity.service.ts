import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound, type MentorActionKind, type MentorActionView } from '@campus/contracts';
import { Mobility } from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { MobilitiesService } from './mobilities.service';

type ActionRow = {
  id: string;
  action: MentorActionKind;
  at: Date;
  agreementVersion: number | null;
  entryId: string | null;
  entryDate: string | null;
  comment: string | null;
};

/** What the host mentor did through their links, shown to the sending manager and the participant. */
@Injectable()
export class MentorActivityService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly mobilities: MobilitiesService,
  ) {}

  async forManager(actor: Actor, organisationId: string, mobilityId: string): Promise<MentorActionView[]> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await this.mobilities.find(this.ds.manager, organisationId, mobilityId);
    return this.actions(row.id);
  }

  /** The participant's own mobility only; anyone else's is 404. */
  async forParticipant(actor: Actor, mobilityId: string): Promise<MentorActionView[]> {
    const own = await this.ds
      .getRepository(Mobility)
      .existsBy({ id: mobilityId, participantId: actor.userId });
    if (!own) throw notFound('Mobility');
    return this.actions(mobilityId);
  }

  /** Newest first. */
  private async actions(mobilityId: string): Promise<MentorActionView[]> {
    const rows = await this.ds.query<ActionRow[]>(
      `SELECT a.id, a.action, a.at, a.agreement_version AS "agreementVersion",
              a.log_entry_id AS "entryId", to_char(e.entry_date, 'YYYY-MM-DD') AS "entryDate", a.comment
         FROM mentor_actions a LEFT JOIN log_entries e ON e.id = a.log_entry_id
        WHERE a.mobility_id = $1
        ORDER BY a.at DESC, a.id`,
      [mobilityId],
    );
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      at: r.at.toISOString(),
      agreementVersion: r.agreementVersion,
      entry: r.entryId && r.entryDate ? { id: r.entryId, date: r.entryDate } : null,
      comment: r.comment,
    }));
  }
}
