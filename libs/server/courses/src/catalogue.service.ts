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
import { sqlPool, type Course } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { BoundedCache } from './catalogue-cache';
import { catalogueList, organisationsWithPrivateCourses } from './catalogue-list';
import { canAuthor, canSee } from './course-access';
import { CourseChangeFeed, type CourseChange } from './course-change-feed';
import { CourseFiles } from './course-files';
import { CourseOutlineService } from './course-outline.service';

const MAX_CACHED_OUTLINES = 500;
/** Catalogue pages kept per process, and the memory they may take (~500 pages of 12 courses). */
const MAX_CACHED_PAGES = 2000;
const MAX_CACHED_PAGE_BYTES = 12 * 1024 * 1024;
/** A cached page holds its JSON bytes and the parsed page (about twice the JSON on the heap). */
const PAGE_MEMORY_PER_JSON_BYTE = 3;

type CourseHead = Pick<Course, 'id' | 'organisationId' | 'status' | 'visibility'>;

interface CachedPage {
  page: Page<CourseSummaryView>;
  /** The page serialised, sent as is (absent for a page read through while the feed is down). */
  json?: Buffer;
  /** The file-URL signing window the covers' URLs were signed in. */
  window: number;
}

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
  /** Catalogue pages by caller's visibility and query (see `list`). */
  private readonly pages = new BoundedCache<CachedPage>(MAX_CACHED_PAGES, MAX_CACHED_PAGE_BYTES);
  /** See `privateCourseOwners`; null until first needed after a change. */
  private privateOwners: Promise<Set<string>> | null = null;
  /** Bumped by every change notification. */
  private generation = 0;
  private following = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
    private readonly files: CourseFiles,
    private readonly feed: CourseChangeFeed,
  ) {}

  /**
   * A page of the catalogue (list or search). Pages are cached in this process and served without
   * touching the database while the change feed is live: any commit that touches a course (publish,
   * edit, archive, visibility, a new course) or an organisation's name drops every cached page on
   * every replica within milliseconds, as any change may move courses between pages. With the feed
   * down, every page is read from the database.
   *
   * A page depends on the caller only through the memberships that let them see organisation-only
   * courses, so it is keyed on those alone: anonymous visitors and members of schools without such
   * courses share one entry per query. Nothing in a page is per person.
   */
  async list(actor: Actor | null, q: CatalogueQuery): Promise<Page<CourseSummaryView>> {
    return (await this.listed(actor, q)).page;
  }

  /**
   * The same page as `list`, as the JSON bytes the api sends: a cached page is serialised once when
   * it is read, not at every request (a 12-course page is ~7 kB, the largest cost on a hit).
   */
  async listJson(actor: Actor | null, q: CatalogueQuery): Promise<Buffer> {
    const listed = await this.listed(actor, q);
    return listed.json ?? Buffer.from(JSON.stringify(listed.page));
  }

  private async listed(actor: Actor | null, q: CatalogueQuery): Promise<Omit<CachedPage, 'window'>> {
    this.follow();
    const memberOf = actor ? [...actor.memberships.keys()] : [];
    if (!this.feed.live) return { page: await catalogueList(sqlPool(this.ds), memberOf, q, this.signCover) };
    const generation = this.generation;
    const orgIds = memberOf.length ? await this.privateCourseOwners(memberOf) : memberOf;
    const key = JSON.stringify([
      orgIds,
      q.q,
      q.language,
      q.topic,
      q.eqfLevel,
      q.maxHours,
      q.page,
      q.pageSize,
    ]);
    const window = this.files.window();
    const cached = this.pages.get(key);
    if (cached && cached.window === window && generation === this.generation) return cached;
    const page = await catalogueList(sqlPool(this.ds), orgIds, q, this.signCover);
    const json = Buffer.from(JSON.stringify(page));
    // A change notified while this page was read may not be in it: then it is not kept.
    if (this.feed.live && generation === this.generation)
      this.pages.set(key, { page, json, window }, PAGE_MEMORY_PER_JSON_BYTE * json.length);
    return { page, json };
  }

  private readonly signCover = (f: Parameters<CourseFiles['ref']>[0]) => this.files.ref(f);

  /** The caller's organisations that own organisation-only courses, sorted (a stable cache key). */
  private async privateCourseOwners(memberOf: string[]): Promise<string[]> {
    const generation = this.generation;
    let owners = this.privateOwners;
    if (!owners) {
      const loading = organisationsWithPrivateCourses(sqlPool(this.ds));
      owners = loading;
      if (this.feed.live && generation === this.generation) this.privateOwners = loading;
      // A failed read is not remembered: the next request asks again.
      loading.catch(() => {
        if (this.privateOwners === loading) this.privateOwners = null;
      });
    }
    const set = await owners;
    return memberOf.filter((id) => set.has(id)).sort();
  }

  /** Subscribed on first use, so a process that never serves the catalogue opens no connection. */
  private follow(): void {
    if (this.following) return;
    this.following = true;
    this.feed.subscribe((change) => this.forget(change));
  }

  /**
   * The course page: outline, outcomes, workload, run dates; lesson content only for authors.
   * Learners' outlines are cached in this process and served without touching the database while
   * the change feed is live: every commit that touches a course notifies every replica, which drops
   * the entry (within milliseconds), so no replica keeps serving an edited course. With the feed
   * down, every read goes to the database.
   */
  async get(actor: Actor | null, slug: string): Promise<CourseView> {
    this.follow();
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
    this.pages.clear();
    this.privateOwners = null;
    if (change === '*') return this.outlines.clear();
    for (const [slug, entry] of this.outlines) if (entry.head.id === change) this.outlines.delete(slug);
  }
}
