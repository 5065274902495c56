import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  indicatorPercent,
  translated,
  type FrameworkContent,
  type RecommendedCourse,
  type RoadmapProgressView,
  type RoadmapRecommendationsView,
} from '@campus/contracts';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { AssessmentResultsService } from '@campus/server-self-assessment';
import { findRoadmap, roadmapView, todayUtc } from './roadmap-views';

/** Courses listed per area, newest first. */
const COURSES_PER_AREA = 6;

/**
 * What a roadmap's page shows beside its plan: progress of each indicator (area scores from the
 * school's latest round closed after the roadmap was made) and overdue actions; and per focus area
 * the published courses of its topic the school can enrol staff in, with how many of its members
 * are enrolled or completed. Managers of the school only.
 */
@Injectable()
export class RoadmapInsightsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly results: AssessmentResultsService,
  ) {}

  async progress(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    now = new Date(),
  ): Promise<RoadmapProgressView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await findRoadmap(this.ds.manager, organisationId, roadmapId);
    const roadmap = await roadmapView(this.ds.manager, row, now);
    const latest = row.framework_id
      ? await this.results.latestAreaScores(organisationId, row.framework_id, row.created_at)
      : null;
    const [measuredBy] = latest
      ? await this.ds.query<{ title: string }[]>(`SELECT title FROM assessment_rounds WHERE id = $1`, [
          latest.roundId,
        ])
      : [];
    const objectives = roadmap.objectives.map((o) => {
      const current =
        o.indicatorKind === 'area_score'
          ? o.areaKey && latest
            ? (latest.scores[o.areaKey] ?? null)
            : null
          : o.currentValue;
      const count = (f: (a: (typeof o.actions)[number]) => boolean) => o.actions.filter(f).length;
      return {
        objectiveId: o.id,
        title: o.title,
        areaKey: o.areaKey,
        indicatorKind: o.indicatorKind,
        baseline: o.baseline,
        target: o.target,
        current,
        percent: indicatorPercent(o.baseline, o.target, current),
        actions: {
          total: o.actions.length,
          done: count((a) => a.status === 'done'),
          cancelled: count((a) => a.status === 'cancelled'),
          overdue: count((a) => a.overdue),
        },
      };
    });
    const actions = roadmap.objectives.flatMap((o) =>
      o.actions.map((a) => ({ ...a, objectiveTitle: o.title })),
    );
    const overdueActions = actions.filter((a) => a.overdue).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
    return {
      roadmapId,
      today: todayUtc(now),
      measuredBy: latest
        ? { roundId: latest.roundId, title: measuredBy?.title ?? '', closedAt: latest.closedAt }
        : null,
      objectives,
      actions: {
        total: actions.length,
        done: actions.filter((a) => a.status === 'done').length,
        overdue: overdueActions.length,
      },
      overdueActions,
    };
  }

  /**
   * Per area of the roadmap's objectives (from its round's framework, in the roadmap's language):
   * published courses whose topics hold the area's topic, public or the school's own.
   */
  async recommendations(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
  ): Promise<RoadmapRecommendationsView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await findRoadmap(this.ds.manager, organisationId, roadmapId);
    if (!row.source_round_id) return { areas: [] };
    const [version] = await this.ds.query<{ content: FrameworkContent }[]>(
      `SELECT fv.content FROM assessment_rounds r
         JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id WHERE r.id = $1`,
      [row.source_round_id],
    );
    const keys: { area_key: string }[] = await this.ds.query(
      `SELECT area_key FROM roadmap_objectives WHERE roadmap_id = $1 AND area_key IS NOT NULL
        GROUP BY area_key ORDER BY min(position)`,
      [roadmapId],
    );
    const content = version.content;
    const areas = keys.flatMap(({ area_key }) => {
      const area = content.areas.find((a) => a.key === area_key);
      return area ? [area] : [];
    });
    const out: RoadmapRecommendationsView['areas'] = [];
    for (const area of areas) {
      const courses: RecommendedCourse[] = await this.ds.query(
        `SELECT c.id, c.title, c.summary, c.language, c.workload_hours AS "workloadHours",
                count(e.id)::int AS enrolled,
                count(e.id) FILTER (WHERE e.status = 'completed')::int AS completed
           FROM courses c
           LEFT JOIN enrolments e ON e.course_id = c.id AND EXISTS (
             SELECT 1 FROM memberships ms WHERE ms.user_id = e.user_id AND ms.organisation_id = $1)
          WHERE c.status = 'published' AND $2 = ANY (c.topics)
            AND (c.visibility = 'public' OR c.organisation_id = $1)
          GROUP BY c.id
          ORDER BY c.published_at DESC NULLS LAST, c.id
          LIMIT $3`,
        [organisationId, area.topic, COURSES_PER_AREA],
      );
      out.push({
        areaKey: area.key,
        title: translated(area.title, row.locale, content.sourceLocale),
        topic: area.topic,
        courses,
      });
    }
    return { areas: out };
  }
}
