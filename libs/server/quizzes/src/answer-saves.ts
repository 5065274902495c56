import type { Pool } from 'pg';
import { MicroBatcher, type BatchOutcome } from '@campus/server-db';
import { SAVE_RESPONSE, SAVE_RESPONSES } from './attempt-writes.queries';

/** One validated autosave: the response as JSON, checked against `versionId`. */
export interface AnswerSave {
  attemptId: string;
  position: number;
  userId: string;
  versionId: string;
  response: string;
}

/** When it was stored, or null when the guarded UPDATE wrote nothing (see SAVE_RESPONSE). */
export type SaveOutcome = Date | null;

/**
 * Two batches in flight per process: one commits while the next gathers. Autosaves that arrive
 * while both are out wait for the next, so under load one statement and one commit carry many
 * answers, and alone an answer goes at once (after the current event-loop turn).
 */
const SETTINGS = { maxSize: 200, windowMs: 0, maxInFlight: 2 };

/**
 * Autosaves written in batches: every answer waiting is stored by one UPDATE … FROM unnest, with
 * the same guards as a single save, and each caller hears its own row's outcome. Two saves of one
 * answer in a batch store the later one (as two saves in a row would) and both callers get its
 * outcome. A batch that deadlocks with another process's batch (they lock shared items in
 * different orders) is retried one save at a time, so one answer never fails for another's sake;
 * any other failure (the database down, the pool exhausted) is every save's answer at once, not
 * worth repeating save by save.
 */
export class AnswerSaves {
  private readonly batcher = new MicroBatcher<AnswerSave, SaveOutcome>(SETTINGS, (saves) =>
    this.flush(saves),
  );

  constructor(
    private readonly pool: () => Pool,
    private readonly graceSeconds: number,
  ) {}

  save(save: AnswerSave): Promise<SaveOutcome> {
    return this.batcher.add(save);
  }

  private async flush(saves: AnswerSave[]): Promise<Map<AnswerSave, BatchOutcome<SaveOutcome>>> {
    const latest = new Map<string, AnswerSave>();
    for (const s of saves) latest.set(answerKey(s), s);
    let stored: Map<string, Date | Error>;
    try {
      stored = await this.writeAll([...latest.values()]);
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK_DETECTED) throw err;
      stored = await this.writeOneByOne([...latest.values()]);
    }
    const outcomes = new Map<AnswerSave, BatchOutcome<SaveOutcome>>();
    for (const s of saves) {
      const outcome = stored.get(answerKey(s));
      outcomes.set(
        s,
        outcome instanceof Error ? { ok: false, error: outcome } : { ok: true, value: outcome ?? null },
      );
    }
    return outcomes;
  }

  /** One statement for the batch; rows are sorted so two batches lock shared items in one order. */
  private async writeAll(saves: AnswerSave[]): Promise<Map<string, Date | Error>> {
    if (saves.length === 1) return this.writeOneByOne(saves);
    saves.sort((a, b) => (answerKey(a) < answerKey(b) ? -1 : 1));
    const { rows } = await this.pool().query<{ attemptId: string; position: number; savedAt: Date }>({
      name: 'attempt-save-responses',
      text: SAVE_RESPONSES,
      values: [
        saves.map((s) => s.attemptId),
        saves.map((s) => s.position),
        saves.map((s) => s.response),
        saves.map((s) => s.userId),
        saves.map((s) => s.versionId),
        this.graceSeconds,
      ],
    });
    return new Map(rows.map((r) => [answerKey(r), r.savedAt]));
  }

  /** Each save alone (a batch of one, or the retry of a failed batch); an error stays with its save. */
  private async writeOneByOne(saves: AnswerSave[]): Promise<Map<string, Date | Error>> {
    const out = new Map<string, Date | Error>();
    await Promise.all(
      saves.map(async (s) => {
        try {
          const { rows } = await this.pool().query<{ savedAt: Date }>({
            name: 'attempt-save-response',
            text: SAVE_RESPONSE,
            values: [s.attemptId, s.position, s.response, s.userId, this.graceSeconds, s.versionId],
          });
          if (rows[0]) out.set(answerKey(s), rows[0].savedAt);
        } catch (err) {
          out.set(answerKey(s), err instanceof Error ? err : new Error(String(err)));
        }
      }),
    );
    return out;
  }
}

/** PostgreSQL's SQLSTATE for a transaction it aborted to break a deadlock. */
const DEADLOCK_DETECTED = '40P01';

const answerKey = (s: Pick<AnswerSave, 'attemptId' | 'position'>) => `${s.attemptId}:${s.position}`;
