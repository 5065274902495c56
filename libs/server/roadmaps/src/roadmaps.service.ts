import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  type CreateRoadmapRequest,
  type FocusAreasView,
  type Locale,
  type Page,
  type PageQuery,
  type RoadmapSummaryView,
  type RoadmapView,
  type UpdateRoadmapRequest,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { AssessmentResultsService } from '@campus/server-self-assessment';
import { focusAreasOf } from './focus-areas';
import { seedObjectives } from './roadmap-seed';
import { findRoadmap, roadmapView, todayUtc } from './roadmap-views';

const ROUND_STILL_OPEN =
  'A roadmap starts from a closed round: this round still takes answers, and its results and focus areas show once it is closed.';

/**
 * A school's roadmaps, run by its managers: made blank or seeded from one of the school's rounds
 * (one objective per focus area the manager picked, with starter actions), read, edited and
 * deleted. Another school's roadmap or round answers 404 like a missing one; members without the
 * manager role get 403. Objectives and actions are edited in RoadmapItemsService.
 */
@Injectable()
export class RoadmapsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly results: AssessmentResultsService,
  ) {}

  /** A round's areas weakest first, for the manager to pick focus areas from (404 for another school's round). */
  async focusAreas(
    actor: Actor,
    organisationId: string,
    roundId: string,
    locale: Locale,
  ): Promise<FocusAreasView> {
    requireOrgRole(actor, organisationId, ['manager']);
    try {
      return focusAreasOf(await this.results.results(actor, organisationId, roundId, locale));
    } catch (e) {
      // Results exist for closed rounds only (409 while a round takes answers): say what that
      // means for a roadmap rather than for the results page.
      if (e instanceof DomainError && e.code === 'CONFLICT')
        throw new DomainError('CONFLICT', ROUND_STILL_OPEN);
      throw e;
    }
  }

  async create(
    actor: Actor,
    organisationId: string,
    input: CreateRoadmapRequest,
    ip: string,
  ): Promise<RoadmapView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const seeded = input.fromRound ? await this.seed(actor, organisationId, input) : null;
    return this.ds.transaction(async (m) => {
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO roadmaps (organisation_id, title, locale, source_round_id, focus_area_keys,
                               starts_on, ends_on, activity_estimates, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          organisationId,
          input.title,
          input.locale,
          input.fromRound?.roundId ?? null,
          input.fromRound?.focusAreaKeys ?? [],
          input.startsOn,
          input.endsOn,
          JSON.stringify(input.activityEstimates),
          actor.userId,
        ],
      );
      for (const [position, o] of (seeded ?? []).entries()) {
        const [{ id: objectiveId }] = await m.query<{ id: string }[]>(
          `INSERT INTO roadmap_objectives (roadmap_id, position, area_key, title, explanation, indicator,
                                           indicator_kind, baseline, target)
           VALUES ($1, $2, $3, $4, $5, $6, 'area_score', $7, $8) RETURNING id`,
          [id, position, o.areaKey, o.title, o.explanation, o.indicator, o.baseline, o.target],
        );
        for (const [i, title] of o.actions.entries()) {
          await m.query(
            `INSERT INTO roadmap_actions (objective_id, roadmap_id, position, title) VALUES ($1, $2, $3, $4)`,
            [objectiveId, id, i, title],
          );
        }
      }
      await this.audit.record(
        {
          action: 'roadmap.created',
          actorId: actor.userId,
          organisationId,
          targetType: 'roadmap',
          targetId: id,
          ip,
          details: input.fromRound
            ? { roundId: input.fromRound.roundId, focusAreaKeys: input.fromRound.focusAreaKeys }
            : {},
        },
        m,
      );
      return roadmapView(m, await findRoadmap(m, organisationId, id));
    });
  }

  /** The focus areas of the round, as picked, with their scores; 400 for a key not in the round. */
  private async seed(actor: Actor, organisationId: string, input: CreateRoadmapRequest) {
    const { roundId, focusAreaKeys } = input.fromRound!;
    const { roundTitle, areas } = await this.focusAreas(actor, organisationId, roundId, input.locale);
    const unknown = focusAreaKeys.filter((k) => !areas.some((a) => a.key === k));
    if (unknown.length) {
      throw new DomainError('VALIDATION_FAILED', `The round's framework has no area ${unknown.join(', ')}.`, {
        errors: [{ field: 'fromRound.focusAreaKeys', message: `Unknown areas: ${unknown.join(', ')}.` }],
      });
    }
    const picked = focusAreaKeys.map((k) => areas.find((a) => a.key === k)!);
    return seedObjectives(picked, roundTitle, input.locale);
  }

  async list(actor: Actor, organisationId: string, q: PageQuery): Promise<Page<RoadmapSummaryView>> {
    requireOrgRole(actor, organisationId, ['manager']);
    const rows: (Omit<RoadmapSummaryView, 'createdAt' | 'updatedAt'> & {
      createdAt: Date;
      updatedAt: Date;
      total: number;
    })[] = await this.ds.query(
      `SELECT rm.id, rm.title, rm.locale, rm.starts_on::text AS "startsOn", rm.ends_on::text AS "endsOn",
              rm.source_round_id AS "sourceRoundId", rm.focus_area_keys AS "focusAreaKeys",
              (SELECT count(*)::int FROM roadmap_objectives o WHERE o.roadmap_id = rm.id) AS objectives,
              (SELECT count(*)::int FROM roadmap_actions a WHERE a.roadmap_id = rm.id) AS actions,
              (SELECT count(*)::int FROM roadmap_actions a
                WHERE a.roadmap_id = rm.id AND a.due_on < $2::date
                  AND a.status IN ('planned', 'in_progress')) AS "overdueActions",
              rm.created_at AS "createdAt", rm.updated_at AS "updatedAt",
              count(*) OVER ()::int AS total
         FROM roadmaps rm WHERE rm.organisation_id = $1
        ORDER BY rm.created_at DESC, rm.id LIMIT $3 OFFSET $4`,
      [organisationId, todayUtc(), q.pageSize, (q.page - 1) * q.pageSize],
    );
    return {
      items: rows.map(({ total: _total, ...r }) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async get(actor: Actor, organisationId: string, id: string): Promise<RoadmapView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return roadmapView(this.ds.manager, await findRoadmap(this.ds.manager, organisationId, id));
  }

  async update(
    actor: Actor,
    organisationId: string,
    id: string,
    patch: UpdateRoadmapRequest,
    ip: string,
  ): Promise<RoadmapView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const row = await findRoadmap(m, organisationId, id, true);
      const startsOn = patch.startsOn === undefined ? row.starts_on : patch.startsOn;
      const endsOn = patch.endsOn === undefined ? row.ends_on : patch.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) {
        throw new DomainError('VALIDATION_FAILED', 'The end date must not be before the start date.', {
          errors: [{ field: 'endsOn', message: 'The end date must not be before the start date.' }],
        });
      }
      await m.query(
        `UPDATE roadmaps SET title = $2, locale = $3, starts_on = $4, ends_on = $5,
                activity_estimates = $6, updated_at = now()
          WHERE id = $1`,
        [
          id,
          patch.title ?? row.title,
          patch.locale ?? row.locale,
          startsOn,
          endsOn,
          JSON.stringify(patch.activityEstimates ?? row.activity_estimates),
        ],
      );
      await this.audit.record(
        {
          action: 'roadmap.updated',
          actorId: actor.userId,
          organisationId,
          targetType: 'roadmap',
          targetId: id,
          ip,
          details: { fields: Object.keys(patch) },
        },
        m,
      );
      return roadmapView(m, await findRoadmap(m, organisationId, id));
    });
  }

  async remove(actor: Actor, organisationId: string, id: string, ip: string): Promise<void> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.ds.transaction(async (m) => {
      const row = await findRoadmap(m, organisationId, id, true);
      await m.query(`DELETE FROM roadmaps WHERE id = $1`, [id]);
      await this.audit.record(
        {
          action: 'roadmap.deleted',
          actorId: actor.userId,
          organisationId,
          targetType: 'roadmap',
          targetId: id,
          ip,
          details: { title: row.title },
        },
        m,
      );
    });
  }
}
