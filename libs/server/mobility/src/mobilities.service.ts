import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DomainError,
  notFound,
  type MobilityListQuery,
  type MobilityView,
  type Page,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { Mobility, MobilityStatusChange, User } from '@campus/server-db';
import { isUniqueViolation, requireOrgRole, type Actor } from '@campus/server-identity';
import { assertValidMobility, EDITABLE_STATUSES } from './mobility-rules';
import {
  applyUpdate,
  columnsOf,
  mobilityView,
  recordOf,
  type MobilityInput,
  type MobilityPatch,
} from './mobility-views';

type Participant = { id: string; name: string; email: string };

/**
 * Mobility records of a sending organisation. Its managers create, read, edit and list them; a
 * member may draft one for themselves and read their own (`createOwn`, `listOwn`). Scoping is
 * decided here: a caller outside the organisation, or asking for a mobility of another
 * organisation, gets 404; a member without the manager role gets 403.
 */
@Injectable()
export class MobilitiesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(
    actor: Actor,
    organisationId: string,
    input: MobilityInput,
    ip: string,
  ): Promise<MobilityView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.insertDraft(actor, organisationId, input, ip);
  }

  /** A draft for oneself, in an organisation one belongs to (any role). */
  async createOwn(
    actor: Actor,
    organisationId: string,
    input: Omit<MobilityInput, 'participantId'>,
    ip: string,
  ): Promise<MobilityView> {
    if (!actor.memberships.has(organisationId)) throw notFound('Organisation');
    return this.insertDraft(actor, organisationId, { ...input, participantId: actor.userId }, ip);
  }

  async get(actor: Actor, organisationId: string, id: string): Promise<MobilityView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await this.find(this.ds.manager, organisationId, id);
    return this.view(this.ds.manager, row);
  }

  /** Only while draft or agreed; the status stays as it is. */
  async update(
    actor: Actor,
    organisationId: string,
    id: string,
    patch: MobilityPatch,
    ip: string,
  ): Promise<MobilityView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.uniqueMobilityId(() =>
      this.ds.transaction(async (m) => {
        const row = await this.find(m, organisationId, id, true);
        if (!EDITABLE_STATUSES.includes(row.status)) {
          throw new DomainError(
            'CONFLICT',
            `A mobility can be edited while ${EDITABLE_STATUSES.join(' or ')}; this one is ${row.status}.`,
          );
        }
        const before = recordOf(row);
        const record = applyUpdate(before, patch);
        assertValidMobility(record);
        if (record.participantId !== before.participantId) {
          await this.requireParticipant(m, organisationId, record.participantId);
          await this.requireNothingPersonal(m, row.id);
        }
        if (record.projectNumber !== before.projectNumber || record.mobilityId !== before.mobilityId) {
          await this.requireFreeMobilityId(m, organisationId, record, row.id);
        }
        await this.requireEntriesWithin(m, row.id, record);
        await m.update(Mobility, { id: row.id }, columnsOf(record));
        // Another mentor address is another person (or a mistyped one): links sent to the old
        // address stop working, and the manager sends the new mentor a link.
        const revoked: unknown[] =
          record.mentor.email.toLowerCase() === before.mentor.email.toLowerCase()
            ? []
            : await m.query(
                `UPDATE mentor_links SET revoked_at = now(), revoked_by = $2
                  WHERE mobility_id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
                [row.id, actor.userId],
              );
        await this.audit.record(
          {
            action: 'mobility.updated',
            actorId: actor.userId,
            organisationId,
            targetType: 'mobility',
            targetId: row.id,
            ip,
            details: {
              fields: Object.keys(patch).filter((k) => patch[k as keyof MobilityPatch] !== undefined),
              ...(revoked.length ? { mentorLinksRevoked: revoked.length } : {}),
            },
          },
          m,
        );
        return this.view(m, await this.find(m, organisationId, id));
      }),
    );
  }

  /**
   * The logbook and the participant's confirmations of the agreement are that person's: giving the
   * mobility to someone else would show them another's diary. 409 then; cancel it and create another.
   */
  private async requireNothingPersonal(m: EntityManager, id: string): Promise<void> {
    const [row] = await m.query<{ entries: boolean; confirmed: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM log_entries WHERE mobility_id = $1) AS entries,
              EXISTS (SELECT 1 FROM learning_agreement_confirmations c
                        JOIN learning_agreement_versions v ON v.id = c.agreement_version_id
                       WHERE v.mobility_id = $1 AND c.party = 'participant') AS confirmed`,
      [id],
    );
    if (!row.entries && !row.confirmed) return;
    const message = row.entries
      ? 'The participant has written in the logbook of this mobility: it cannot be given to someone else. Cancel it and create a new one.'
      : 'The participant has confirmed the learning agreement of this mobility: it cannot be given to someone else. Cancel it and create a new one.';
    throw new DomainError('CONFLICT', message, { errors: [{ field: 'participantId', message }] });
  }

  /**
   * The logbook of an agreed mobility may already hold entries: new dates or interruptions that
   * would leave one of them outside the activity are refused (409, naming the entries' days), so
   * the logbook, its totals and the credential never count a day that is not part of the mobility.
   * The participant deletes or moves those entries first (a confirmed one stays: the mentor saw it).
   */
  private async requireEntriesWithin(m: EntityManager, id: string, record: MobilityInput): Promise<void> {
    const rows = await m.query<{ date: string }[]>(
      `SELECT to_char(entry_date, 'YYYY-MM-DD') AS date FROM log_entries WHERE mobility_id = $1 ORDER BY entry_date`,
      [id],
    );
    const dates = rows.map((r) => r.date);
    const byField = {
      startDate: dates.filter((d) => d < record.startDate),
      endDate: dates.filter((d) => d > record.endDate),
      interruptions: dates.filter((d) => record.interruptions.some((r) => r.from <= d && d <= r.to)),
    };
    const outside = [...new Set(Object.values(byField).flat())].sort();
    if (!outside.length) return;
    const message =
      `The logbook has entries on ${outside.join(', ')}, which the new dates leave outside the activity. ` +
      'Keep those days in the mobility, or have the participant move or delete the entries first.';
    throw new DomainError('CONFLICT', message, {
      errors: Object.entries(byField)
        .filter(([, days]) => days.length)
        .map(([field, days]) => ({ field, message: `Entries on ${days.join(', ')} would be left outside.` })),
    });
  }

  async list(actor: Actor, organisationId: string, query: MobilityListQuery): Promise<Page<MobilityView>> {
    requireOrgRole(actor, organisationId, ['manager']);
    const qb = this.ds
      .getRepository(Mobility)
      .createQueryBuilder('mo')
      .where('mo.organisation_id = :organisationId', { organisationId });
    if (query.status) qb.andWhere('mo.status = :status', { status: query.status });
    if (query.activityType) qb.andWhere('mo.activity_type = :type', { type: query.activityType });
    if (query.participantId) qb.andWhere('mo.participant_id = :pid', { pid: query.participantId });
    if (query.year) {
      qb.andWhere('mo.start_date >= make_date(:year, 1, 1) AND mo.start_date < make_date(:year + 1, 1, 1)', {
        year: query.year,
      });
    }
    const [rows, total] = await qb
      .orderBy('mo.start_date', 'DESC')
      .addOrderBy('mo.created_at', 'DESC')
      .addOrderBy('mo.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.views(this.ds.manager, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The caller's own mobilities, in every organisation, latest first. */
  async listOwn(actor: Actor): Promise<MobilityView[]> {
    const rows = await this.ds.getRepository(Mobility).find({
      where: { participantId: actor.userId },
      order: { startDate: 'DESC', createdAt: 'DESC' },
    });
    return this.views(this.ds.manager, rows);
  }

  /** The mobility of this organisation, or 404 (another organisation's id is missing here). */
  async find(m: EntityManager, organisationId: string, id: string, lock = false): Promise<Mobility> {
    const row = await m.findOne(Mobility, {
      where: { id, organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw notFound('Mobility');
    return row;
  }

  async view(m: EntityManager, row: Mobility): Promise<MobilityView> {
    return (await this.views(m, [row]))[0];
  }

  private async views(m: EntityManager, rows: Mobility[]): Promise<MobilityView[]> {
    const ids = [...new Set(rows.map((r) => r.participantId))];
    const users = ids.length
      ? await m.find(User, { where: { id: In(ids) }, select: { id: true, name: true, email: true } })
      : [];
    const byId = new Map<string, Participant>(
      users.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]),
    );
    return rows.map((r) =>
      mobilityView(r, byId.get(r.participantId) ?? { id: r.participantId, name: '', email: '' }),
    );
  }

  private async insertDraft(
    actor: Actor,
    organisationId: string,
    input: MobilityInput,
    ip: string,
  ): Promise<MobilityView> {
    assertValidMobility(input);
    return this.uniqueMobilityId(() =>
      this.ds.transaction(async (m) => {
        await this.requireParticipant(m, organisationId, input.participantId);
        await this.requireFreeMobilityId(m, organisationId, input);
        const row = await m.save(
          m.create(Mobility, {
            ...columnsOf(input),
            organisationId,
            status: 'draft',
            createdBy: actor.userId,
          }),
        );
        await m.insert(MobilityStatusChange, {
          mobilityId: row.id,
          fromStatus: null,
          toStatus: 'draft',
          changedBy: actor.userId,
          note: null,
        });
        await this.audit.record(
          {
            action: 'mobility.created',
            actorId: actor.userId,
            organisationId,
            targetType: 'mobility',
            targetId: row.id,
            ip,
            details: { participantId: input.participantId, activityType: input.activityType },
          },
          m,
        );
        return this.view(m, await this.find(m, organisationId, row.id));
      }),
    );
  }

  private async requireParticipant(m: EntityManager, organisationId: string, userId: string): Promise<void> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
    if (rows.length === 0) {
      const message = 'The participant must be a member of the sending organisation.';
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'participantId', message }] });
    }
  }

  private async requireFreeMobilityId(
    m: EntityManager,
    organisationId: string,
    r: Pick<MobilityInput, 'projectNumber' | 'mobilityId'>,
    exceptId?: string,
  ): Promise<void> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM mobilities WHERE organisation_id = $1 AND project_number = $2 AND mobility_code = $3`,
      [organisationId, r.projectNumber, r.mobilityId],
    );
    if (rows.some((row) => row.id !== exceptId)) throw duplicateMobilityId(r);
  }

  /** Two requests inserting the same mobility id at once: the loser gets the same 409 as a late one. */
  private async uniqueMobilityId<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new DomainError('ALREADY_EXISTS', 'This mobility id is already used in this project.', {
          errors: [{ field: 'mobilityId', message: 'This mobility id is already used in this project.' }],
        });
      }
      throw err;
    }
  }
}

function duplicateMobilityId(r: Pick<MobilityInput, 'projectNumber' | 'mobilityId'>): DomainError {
  const message = `Mobility id ${r.mobilityId} is already used in project ${r.projectNumber}.`;
  return new DomainError('ALREADY_EXISTS', message, { errors: [{ field: 'mobilityId', message }] });
}
