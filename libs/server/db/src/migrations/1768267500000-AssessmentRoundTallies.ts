import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed round's answers summed per group and statement (or custom question), written once when
 * the round closes, beside its per-area summary. Its results then read one row instead of summing
 * every response's answers (about 2,000 values for 40 respondents) at each first read. Rounds closed
 * before this migration have no row and are summed from their responses, as before.
 */
export class AssessmentRoundTallies1768267500000 implements MigrationInterface {
  name = 'AssessmentRoundTallies1768267500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_round_tallies (
        round_id uuid PRIMARY KEY REFERENCES assessment_rounds (id) ON DELETE CASCADE,
        tallies jsonb NOT NULL CHECK (jsonb_typeof(tallies) = 'array')
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_round_tallies`);
  }
}
