import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { EmailOutbox } from '@campus/server-notifications';
import { actionDueOccasion, reminderWindow } from './roadmap-reminder-rules';
import { todayUtc } from './roadmap-views';

const KIND = 'roadmap_action_due';

interface DueRow {
  id: string;
  title: string;
  due_on: string;
  objective_title: string;
  roadmap_title: string;
  owner_id: string;
  owner_name: string;
  owner_email: string;
  owner_locale: string;
}

/**
 * Reminds owners of roadmap actions falling due (see `reminderWindow`), once per action and due
 * date: the `sent_reminders` row (kind 'roadmap_action_due', occasion `<actionId>:<dueOn>`) and the
 * e-mail commit together, the row with ON CONFLICT DO NOTHING, so a second pass, or another worker
 * running the same pass, sends nothing. Owners who left the school or were deactivated get nothing.
 */
@Injectable()
export class RoadmapRemindersService {
  private readonly log = new Logger(RoadmapRemindersService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly mail: EmailOutbox,
  ) {}

  async run(now: Date): Promise<{ sent: number }> {
    const window = reminderWindow(todayUtc(now));
    const due: DueRow[] = await this.ds.query(
      `SELECT a.id, a.title, a.due_on::text AS due_on, o.title AS objective_title, rm.title AS roadmap_title,
              u.id AS owner_id, u.name AS owner_name, u.email AS owner_email, u.locale AS owner_locale
         FROM roadmap_actions a
         JOIN roadmap_objectives o ON o.id = a.objective_id
         JOIN roadmaps rm ON rm.id = a.roadmap_id
         JOIN users u ON u.id = a.owner_id
        WHERE a.status IN ('planned', 'in_progress') AND a.owner_id IS NOT NULL
          AND a.due_on BETWEEN $1::date AND $2::date AND u.active
          AND EXISTS (SELECT 1 FROM memberships ms
                       WHERE ms.user_id = a.owner_id AND ms.organisation_id = rm.organisation_id)
          AND NOT EXISTS (SELECT 1 FROM sent_reminders s
                           WHERE s.kind = $3 AND s.occasion = a.id::text || ':' || a.due_on::text)
        ORDER BY a.due_on, a.id`,
      [window.from, window.to, KIND],
    );
    let sent = 0;
    const failures: string[] = [];
    for (const action of due) {
      try {
        if (await this.send(action)) sent++;
      } catch (err) {
        failures.push(`${action.id}: ${(err as Error).message}`);
      }
    }
    if (failures.length) {
      // The failed occasions have no row: the next pass (or the job's retry) sends them.
      this.log.warn({ failed: failures.length, sent }, 'some roadmap reminders could not be queued');
      throw new Error(`${failures.length} of ${due.length} roadmap reminders failed; first: ${failures[0]}`);
    }
    return { sent };
  }

  private send(action: DueRow): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO sent_reminders (kind, occasion) VALUES ($1, $2)
         ON CONFLICT (kind, occasion) DO NOTHING RETURNING occasion`,
        [KIND, actionDueOccasion(action.id, action.due_on)],
      );
      if (!inserted.length) return false;
      await this.mail.queue(m, {
        template: 'roadmap-action-due',
        to: action.owner_email,
        locale: action.owner_locale,
        userId: action.owner_id,
        params: {
          name: action.owner_name,
          actionTitle: action.title,
          objectiveTitle: action.objective_title,
          roadmapTitle: action.roadmap_title,
          dueOn: action.due_on,
          link: `${this.config.PUBLIC_URL}/my-actions`,
        },
      });
      return true;
    });
  }
}
