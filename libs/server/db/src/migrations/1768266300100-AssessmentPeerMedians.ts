import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The peer median of a framework's areas, kept per framework (issue 11). Every school's results
 * page shows it, and computing it reads each school's latest closed round's summary, so it is
 * computed once per change of the framework's closed rounds and read from here otherwise.
 * `closed_rounds` and `last_closed_at` say which closed rounds it was computed from: a round
 * closing (or a school leaving) changes them, and the next reader recomputes.
 */
export class AssessmentPeerMedians1768266300100 implements MigrationInterface {
  name = 'AssessmentPeerMedians1768266300100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_peer_medians (
        framework_id uuid PRIMARY KEY REFERENCES assessment_frameworks(id) ON DELETE CASCADE,
        closed_rounds integer NOT NULL CHECK (closed_rounds >= 0),
        last_closed_at timestamptz,
        -- Schools with a closed round of the framework.
        schools integer NOT NULL CHECK (schools >= 0),
        -- {areaKey: median}, over each school's latest closed round, all its groups pooled.
        medians jsonb NOT NULL CHECK (jsonb_typeof(medians) = 'object'),
        computed_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_peer_medians`);
  }
}
