import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  notFound,
  type CatalogueQuery,
  type CourseSummaryView,
  type CourseView,
  type Page,
} from '@campus/contracts';
import { Course } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { canAuthor, canSee } from './course-access';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';

const MAX_CACHED_OUTLINES = 500;

type CatalogueRow = Omit<
  CourseSummaryView,
  'enrolmentOpensAt' | 'enrolmentClosesAt' | 'startsAt' | 'endsAt' | 'cover'
> & {
  cover: { id: string; originalName: string; contentType: string; sizeBytes: number } | null;
  enrolmentOpensAt: Date | null;
  enrolmentClosesAt: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  total: number;
};

interface CourseHead extends Pick<Course, 'id' | 'organisationId' | 'status' | 'visibility'> {
  version: string;
}

/** The public catalogue: published public courses, plus organisation-only ones for their members. */
@Injectable()
export class CatalogueService {
  /** Insertion-ordered, so the oldest entry goes first when full. Old versions simply age out. */
  private readonly outlines = new Map<string, CourseView>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
  ) {}

  /** One SQL round trip (rows plus the total through a window count): this is the hottest public read. */
  async list(actor: Actor | null, q: CatalogueQuery): Promise<Page<CourseSummaryView>> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`c.status = 'published'`];
    const orgIds = actor ? [...actor.memberships.keys()] : [];
    where.push(
      orgIds.length
        ? `(c.visibility = 'public' OR c.organisation_id = ANY(${p(orgIds)}::uuid[]))`
        : `c.visibility = 'public'`,
    );
    if (q.q) {
      const like = p(`%${q.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(
        `(c.title ILIKE ${like} OR c.summary ILIKE ${like} OR c.learning_outcomes::text ILIKE ${like})`,
      );
    }
    if (q.language) where.push(`c.language = ${p(q.language)}`);
    if (q.topic) where.push(`${p(q.topic)} = ANY(c.topics)`);
    if (q.eqfLevel) where.push(`c.eqf_level = ${p(q.eqfLevel)}`);
    if (q.maxHours !== undefined) where.push(`c.workload_hours <= ${p(q.maxHours)}`);
    const rows = await this.ds.query<CatalogueRow[]>(
      `SELECT c.id, c.slug, c.title, c.summary, c.language, c.eqf_level AS "eqfLevel", c.workload_hours AS "workloadHours",
              c.topics, c.visibility, c.status, c.enrolment_opens_at AS "enrolmentOpensAt",
              c.enrolment_closes_at AS "enrolmentClosesAt", c.starts_at AS "startsAt", c.ends_at AS "endsAt",
              json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation,
              CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('id', f.id, 'originalName', f.original_name,
                'contentType', f.content_type, 'sizeBytes', f.size_bytes) END AS cover,
              count(*) OVER ()::int AS total
         FROM courses c JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN stored_files f ON f.id = c.cover_file_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.published_at DESC, c.id
        LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`,
      params,
    );
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const items = rows.map(({ total: _total, ...r }) => ({
      ...r,
      cover: r.cover && this.files.ref(r.cover),
      enrolmentOpensAt: iso(r.enrolmentOpensAt),
      enrolmentClosesAt: iso(r.enrolmentClosesAt),
      startsAt: iso(r.startsAt),
      endsAt: iso(r.endsAt),
    }));
    const total = rows[0]?.total ?? (q.page > 1 ? await this.countOnly(where, params.slice(0, -2)) : 0);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /** Only for a page past the end, where the window count has no row to ride on. */
  private async countOnly(where: string[], params: unknown[]): Promise<number> {
    const [{ n }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM courses c WHERE ${where.join(' AND ')}`,
      params,
    );
    return n;
  }

  /**
   * The course page: outline, outcomes, workload, run dates; lesson content only for authors.
   * Learners' outlines are cached in this process under the course's updated_at (read in full
   * precision on every request, one indexed row), which every edit bumps: an edit made through any
   * replica is visible at once, and no replica serves a stale outline.
   */
  async get(actor: Actor | null, slug: string): Promise<CourseView> {
    const [head] = await this.ds.query<CourseHead[]>(
      `SELECT id, organisation_id AS "organisationId", status, visibility, updated_at::text AS version
         FROM courses WHERE slug = $1`,
      [slug],
    );
    if (!head || !canSee(actor, head)) throw notFound('Course');
    if (canAuthor(actor, head)) return this.outline.view(await this.outline.course(head.id), true);
    // Signed file URLs (the cover) change with the signing window: part of the key.
    const key = `${head.id}|${head.version}|${this.files.window()}`;
    const cached = this.outlines.get(key);
    if (cached) return cached;
    const view = await this.outline.view(await this.outline.course(head.id), false);
    if (this.outlines.size >= MAX_CACHED_OUTLINES) this.outlines.delete(this.outlines.keys().next().value!);
    this.outlines.set(key, view);
    return view;
  }
}
