import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { z } from 'zod';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  PlannedOutcome,
  ReviewLogEntryRequest,
  type LogbookView,
  type LogEntryView,
  type LogEvidenceView,
  type MobilityStatus,
  type PutLogEntryRequest,
} from '@campus/contracts';
import { MentorAction, Mobility } from '@campus/server-db';
import { isUniqueViolation, requireOrgRole, type Actor } from '@campus/server-identity';
import { FILE_STORAGE, FileUrls, type FileStorage } from '@campus/server-storage';

/** A PUT body after parsing (defaults applied). */
export type LogEntryInput = z.output<typeof PutLogEntryRequest>;

/** The participant writes the logbook while the mobility is agreed or under way. */
export const LOGBOOK_WRITABLE: readonly MobilityStatus[] = ['agreed', 'in_progress'];
/** The mentor reviews entries until the mobility is validated (a completed one is still reviewed). */
export const LOGBOOK_REVIEWABLE: readonly MobilityStatus[] = ['agreed', 'in_progress', 'completed'];

interface EntryRow {
  id: string;
  mobilityId: string;
  date: string;
  minutes: number;
  activities: string;
  outcomeIds: string[];
  reflection: string;
  mentorStatus: LogEntryView['mentor']['status'];
  mentorComment: string | null;
  mentorReviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const ENTRY_COLUMNS = `e.id, e.mobility_id AS "mobilityId", to_char(e.entry_date, 'YYYY-MM-DD') AS date,
  e.minutes, e.activities, e.outcome_ids::text[] AS "outcomeIds", e.reflection,
  e.mentor_status AS "mentorStatus", e.mentor_comment AS "mentorComment",
  e.mentor_reviewed_at AS "mentorReviewedAt", e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

/**
 * The participant's daily logbook (issue 10). Entries carry ids made by the participant's browser,
 * so an entry written offline and sent again is one entry; one entry per day of the activity.
 * Who sees it is decided here: the participant their own (someone else's mobility is 404), the
 * sending organisation's managers, and the host mentor through a link resolved by the caller.
 */
@Injectable()
export class LogbookService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly urls: FileUrls,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async viewOwn(actor: Actor, mobilityId: string): Promise<LogbookView> {
    const mobility = await this.ownMobility(this.ds.manager, actor, mobilityId);
    return this.view(this.ds.manager, mobility);
  }

  /** Managers of the sending organisation; a member without the role gets 403, others 404. */
  async viewForManager(actor: Actor, organisationId: string, mobilityId: string): Promise<LogbookView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const mobility = await this.ds.manager.findOneBy(Mobility, { id: mobilityId, organisationId });
    if (!mobility) throw notFound('Mobility');
    return this.view(this.ds.manager, mobility);
  }

  /** For the host mentor's pages: the caller has resolved a link to this mobility. */
  async viewForMentor(mobilityId: string): Promise<LogbookView> {
    const mobility = await this.ds.manager.findOneBy(Mobility, { id: mobilityId });
    if (!mobility) throw notFound('Mobility');
    return this.view(this.ds.manager, mobility);
  }

  /**
   * Creates or replaces the entry `entryId`. The same content again changes nothing (an offline
   * resend) whatever has happened since; anything else follows the rules of the logbook.
   */
  async put(
    actor: Actor,
    mobilityId: string,
    entryId: string,
    input: LogEntryInput,
  ): Promise<{ created: boolean; entry: LogEntryView }> {
    try {
      return await this.ds.transaction(async (m) => {
        // Writing an entry updates the mobility's row (the logged_minutes trigger): take that row
        // lock first, so parallel writes of one logbook queue instead of deadlocking on it.
        const mobility = await this.ownMobility(m, actor, mobilityId, 'for_no_key_update');
        const outcomes = await this.outcomeIds(m, mobility.id);
        let existing = await this.lockEntry(m, mobility.id, entryId);
        if (existing && sameContent(existing, input)) {
          return { created: false, entry: await this.entryView(m, entryId) };
        }
        requireWritable(mobility);
        const fields = validEntry(mobility, outcomes, input, existing?.outcomeIds ?? []);
        if (!existing) {
          const inserted: unknown[] = await m.query(
            `INSERT INTO log_entries (id, mobility_id, entry_date, minutes, activities, outcome_ids, reflection, created_by)
             VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8)
             ON CONFLICT DO NOTHING RETURNING id`,
            [
              entryId,
              mobility.id,
              fields.date,
              fields.minutes,
              fields.activities,
              fields.outcomeIds,
              fields.reflection,
              actor.userId,
            ],
          );
          if (inserted.length === 1) return { created: true, entry: await this.entryView(m, entryId) };
          // Someone else's row took the id or the day first: a parallel PUT of the same entry
          // (then it is this entry), or another entry of that day.
          existing = await this.lockEntry(m, mobility.id, entryId);
          if (!existing) throw dayTaken(fields.date);
          if (sameContent(existing, input))
            return { created: false, entry: await this.entryView(m, entryId) };
        }
        if (existing.mentorStatus === 'confirmed') throw confirmedEntry();
        const other: unknown[] = await m.query(
          `SELECT 1 FROM log_entries WHERE mobility_id = $1 AND entry_date = $2 AND id <> $3`,
          [mobility.id, fields.date, entryId],
        );
        if (other.length) throw dayTaken(fields.date);
        await m.query(
          `UPDATE log_entries SET entry_date = $2, minutes = $3, activities = $4, outcome_ids = $5::uuid[],
             reflection = $6, updated_at = now(),
             mentor_status = CASE WHEN mentor_status = 'commented' THEN 'pending' ELSE mentor_status END
           WHERE id = $1`,
          [entryId, fields.date, fields.minutes, fields.activities, fields.outcomeIds, fields.reflection],
        );
        return { created: false, entry: await this.entryView(m, entryId) };
      });
    } catch (err) {
      // A parallel request took the day between the check and the write.
      if (isUniqueViolation(err)) throw dayTaken(input.date);
      throw err;
    }
  }

  /** Deletes an entry with its evidence files (their bytes once the deletion has committed). */
  async remove(actor: Actor, mobilityId: string, entryId: string): Promise<void> {
    const keys = await this.ds.transaction(async (m) => {
      // For update like `put`: the deletion updates the mobility's logged_minutes.
      const mobility = await this.ownMobility(m, actor, mobilityId, 'for_no_key_update');
      const entry = await this.lockEntry(m, mobility.id, entryId);
      if (!entry) throw notFound('Log entry');
      requireWritable(mobility);
      if (entry.mentorStatus === 'confirmed') throw confirmedEntry();
      const files: { id: string; key: string }[] = await m.query(
        `SELECT f.id, f.storage_key AS key FROM log_entry_evidence ev JOIN stored_files f ON f.id = ev.file_id
          WHERE ev.log_entry_id = $1`,
        [entryId],
      );
      await m.query(`DELETE FROM log_entries WHERE id = $1`, [entryId]);
      if (files.length) {
        await m.query(`DELETE FROM stored_files WHERE id = ANY($1::uuid[])`, [files.map((f) => f.id)]);
      }
      return files.map((f) => f.key);
    });
    await Promise.all(keys.map((key) => this.storage.remove(key)));
  }

  /**
   * The host mentor confirms or comments on an entry (the caller has resolved the link). Recorded
   * as a mentor action in the same transaction, so the participant and the manager see it.
   */
  async reviewAsMentor(
    mobilityId: string,
    mentorLinkId: string,
    entryId: string,
    review: ReviewLogEntryRequest,
  ): Promise<LogEntryView> {
    const r = ReviewLogEntryRequest.parse(review);
    return this.ds.transaction(async (m) => {
      const mobility = await m.findOne(Mobility, {
        where: { id: mobilityId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!mobility) throw notFound('Mobility');
      if (!LOGBOOK_REVIEWABLE.includes(mobility.status)) {
        throw new DomainError(
          'LOGBOOK_CLOSED',
          `The mobility is ${words(mobility.status)}: its logbook can no longer be reviewed.`,
        );
      }
      const entry = await this.lockEntry(m, mobility.id, entryId);
      if (!entry) throw notFound('Log entry');
      const comment = r.comment ? r.comment : null;
      await m.query(
        `UPDATE log_entries SET mentor_status = $2, mentor_comment = $3, mentor_reviewed_at = clock_timestamp()
          WHERE id = $1`,
        [entryId, r.status, comment],
      );
      await m.insert(MentorAction, {
        mobilityId: mobility.id,
        mentorLinkId,
        action: r.status === 'confirmed' ? 'entry_confirmed' : 'entry_commented',
        agreementVersion: null,
        logEntryId: entryId,
        comment,
      });
      return this.entryView(m, entryId);
    });
  }

  // ------------------------------------------------------------------ shared with the evidence service

  /**
   * The caller's own mobility, or 404 (someone else's mobility is missing here). `lock`: true for a
   * shared lock (the status stays as read), 'for_no_key_update' when the transaction writes entries.
   */
  async ownMobility(
    m: EntityManager,
    actor: Actor,
    mobilityId: string,
    lock: boolean | 'for_no_key_update' = false,
  ): Promise<Mobility> {
    const mode = lock === true ? ('pessimistic_read' as const) : lock || undefined;
    const mobility = await m.findOne(Mobility, {
      where: { id: mobilityId, participantId: actor.userId },
      ...(mode ? { lock: { mode } } : {}),
    });
    if (!mobility) throw notFound('Mobility');
    return mobility;
  }

  /**
   * The entry, locked for update, when it belongs to this mobility. An id of another mobility's
   * entry is missing here, exactly like an unknown one: it is never moved or overwritten.
   */
  async lockEntry(m: EntityManager, mobilityId: string, entryId: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await m.query(
      `SELECT ${ENTRY_COLUMNS} FROM log_entries e WHERE e.id = $1 FOR UPDATE`,
      [entryId],
    );
    if (rows.length === 0) return null;
    if (rows[0].mobilityId !== mobilityId) throw notFound('Log entry');
    return rows[0];
  }

  async entryView(m: EntityManager, entryId: string): Promise<LogEntryView> {
    const rows: EntryRow[] = await m.query(`SELECT ${ENTRY_COLUMNS} FROM log_entries e WHERE e.id = $1`, [
      entryId,
    ]);
    const evidence = await this.evidence(m, [entryId]);
    return entryView(rows[0], evidence.get(entryId) ?? []);
  }

  evidenceView(f: {
    evidenceId: string;
    id: string;
    name: string;
    contentType: string;
    size: number;
  }): LogEvidenceView {
    return {
      evidenceId: f.evidenceId,
      id: f.id,
      name: f.name,
      contentType: f.contentType,
      size: Number(f.size),
      url: this.urls.url(f.id),
    };
  }

  // ------------------------------------------------------------------------------------ private

  private async view(m: EntityManager, mobility: Mobility): Promise<LogbookView> {
    const [user] = await m.query<{ timeZone: string }[]>(
      `SELECT time_zone AS "timeZone" FROM users WHERE id = $1`,
      [mobility.participantId],
    );
    const rows: EntryRow[] = await m.query(
      `SELECT ${ENTRY_COLUMNS} FROM log_entries e WHERE e.mobility_id = $1 ORDER BY e.entry_date`,
      [mobility.id],
    );
    const evidence = await this.evidence(
      m,
      rows.map((r) => r.id),
    );
    const entries = rows.map((r) => entryView(r, evidence.get(r.id) ?? []));
    const minutes = rows.reduce((n, r) => n + r.minutes, 0);
    return {
      mobility: {
        id: mobility.id,
        status: mobility.status,
        startDate: mobility.startDate,
        endDate: mobility.endDate,
        interruptions: mobility.interruptions,
        timeZone: user?.timeZone ?? 'UTC',
      },
      outcomes: await this.outcomes(m, mobility.id),
      entries,
      totals: {
        days: rows.length,
        hours: minutes / 60,
        confirmed: rows.filter((r) => r.mentorStatus === 'confirmed').length,
      },
    };
  }

  private async evidence(m: EntityManager, entryIds: string[]): Promise<Map<string, LogEvidenceView[]>> {
    const byEntry = new Map<string, LogEvidenceView[]>();
    if (entryIds.length === 0) return byEntry;
    const rows: {
      entryId: string;
      evidenceId: string;
      id: string;
      name: string;
      contentType: string;
      size: number;
    }[] = await m.query(
      `SELECT ev.log_entry_id AS "entryId", ev.id AS "evidenceId", f.id, f.original_name AS name,
                f.content_type AS "contentType", f.size_bytes AS size
           FROM log_entry_evidence ev JOIN stored_files f ON f.id = ev.file_id
          WHERE ev.log_entry_id = ANY($1::uuid[])
          ORDER BY ev.created_at, ev.id`,
      [entryIds],
    );
    for (const r of rows) {
      const list = byEntry.get(r.entryId) ?? [];
      list.push(this.evidenceView(r));
      byEntry.set(r.entryId, list);
    }
    return byEntry;
  }

  /** Planned outcomes of the latest version of the learning agreement (none without one). */
  private async outcomes(m: EntityManager, mobilityId: string): Promise<PlannedOutcome[]> {
    const [latest] = await m.query<{ outcomes: unknown }[]>(
      `SELECT content->'outcomes' AS outcomes FROM learning_agreement_versions
        WHERE mobility_id = $1 ORDER BY version DESC LIMIT 1`,
      [mobilityId],
    );
    const parsed = PlannedOutcome.array().safeParse(latest?.outcomes ?? []);
    return parsed.success ? parsed.data : [];
  }

  private async outcomeIds(m: EntityManager, mobilityId: string): Promise<string[]> {
    return (await this.outcomes(m, mobilityId)).map((o) => o.id.toLowerCase());
  }
}

// ------------------------------------------------------------------------------- pure helpers

interface EntryFields {
  date: string;
  minutes: number;
  activities: string;
  outcomeIds: string[];
  reflection: string;
}

function requireWritable(mobility: Mobility): void {
  if (LOGBOOK_WRITABLE.includes(mobility.status)) return;
  const message =
    mobility.status === 'draft'
      ? 'The logbook opens once the mobility is agreed; this one is still a draft.'
      : `The mobility is ${words(mobility.status)}: its logbook is closed.`;
  throw new DomainError('LOGBOOK_CLOSED', message);
}

function words(status: MobilityStatus): string {
  return status === 'in_progress' ? 'in progress' : status;
}

/**
 * The entry's columns, or 400 naming the field: a day of the activity, outcomes of the agreement.
 * An amendment may drop a planned outcome that entries name: they keep it (it is what was practised
 * that day), and an edit of such an entry may keep it too, but no entry may add it again.
 */
function validEntry(
  mobility: Mobility,
  agreementOutcomes: string[],
  input: LogEntryInput,
  keptOutcomes: string[],
): EntryFields {
  const date = input.date;
  if (date < mobility.startDate || date > mobility.endDate) {
    throw invalid(
      'date',
      `The date must be a day of the activity, ${mobility.startDate} to ${mobility.endDate}.`,
    );
  }
  const interruption = mobility.interruptions.find((r) => r.from <= date && date <= r.to);
  if (interruption) {
    throw invalid(
      'date',
      `${date} falls in an interruption of the mobility (${interruption.from} to ${interruption.to}).`,
    );
  }
  const chosen = new Set(input.outcomeIds.map((id) => id.toLowerCase()));
  const dropped = keptOutcomes.filter((id) => chosen.has(id) && !agreementOutcomes.includes(id));
  const unknown = [...chosen].filter((id) => !agreementOutcomes.includes(id) && !dropped.includes(id));
  if (unknown.length) {
    throw invalid(
      'outcomeIds',
      agreementOutcomes.length
        ? 'Choose planned outcomes of the learning agreement.'
        : 'The learning agreement has no planned outcomes yet.',
    );
  }
  return {
    date,
    minutes: Math.round(input.hours * 60),
    activities: input.activities,
    // In the agreement's order (dropped ones last), so the same choice is always stored the same way.
    outcomeIds: [...agreementOutcomes.filter((id) => chosen.has(id)), ...dropped],
    reflection: input.reflection,
  };
}

function sameContent(row: EntryRow, input: LogEntryInput): boolean {
  const chosen = [...new Set(input.outcomeIds.map((id) => id.toLowerCase()))].sort();
  return (
    row.date === input.date &&
    row.minutes === Math.round(input.hours * 60) &&
    row.activities === input.activities &&
    row.reflection === input.reflection &&
    [...row.outcomeIds].sort().join() === chosen.join()
  );
}

function entryView(r: EntryRow, evidence: LogEvidenceView[]): LogEntryView {
  return {
    id: r.id,
    date: r.date,
    hours: r.minutes / 60,
    activities: r.activities,
    outcomeIds: r.outcomeIds,
    reflection: r.reflection,
    mentor: {
      status: r.mentorStatus,
      comment: r.mentorComment,
      reviewedAt: r.mentorReviewedAt ? r.mentorReviewedAt.toISOString() : null,
    },
    evidence,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

function dayTaken(date: string): DomainError {
  const message = `There is already an entry for ${date}.`;
  return new DomainError('ALREADY_EXISTS', message, { errors: [{ field: 'date', message }] });
}

function confirmedEntry(): DomainError {
  return new DomainError(
    'LOG_ENTRY_CONFIRMED',
    'The host mentor confirmed this entry: it can no longer be changed or deleted.',
  );
}
