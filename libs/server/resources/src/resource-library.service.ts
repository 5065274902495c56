import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  notFound,
  type ResourceDetailView,
  type ResourceSearchPage,
  type ResourceSearchQuery,
} from '@campus/contracts';
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
  private readonly cache = new Map<string, ResourceSearchPage>();
  private generation = 0;
  private following = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
    private readonly feed: ResourceChangeFeed,
  ) {}

  /**
   * Word-prefix search with filters (see `searchLibrary`). Searches are cached in this process and
   * served without touching the database while the change feed is live: every commit that touches
   * the library notifies every replica, which drops its whole cache (within milliseconds), so a
   * published, changed or withdrawn resource shows at once. With the feed down, every search goes
   * to the database.
   */
  async search(q: ResourceSearchQuery): Promise<ResourceSearchPage> {
    if (!this.following) {
      // Subscribed on first use, so a process that never searches opens no connection.
      this.following = true;
      this.feed.subscribe(() => {
        this.generation++;
        this.cache.clear();
      });
    }
    const key = JSON.stringify([prefixQuery(q.q), q.locale, q.topic, q.audience, q.kind, q.page, q.pageSize]);
    const cached = this.feed.live ? this.cache.get(key) : undefined;
    if (cached) return cached;
    const generation = this.generation;
    const page = await searchLibrary(this.ds, q);
    // A change notified while this search ran may not be in it: then it is not kept.
    if (this.feed.live && generation === this.generation) {
      if (this.cache.size >= MAX_CACHED_SEARCHES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, page);
    }
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
