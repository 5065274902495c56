import type { EntityManager } from 'typeorm';
import { DomainError, FrameworkContent } from '@campus/contracts';

type Db = Pick<EntityManager, 'query'>;

/** Enough for every version a platform will ever publish; past it the cache starts afresh. */
const MAX_CACHED_VERSIONS = 500;
const contentByVersion = new Map<string, FrameworkContent>();

/**
 * The content of a published or retired framework version, parsed once per process. Such a
 * version never changes (a change is a new draft version, and rounds open on published versions
 * only), so holding it is safe across api processes; a draft is read fresh every time. Saves
 * fetching and parsing the eight-language content (tens of kilobytes) on every results request
 * and every questionnaire.
 */
export async function frameworkContent(db: Db, versionId: string): Promise<FrameworkContent> {
  const cached = contentByVersion.get(versionId);
  if (cached) return cached;
  const [row] = await db.query<{ content: unknown; status: string }[]>(
    `SELECT content, status FROM assessment_framework_versions WHERE id = $1`,
    [versionId],
  );
  if (!row) throw new DomainError('NOT_FOUND', 'Framework version was not found.');
  const content = FrameworkContent.parse(row.content);
  if (row.status !== 'draft') {
    if (contentByVersion.size >= MAX_CACHED_VERSIONS) contentByVersion.clear();
    contentByVersion.set(versionId, content);
  }
  return content;
}
