import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a manager's mobility report and list (issue 10 benchmark: 2,000 mobilities in one
 * school, 10 log entries each).
 * - Logged hours sum `minutes` per mobility: with `minutes` in the index the sum is an index-only
 *   scan, instead of one heap page per entry (a mobility's entries are written on different days,
 *   so they lie on different pages).
 * - The list orders by start date (latest first), creation and id and counts the organisation's
 *   mobilities: an index in that order serves the page without sorting and the count index-only.
 */
export class MobilityReportIndexes1768180400000 implements MigrationInterface {
  name = 'MobilityReportIndexes1768180400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX log_entries_mobility_minutes_idx ON log_entries (mobility_id) INCLUDE (minutes);
      CREATE INDEX mobilities_org_list_idx ON mobilities (organisation_id, start_date DESC, created_at DESC, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX mobilities_org_list_idx;
      DROP INDEX log_entries_mobility_minutes_idx;
    `);
  }
}
