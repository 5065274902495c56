import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a round's results (issue 11): the peer median reads every school's latest closed
 * round of a framework and that round's summary rows on each results request, so both lookups
 * are index-only. The earlier-rounds comparison uses the same summary index.
 */
export class AssessmentPeerIndexes1768266300000 implements MigrationInterface {
  name = 'AssessmentPeerIndexes1768266300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX assessment_rounds_peer_idx
        ON assessment_rounds (framework_version_id, organisation_id, closed_at DESC)
        WHERE status = 'closed';
      CREATE INDEX assessment_round_area_scores_pooled_idx
        ON assessment_round_area_scores (round_id, area_key) INCLUDE (score_sum, score_count);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX assessment_round_area_scores_pooled_idx;
      DROP INDEX assessment_rounds_peer_idx;
    `);
  }
}
