import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Library search (issue 11) over 20,000 resources: the newest published versions come from an
 * index in order (the page without words reads 12 rows, not all of them), and the few withdrawn
 * resources are excluded through an index of their own, so counting published versions needs no
 * join with every resource.
 */
export class ResourceSearchIndexes1768266500000 implements MigrationInterface {
  name = 'ResourceSearchIndexes1768266500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX resource_versions_newest_idx ON resource_versions (published_at DESC, id)
        INCLUDE (resource_id) WHERE status = 'published';
      CREATE INDEX resources_withdrawn_idx ON resources (id) WHERE withdrawn_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX resources_withdrawn_idx;
      DROP INDEX resource_versions_newest_idx;
    `);
  }
}
