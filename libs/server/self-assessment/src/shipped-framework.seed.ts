// Type-only imports: the test run's global set-up loads this file without the path aliases.
import type { DataSource } from 'typeorm';
import type { FrameworkContent } from '@campus/contracts';
import { SHIPPED_FRAMEWORK_CONTENT, SHIPPED_FRAMEWORK_SLUG } from './shipped-framework';

/**
 * Puts `content` in as published version 1 of a framework named `slug` unless a framework with that
 * slug exists (whatever its versions: an admin's later edits and publications are never undone).
 * One statement, so concurrent runs cannot insert it twice. Returns whether it was inserted.
 */
export async function ensureFramework(
  ds: Pick<DataSource, 'query'>,
  slug: string,
  content: FrameworkContent,
): Promise<boolean> {
  const rows = await ds.query<{ framework_id: string }[]>(
    `WITH framework AS (
       INSERT INTO assessment_frameworks (slug) VALUES ($1)
       ON CONFLICT (slug) DO NOTHING RETURNING id)
     INSERT INTO assessment_framework_versions (framework_id, version, status, content, published_at)
     SELECT id, 1, 'published', $2, now() FROM framework
     RETURNING framework_id`,
    [slug, JSON.stringify(content)],
  );
  return rows.length > 0;
}

/**
 * The framework Campus ships (in the eight languages), in every database: production, demo and
 * tests. Run after the migrations; idempotent.
 */
export function ensureShippedFramework(ds: Pick<DataSource, 'query'>): Promise<boolean> {
  return ensureFramework(ds, SHIPPED_FRAMEWORK_SLUG, SHIPPED_FRAMEWORK_CONTENT);
}
