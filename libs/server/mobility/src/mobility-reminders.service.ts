import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DateRange, MobilityStatus } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { EmailOutbox } from '@campus/server-notifications';
import { MentorLinksService } from './mentor-links.service';
import {
  agreementPendingWindow,
  AGREEMENT_PENDING_STATUSES,
  dueReminders,
  MENTOR_DIGEST_STATUSES,
  missingEntryWindow,
  MISSING_ENTRY_STATUSES,
  type DueReminder,
} from './reminder-rules';

/** Reminders queued at once by one pass (each is its own transaction on its own connection). */
const SEND_CONCURRENCY = 4;

/** A mobility that may have a reminder due, with everything its mails need. */
interface CandidateRow {
  id: string;
  organisation_id: string;
  status: MobilityStatus;
  start_date: string;
  end_date: string;
  interruptions: DateRange[];
  mentor_name: string;
  mentor_email: string;
  mentor_language: string;
  participant_id: string;
  participant_name: string;
  participant_email: string;
  participant_locale: string;
  participant_time_zone: string;
  participant_active: boolean;
  entry_dates: string[];
  pending_entries: number;
  agreement_agreed: boolean;
}

interface ManagerRow {
  organisation_id: string;
  id: string;
  name: string;
  email: string;
  locale: string;
}

/**
 * The scheduled reminders of mobilities (issue 10): reads the mobilities that may have one due in
 * a few set-based queries, asks the rules which are due, and sends each occasion at most once.
 * Once means: the `sent_reminders` row (kind, occasion) and the e-mail are written in one
 * transaction, the row with ON CONFLICT DO NOTHING; a pass that finds the row already there (sent
 * earlier, or by another worker running the same pass right now, whose insert it waits for)
 * queues nothing. A failed transaction leaves no row, so the next pass tries that occasion again.
 */
@Injectable()
export class MobilityRemindersService {
  private readonly log = new Logger(MobilityRemindersService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly mail: EmailOutbox,
    private readonly mentorLinks: MentorLinksService,
  ) {}

  /** One pass at `now`: every reminder due and not yet sent is queued; `sent` counts them. */
  async run(now: Date): Promise<{ sent: number }> {
    const candidates = await this.candidates(now);
    const managers = await this.managersOf(candidates);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const due = candidates.flatMap((c) =>
      dueReminders(now, {
        mobilityId: c.id,
        status: c.status,
        startDate: c.start_date,
        endDate: c.end_date,
        interruptions: c.interruptions,
        participantTimeZone: c.participant_time_zone,
        entryDates: c.entry_dates,
        pendingEntries: c.pending_entries,
        agreementAgreed: c.agreement_agreed,
        managerIds: (managers.get(c.organisation_id) ?? []).map((m) => m.id),
        // An account that was deactivated gets no mail.
      }).filter((r) => r.kind !== 'participant_missing_entry' || c.participant_active),
    );
    const unsent = await this.withoutSent(due);

    let sent = 0;
    const failures: string[] = [];
    const todo = [...unsent];
    // A few transactions at once: a first pass after an outage may have thousands to send.
    const sender = async () => {
      for (let reminder = todo.shift(); reminder; reminder = todo.shift()) {
        try {
          if (await this.send(reminder, byId.get(reminder.mobilityId)!, managers)) sent++;
        } catch (err) {
          failures.push(`${reminder.kind} ${reminder.occasion}: ${(err as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: SEND_CONCURRENCY }, sender));
    if (failures.length) {
      // The occasions that failed have no row: the next pass (or the job's retry) sends them.
      this.log.warn({ failed: failures.length, sent }, 'some reminders could not be queued');
      throw new Error(`${failures.length} of ${unsent.length} reminders failed; first: ${failures[0]}`);
    }
    return { sent };
  }

  /**
   * Mobilities with a reminder possibly due at `now`, each read once with its entry days (of the
   * window only), its count of entries pending review and whether its agreement was ever agreed.
   * The conditions mirror the rules' statuses and windows loosely; the rules decide.
   */
  private candidates(now: Date): Promise<CandidateRow[]> {
    const days = missingEntryWindow(now);
    const starts = agreementPendingWindow(now);
    return this.ds.query(
      `SELECT mo.id, mo.organisation_id, mo.status, mo.start_date::text AS start_date,
              mo.end_date::text AS end_date, mo.interruptions,
              mo.mentor_name, mo.mentor_email, mo.mentor_language,
              p.id AS participant_id, p.name AS participant_name, p.email AS participant_email,
              p.locale AS participant_locale, p.time_zone AS participant_time_zone,
              p.active AS participant_active,
              ARRAY(SELECT le.entry_date::text FROM log_entries le
                    WHERE le.mobility_id = mo.id AND le.entry_date BETWEEN $1::date AND $2::date) AS entry_dates,
              (SELECT count(*)::int FROM log_entries le
                WHERE le.mobility_id = mo.id AND le.mentor_status = 'pending') AS pending_entries,
              EXISTS (SELECT 1 FROM learning_agreement_versions v
                      WHERE v.mobility_id = mo.id AND v.agreed_at IS NOT NULL) AS agreement_agreed
         FROM mobilities mo
         JOIN users p ON p.id = mo.participant_id
        WHERE (mo.status = ANY($3) AND mo.start_date <= $2::date AND mo.end_date >= $1::date)
           OR (mo.status = ANY($4) AND EXISTS (SELECT 1 FROM log_entries le
                                                WHERE le.mobility_id = mo.id AND le.mentor_status = 'pending'))
           OR (mo.status = ANY($5) AND mo.start_date BETWEEN $6::date AND $7::date)`,
      [
        days.from,
        days.to,
        MISSING_ENTRY_STATUSES,
        MENTOR_DIGEST_STATUSES,
        AGREEMENT_PENDING_STATUSES,
        starts.from,
        starts.to,
      ],
    );
  }

  /** Active managers of the organisations of mobilities whose agreement is not agreed, by organisation. */
  private async managersOf(candidates: CandidateRow[]): Promise<Map<string, ManagerRow[]>> {
    const orgIds = [
      ...new Set(
        candidates
          .filter((c) => AGREEMENT_PENDING_STATUSES.includes(c.status) && !c.agreement_agreed)
          .map((c) => c.organisation_id),
      ),
    ];
    const byOrg = new Map<string, ManagerRow[]>();
    if (!orgIds.length) return byOrg;
    const rows: ManagerRow[] = await this.ds.query(
      `SELECT ms.organisation_id, u.id, u.name, u.email, u.locale
         FROM memberships ms JOIN users u ON u.id = ms.user_id
        WHERE ms.organisation_id = ANY($1) AND ms.role = 'manager' AND u.active
        ORDER BY u.id`,
      [orgIds],
    );
    for (const row of rows) byOrg.set(row.organisation_id, [...(byOrg.get(row.organisation_id) ?? []), row]);
    return byOrg;
  }

  /** The due reminders whose occasion has no row yet (one query; the insert still decides). */
  private async withoutSent(due: DueReminder[]): Promise<DueReminder[]> {
    if (!due.length) return [];
    const rows: { kind: string; occasion: string }[] = await this.ds.query(
      `SELECT s.kind, s.occasion FROM sent_reminders s
         JOIN unnest($1::text[], $2::text[]) AS d(kind, occasion)
           ON d.kind = s.kind AND d.occasion = s.occasion`,
      [due.map((r) => r.kind), due.map((r) => r.occasion)],
    );
    const sent = new Set(rows.map((r) => `${r.kind}/${r.occasion}`));
    return due.filter((r) => !sent.has(`${r.kind}/${r.occasion}`));
  }

  /** Records the occasion and queues its e-mail in one transaction; false when it was already recorded. */
  private send(
    reminder: DueReminder,
    mobility: CandidateRow,
    managers: Map<string, ManagerRow[]>,
  ): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO sent_reminders (kind, occasion) VALUES ($1, $2)
         ON CONFLICT (kind, occasion) DO NOTHING RETURNING occasion`,
        [reminder.kind, reminder.occasion],
      );
      if (!inserted.length) return false;
      await this.queueMail(m, reminder, mobility, managers);
      return true;
    });
  }

  private async queueMail(
    m: EntityManager,
    reminder: DueReminder,
    mobility: CandidateRow,
    managers: Map<string, ManagerRow[]>,
  ): Promise<void> {
    const base = this.config.PUBLIC_URL;
    switch (reminder.kind) {
      case 'participant_missing_entry':
        await this.mail.queue(m, {
          template: 'logbook-reminder',
          to: mobility.participant_email,
          locale: mobility.participant_locale,
          userId: mobility.participant_id,
          params: {
            name: mobility.participant_name,
            date: reminder.date,
            link: `${base}/my-mobilities/${mobility.id}/logbook`,
          },
        });
        return;
      case 'mentor_digest': {
        // A fresh link in this transaction: it exists only if the digest carrying it is queued.
        const link = await this.mentorLinks.issue(m, mobility.id, null);
        await this.mail.queue(m, {
          template: 'mentor-digest',
          to: mobility.mentor_email,
          locale: mobility.mentor_language,
          params: {
            mentorName: mobility.mentor_name,
            participantName: mobility.participant_name,
            pendingCount: reminder.pendingCount,
            link: link.url,
          },
        });
        return;
      }
      case 'manager_agreement_pending': {
        // The rules named this manager from the same map.
        const manager = managers.get(mobility.organisation_id)!.find((u) => u.id === reminder.managerId)!;
        await this.mail.queue(m, {
          template: 'agreement-pending',
          to: manager.email,
          locale: manager.locale,
          userId: manager.id,
          params: {
            name: manager.name,
            participantName: mobility.participant_name,
            startDate: mobility.start_date,
            link: `${base}/orgs/${mobility.organisation_id}/mobilities/${mobility.id}`,
          },
        });
        return;
      }
    }
  }
}
