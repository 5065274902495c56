import type { EntityManager } from 'typeorm';
import { TALLIES_SQL } from './results-queries';

/**
 * Writes a round's per-group, per-area totals (`assessment_round_area_scores`) from its responses:
 * the sum and count of the scores given (0 = "does not apply" left out) and how many answered;
 * and its per-group, per-statement tallies (`assessment_round_tallies`), which its results read.
 * Run in the transaction that closes the round; running it again rewrites the same rows.
 */
export async function writeRoundSummary(m: EntityManager, roundId: string): Promise<void> {
  await m.query(
    `INSERT INTO assessment_round_tallies (round_id, tallies)
     SELECT $1, coalesce(jsonb_agg(t), '[]') FROM (${TALLIES_SQL}) t
     ON CONFLICT (round_id) DO UPDATE SET tallies = EXCLUDED.tallies`,
    [roundId],
  );
  await m.query(`DELETE FROM assessment_round_area_scores WHERE round_id = $1`, [roundId]);
  await m.query(
    `INSERT INTO assessment_round_area_scores
            (round_id, respondent_group, area_key, score_sum, score_count, respondents)
     SELECT r.round_id, r.respondent_group, a.area->>'key',
            coalesce(sum(v.score) FILTER (WHERE v.score > 0), 0),
            count(*) FILTER (WHERE v.score > 0),
            count(DISTINCT r.id)
       FROM assessment_responses r
       JOIN assessment_rounds ro ON ro.id = r.round_id
       JOIN assessment_framework_versions fv ON fv.id = ro.framework_version_id
      CROSS JOIN LATERAL jsonb_array_elements(fv.content->'areas') AS a(area)
      CROSS JOIN LATERAL jsonb_array_elements(a.area->'statements') AS s(statement)
      CROSS JOIN LATERAL (SELECT (r.answers->>(s.statement->>'key'))::int AS score) AS v
      WHERE r.round_id = $1
      GROUP BY r.round_id, r.respondent_group, a.area->>'key'`,
    [roundId],
  );
}
