import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  notFound,
  type ResourceDetailView,
  type ResourceSearchPage,
  type ResourceSearchQuery,
} from '@campus/contracts';
import { FeedCache } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';
import { canChange, canEdit } from './resource-access';
import { ResourceFiles } from './resource-files';
import { ResourceChangeFeed } from './resource-change-feed';
import { prefixQuery } from './resource-rules';
import { searchLibrary } from './resource-search';
import { loadResource, toHistoryEntry, toVersionView, versionsOf } from './resource-rows';

/** Searches kept per process (an entry is one page of results, a few kilobytes). */
const MAX_CACHED_SEARCHES = 1000;

/** What the public reads: published, current versions of resources not withdrawn. */
@Injectable()
export class ResourceLibraryService {
  /** Pages by search; every library change drops them all. */
  private readonly cache: FeedCache<ResourceSearchPage>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
    feed: ResourceChangeFeed,
  ) {
    this.cache = new FeedCache(feed, MAX_CACHED_SEARCHES, true);
  }

  /**
   * Word-prefix search with filters (see `searchLibrary`). Searches are cached in this process and
   * served without touching the database while the change feed is live: every commit that touches
   * the library notifies every replica, which drops its whole cache (within milliseconds), so a
   * published, changed or withdrawn resource shows at once. With the feed down, every search goes
   * to the database.
   */
  async search(q: ResourceSearchQuery): Promise<ResourceSearchPage> {
    const key = JSON.stringify([prefixQuery(q.q), q.locale, q.topic, q.audience, q.kind, q.page, q.pageSize]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const version = this.cache.version();
    const page = await searchLibrary(this.ds, q);
    this.cache.keep(key, page, version);
    return page;
  }

  /**
   * A resource with its current version and history. The public sees a published resource that is
   * not withdrawn, and only its published and superseded versions; its authors and platform admins
   * see every version, the one in progress and the reviewers' notes.
   */
  async detail(actor: Actor | null, id: string): Promise<ResourceDetailView> {
    const r = await loadResource(this.ds.manager, id);
    const editor = canEdit(actor, r);
    const versions = await versionsOf(this.ds.manager, id);
    const current = versions.find((v) => v.status === 'published') ?? null;
    if (!editor && (r.withdrawnAt || !current)) throw notFound('Resource');
    const newest = versions[0];
    const pending =
      editor && newest && ['draft', 'submitted', 'rejected'].includes(newest.status) ? newest : null;
    const files = await this.files.refs([current?.fileId ?? null, pending?.fileId ?? null]);
    const file = (fileId: string | null) => (fileId && files.get(fileId)) || null;
    return {
      id: r.id,
      kind: r.kind,
      organisation: r.organisation,
      createdAt: new Date(r.createdAt).toISOString(),
      withdrawnAt: r.withdrawnAt ? new Date(r.withdrawnAt).toISOString() : null,
      current: current && toVersionView(current, file(current.fileId), editor),
      pending: pending && toVersionView(pending, file(pending.fileId), true),
      history: versions
        .filter((v) => editor || v.status === 'published' || v.status === 'superseded')
        .map((v) => toHistoryEntry(v, editor)),
      canEdit: canChange(actor, r) && !r.withdrawnAt,
    };
  }
}
