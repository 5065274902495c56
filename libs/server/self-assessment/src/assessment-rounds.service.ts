import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, notFound, OpenRoundRequest, type Page, type RoundView } from '@campus/contracts';
import type { z } from 'zod';
import { AuditService } from '@campus/server-audit';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { writeRoundSummary } from './round-summary';
import { customQuestionKeys, invalid, updatedRows } from './round-rules';
import { ROUND_COLUMNS, ROUND_FROM, roundViews, type RoundRow } from './round-views';

type OpenRound = z.output<typeof OpenRoundRequest>;
type ListQuery = { page: number; pageSize: number; status?: 'open' | 'closed' };

/**
 * Closes an open round, in the caller's transaction, and writes its summary: the round row is
 * locked first, so a response being stored (which holds a share lock on it) either lands before
 * the summary or is refused as late. `closedAt` defaults to now, or the closing date if that passed.
 * Returns false when the round was closed already.
 */
export async function closeRoundInTransaction(m: EntityManager, roundId: string): Promise<boolean> {
  const closed = updatedRows<{ id: string }>(
    await m.query(
      `UPDATE assessment_rounds
        SET status = 'closed', closed_at = least(now(), coalesce(closes_at, now()))
      WHERE id = $1 AND status = 'open'
      RETURNING id`,
      [roundId],
    ),
  );
  if (closed.length === 0) return false;
  await writeRoundSummary(m, roundId);
  return true;
}

/**
 * A school's managers open, list, read and close assessment rounds. Rounds whose closing date
 * passed are closed (with their summary) lazily: on the next list or read by a manager, or by
 * `closeRoundsPastClosingDate` when another reader needs them settled first. Respondents are
 * refused by the closing date itself, so nothing can be answered late in between.
 */
@Injectable()
export class AssessmentRoundsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async open(actor: Actor, organisationId: string, input: OpenRound, ip: string | null): Promise<RoundView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const [version] = await this.ds.query<{ status: string }[]>(
      `SELECT status FROM assessment_framework_versions WHERE id = $1`,
      [input.frameworkVersionId],
    );
    if (version?.status !== 'published') {
      throw invalid('frameworkVersionId', 'Choose a published version of a framework.');
    }
    const closesAt = input.closesAt ? new Date(input.closesAt) : null;
    if (closesAt && closesAt.getTime() <= Date.now()) {
      throw invalid('closesAt', 'Choose a closing date in the future.');
    }
    const id = await this.ds.transaction(async (m) => {
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale,
                respondent_groups, custom_questions, min_group_size, closes_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          organisationId,
          input.frameworkVersionId,
          input.title,
          input.locale,
          input.respondentGroups,
          JSON.stringify(customQuestionKeys(input.customQuestions)),
          input.minGroupSize,
          closesAt,
          actor.userId,
        ],
      );
      await this.audit.record(
        {
          action: 'assessment_round.opened',
          actorId: actor.userId,
          organisationId,
          targetType: 'assessment_round',
          targetId: row.id,
          ip,
          details: { frameworkVersionId: input.frameworkVersionId, groups: input.respondentGroups },
        },
        m,
      );
      return row.id;
    });
    return this.view(this.ds.manager, organisationId, id);
  }

  /** Newest first. */
  async list(actor: Actor, organisationId: string, query: ListQuery): Promise<Page<RoundView>> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.closeRoundsPastClosingDate(organisationId);
    const params: unknown[] = [organisationId];
    let where = 'r.organisation_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND r.status = $${params.length}`;
    }
    const [{ total }] = await this.ds.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM assessment_rounds r WHERE ${where}`,
      params,
    );
    const rows = await this.ds.query<RoundRow[]>(
      `SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM} WHERE ${where}
        ORDER BY r.created_at DESC, r.id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return {
      items: await roundViews(this.ds.manager, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, organisationId: string, roundId: string): Promise<RoundView> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.closeRoundsPastClosingDate(organisationId, roundId);
    return this.view(this.ds.manager, organisationId, roundId);
  }

  /** Closes the round and writes its summary in one transaction; a second close is 409. */
  async close(actor: Actor, organisationId: string, roundId: string, ip: string | null): Promise<RoundView> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.ds.transaction(async (m) => {
      const [row] = await m.query<{ status: string }[]>(
        `SELECT status FROM assessment_rounds WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
        [roundId, organisationId],
      );
      if (!row) throw notFound('Assessment round');
      if (!(await closeRoundInTransaction(m, roundId))) {
        throw new DomainError('ROUND_ALREADY_CLOSED', 'This round is closed already.');
      }
      await this.audit.record(
        {
          action: 'assessment_round.closed',
          actorId: actor.userId,
          organisationId,
          targetType: 'assessment_round',
          targetId: roundId,
          ip,
        },
        m,
      );
    });
    return this.view(this.ds.manager, organisationId, roundId);
  }

  /**
   * Closes, each in its own transaction and with its summary, the school's open rounds whose
   * closing date passed (or just the one named). Safe to run from several readers at once: the
   * closing update re-checks the status under the row lock.
   */
  async closeRoundsPastClosingDate(organisationId: string, roundId?: string): Promise<void> {
    const due = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM assessment_rounds
        WHERE organisation_id = $1 AND status = 'open' AND closes_at <= now()
          AND ($2::uuid IS NULL OR id = $2)`,
      [organisationId, roundId ?? null],
    );
    for (const { id } of due) {
      await this.ds.transaction(async (m) => {
        if (!(await closeRoundInTransaction(m, id))) return;
        await this.audit.record(
          {
            action: 'assessment_round.closed',
            organisationId,
            targetType: 'assessment_round',
            targetId: id,
            details: { reason: 'closing_date' },
          },
          m,
        );
      });
    }
  }

  /** The round of this school (404 for another school's, exactly like a missing one). */
  async view(m: EntityManager, organisationId: string, roundId: string): Promise<RoundView> {
    const rows = await m.query<RoundRow[]>(
      `SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM} WHERE r.id = $1 AND r.organisation_id = $2`,
      [roundId, organisationId],
    );
    if (rows.length === 0) throw notFound('Assessment round');
    return (await roundViews(m, rows))[0];
  }
}
