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
import { CourseChangeFeed, type CourseChange } from './course-change-feed';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';

const MAX_CACHED_OUTLINES = 500;

type CatalogueRow = Omit<
  CourseSummaryView,
  'enrolmentOpensAt' | 'enrolmentClosesAt' | 'startsAt' | 'endsAt' | 'cover' | 'updatedAt'
> & {
  updatedAt: Date;
  cover: { id: string; originalName: string; contentType: string; sizeBytes: number } | null;
  enrolmentOpensAt: Date | null;
  enrolmentClosesAt: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  total: number;
};

type CourseHead = Pick<Course, 'id' | 'organisationId' | 'status' | 'visibility'>;

interface CachedOutline {
  head: CourseHead;
  view: CourseView;
  /** The file-URL signing window the view's URLs (the cover) were signed in. */
  window: number;
}

/** The public catalogue: published public courses, plus organisation-only ones for their members. */
@Injectable()
export class CatalogueService {
  /** By slug; insertion-ordered, so the oldest entry goes first when full. */
  private readonly outlines = new Map<string, CachedOutline>();
  /** Bumped by every change notification. */
  private generation = 0;
  private following = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
    private readonly feed: CourseChangeFeed,
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
              c.enrolment_closes_at AS "enrolmentClosesAt", c.starts_at AS "startsAt", c.ends_at AS "endsAt", c.updated_at AS "updatedAt",
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
      updatedAt: r.updatedAt.toISOString(),
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
   * Learners' outlines are cached in this process and served without touching the database while
   * the change feed is live: every commit that touches a course notifies every replica, which drops
   * the entry (within milliseconds), so no replica keeps serving an edited course. With the feed
   * down, every read goes to the database.
   */
  async get(actor: Actor | null, slug: string): Promise<CourseView> {
    // Subscribed on first use, so a process that never serves course pages opens no connection.
    if (!this.following) {
      this.following = true;
      this.feed.subscribe((change) => this.forget(change));
    }
    const cached = this.feed.live ? this.outlines.get(slug) : undefined;
    if (cached && cached.window === this.files.window()) {
      if (!canSee(actor, cached.head)) throw notFound('Course');
      if (!canAuthor(actor, cached.head)) return cached.view;
    }
    const generation = this.generation;
    const [head] = await this.ds.query<CourseHead[]>(
      `SELECT id, organisation_id AS "organisationId", status, visibility FROM courses WHERE slug = $1`,
      [slug],
    );
    if (!head || !canSee(actor, head)) throw notFound('Course');
    if (canAuthor(actor, head)) return this.outline.view(await this.outline.course(head.id), true);
    const view = await this.outline.view(await this.outline.course(head.id), false);
    // A change notified while this view was being built may not be in it: then it is not kept.
    if (this.feed.live && generation === this.generation) {
      if (this.outlines.size >= MAX_CACHED_OUTLINES) this.outlines.delete(this.outlines.keys().next().value!);
      this.outlines.set(slug, { head, view, window: this.files.window() });
    }
    return view;
  }

  private forget(change: CourseChange): void {
    this.generation++;
    if (change === '*') return this.outlines.clear();
    for (const [slug, entry] of this.outlines) if (entry.head.id === change) this.outlines.delete(slug);
  }
}
