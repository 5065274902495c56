import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { RoadmapInsightsService } from './roadmap-insights.service';
import { ROADMAP_LABELS, fill } from './roadmap-labels';
import { renderRoadmapPdf } from './roadmap-pdf';
import { findRoadmap, roadmapView } from './roadmap-views';

/**
 * The roadmap as a PDF for the school board, in the roadmap's language: school, period,
 * objectives with explanation, timing and indicator (baseline, target, current), their actions with
 * owner, due date and status, and the activity estimates.
 */
@Injectable()
export class RoadmapExportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly insights: RoadmapInsightsService,
  ) {}

  async pdf(
    actor: Actor,
    organisationId: string,
    roadmapId: string,
    now = new Date(),
  ): Promise<{ filename: string; body: Buffer }> {
    requireOrgRole(actor, organisationId, ['manager']);
    const row = await findRoadmap(this.ds.manager, organisationId, roadmapId);
    const roadmap = await roadmapView(this.ds.manager, row, now);
    const progress = await this.insights.progress(actor, organisationId, roadmapId, now);
    const [{ name }] = await this.ds.query<{ name: string }[]>(
      `SELECT name FROM organisations WHERE id = $1`,
      [organisationId],
    );
    const labels = ROADMAP_LABELS[roadmap.locale];
    const dates = new Intl.DateTimeFormat(roadmap.locale, { dateStyle: 'long', timeZone: 'UTC' });
    const date = (d: string | null) => (d ? dates.format(new Date(`${d}T00:00:00Z`)) : labels.openEnded);
    const span = (from: string | null, to: string | null) =>
      from || to ? `${date(from)} – ${date(to)}` : labels.openEnded;
    const numbers = new Intl.NumberFormat(roadmap.locale, { maximumFractionDigits: 2 });
    const value = (n: number | null, kind: string) =>
      n === null ? '–' : kind === 'percent' ? `${numbers.format(n)} %` : numbers.format(n);
    const body = await renderRoadmapPdf({
      language: roadmap.locale,
      labels,
      title: roadmap.title,
      schoolName: name,
      period: span(roadmap.startsOn, roadmap.endsOn),
      objectives: roadmap.objectives.map((o) => {
        const measured = progress.objectives.find((p) => p.objectiveId === o.id);
        return {
          title: o.title,
          explanation: o.explanation,
          timing: span(o.startsOn, o.endsOn),
          indicator: o.indicator,
          baseline: value(o.baseline, o.indicatorKind),
          target: value(o.target, o.indicatorKind),
          current: value(measured?.current ?? null, o.indicatorKind),
          actions: o.actions.map((a) => ({
            title: a.title,
            owner: a.owner?.name ?? labels.noOwner,
            dueOn: a.dueOn ? date(a.dueOn) : '–',
            status: labels.statuses[a.status],
          })),
        };
      }),
      activityEstimates: roadmap.activityEstimates.map((e) => ({
        year: String(e.year),
        activityType: e.activityType,
        participants: numbers.format(e.participants),
      })),
      exportedAt: now,
      exportedText: fill(labels.exportedOn, { date: dates.format(now) }),
    });
    const slug = roadmap.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    return { filename: `${slug || 'roadmap'}.pdf`, body };
  }
}
