import type { EntityManager } from 'typeorm';
import type { FrameworkContent, RespondentGroup } from '@campus/contracts';
import type { Tally } from './results-math';
import { frameworkContent } from './framework-content-cache';

type Db = Pick<EntityManager, 'query'>;

export interface ResultsRound {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  status: 'open' | 'closed';
  closedAt: Date | null;
  createdAt: Date;
  respondentGroups: RespondentGroup[];
  customQuestions: { key: string; text: string }[];
  minGroupSize: number;
  frameworkId: string;
  frameworkSlug: string;
  versionId: string;
  version: number;
  content: FrameworkContent;
  /** A round of the school (this one or another) is open past its closing date: close it first. */
  dueToClose: boolean;
  /** When the school's next open round closes by date (null: none will), which moves these results. */
  nextClosesAt: Date | null;
}

/** A round of the organisation with its framework version, or null (missing or another school's). */
export async function findRound(
  db: Db,
  organisationId: string,
  roundId: string,
): Promise<ResultsRound | null> {
  const rows: Omit<ResultsRound, 'content'>[] = await db.query(
    `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.title, r.status,
            r.closed_at AS "closedAt", r.created_at AS "createdAt",
            r.respondent_groups AS "respondentGroups", r.custom_questions AS "customQuestions",
            r.min_group_size AS "minGroupSize", fv.framework_id AS "frameworkId",
            f.slug AS "frameworkSlug", fv.id AS "versionId", fv.version,
            coalesce(n.next <= now(), false) AS "dueToClose", n.next AS "nextClosesAt"
       FROM assessment_rounds r
       JOIN organisations o ON o.id = r.organisation_id
       JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
       JOIN assessment_frameworks f ON f.id = fv.framework_id
       CROSS JOIN LATERAL (SELECT min(d.closes_at) AS next FROM assessment_rounds d
                            WHERE d.organisation_id = r.organisation_id AND d.status = 'open') n
      WHERE r.id = $1 AND r.organisation_id = $2`,
    [roundId, organisationId],
  );
  if (!rows[0]) return null;
  return { ...rows[0], content: await frameworkContent(db, rows[0].versionId) };
}

/** Per group and statement (or custom question) key: the scores given and the "does not apply"s. */
export interface KeyTally extends Tally {
  group: RespondentGroup;
  custom: boolean;
  key: string;
  doesNotApply: number;
}

/**
 * A round's answers summed per group and key, one row per (group, key), plus one row per group
 * with its number of respondents (key '', `respondents` set). One pass over the round's rows.
 * Every value is an integer 0..5: the respondent service checks each answer before it is stored.
 * `$1` is the round's id.
 */
export const TALLIES_SQL = `
  WITH answers AS (
    SELECT r.respondent_group, false AS custom, e.key, e.value::int AS v
      FROM assessment_responses r CROSS JOIN LATERAL jsonb_each(r.answers) e
     WHERE r.round_id = $1
    UNION ALL
    SELECT r.respondent_group, true, e.key, e.value::int
      FROM assessment_responses r CROSS JOIN LATERAL jsonb_each(r.custom_answers) e
     WHERE r.round_id = $1
  )
  SELECT respondent_group AS "group", custom, key,
         coalesce(sum(v) FILTER (WHERE v > 0), 0)::int AS sum,
         count(*) FILTER (WHERE v > 0)::int AS count,
         count(*) FILTER (WHERE v = 0)::int AS "doesNotApply",
         NULL::int AS respondents
    FROM answers
   GROUP BY respondent_group, custom, key
  UNION ALL
  SELECT respondent_group, false, '', 0, 0, 0, count(*)::int
    FROM assessment_responses WHERE round_id = $1
   GROUP BY respondent_group`;

export interface RoundTallies {
  tallies: KeyTally[];
  respondents: Map<RespondentGroup, number>;
}

function splitTallies(rows: (KeyTally & { respondents: number | null })[]): RoundTallies {
  const respondents = new Map<RespondentGroup, number>();
  const tallies: KeyTally[] = [];
  for (const { respondents: n, ...row } of rows) {
    if (n !== null) respondents.set(row.group, n);
    else tallies.push(row);
  }
  return { tallies, respondents };
}

/** A round's tallies summed from its responses, as they are now. */
export async function liveTallies(db: Db, roundId: string): Promise<RoundTallies> {
  return splitTallies(await db.query(TALLIES_SQL, [roundId]));
}

/**
 * A closed round's tallies as its closing stored them (assessment_round_tallies); summed from its
 * responses when nothing was stored (a round closed before that table existed).
 */
export async function closedTallies(db: Db, roundId: string): Promise<RoundTallies> {
  const [stored] = await db.query<{ tallies: (KeyTally & { respondents: number | null })[] }[]>(
    `SELECT tallies FROM assessment_round_tallies WHERE round_id = $1`,
    [roundId],
  );
  return stored ? splitTallies(stored.tallies) : liveTallies(db, roundId);
}

/** One closed round's summary rows (per group and area), as the earlier-rounds comparison reads them. */
export interface SummaryRound {
  roundId: string;
  title: string;
  closedAt: Date;
  minGroupSize: number;
  rows: { group: RespondentGroup; areaKey: string; sum: number; count: number; respondents: number }[];
}

/**
 * The school's closed rounds of a framework (any version) that closed before `before`, oldest
 * first, with their summaries. `except` leaves out the round being shown.
 */
export async function closedRoundSummaries(
  db: Db,
  organisationId: string,
  frameworkId: string,
  options: { before?: Date | null; since?: Date | null; except?: string | null; latestOnly?: boolean },
): Promise<SummaryRound[]> {
  const rows: {
    roundId: string;
    title: string;
    closedAt: Date;
    minGroupSize: number;
    group: RespondentGroup | null;
    areaKey: string | null;
    sum: number | null;
    count: number | null;
    respondents: number | null;
  }[] = await db.query(
    `WITH picked AS (
       SELECT r.id, r.title, r.closed_at, r.min_group_size
         FROM assessment_rounds r
         JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
        WHERE r.organisation_id = $1 AND fv.framework_id = $2 AND r.status = 'closed'
          AND ($3::timestamptz IS NULL OR r.closed_at < $3)
          AND ($4::timestamptz IS NULL OR r.closed_at >= $4)
          AND ($5::uuid IS NULL OR r.id <> $5)
        ORDER BY r.closed_at DESC
        LIMIT CASE WHEN $6 THEN 1 END
     )
     SELECT p.id AS "roundId", p.title, p.closed_at AS "closedAt", p.min_group_size AS "minGroupSize",
            s.respondent_group AS "group", s.area_key AS "areaKey", s.score_sum AS sum,
            s.score_count AS count, s.respondents
       FROM picked p LEFT JOIN assessment_round_area_scores s ON s.round_id = p.id
      ORDER BY p.closed_at, p.id`,
    [
      organisationId,
      frameworkId,
      options.before ?? null,
      options.since ?? null,
      options.except ?? null,
      options.latestOnly ?? false,
    ],
  );
  const rounds = new Map<string, SummaryRound>();
  for (const row of rows) {
    let round = rounds.get(row.roundId);
    if (!round) {
      round = {
        roundId: row.roundId,
        title: row.title,
        closedAt: row.closedAt,
        minGroupSize: row.minGroupSize,
        rows: [],
      };
      rounds.set(row.roundId, round);
    }
    if (row.group !== null && row.areaKey !== null)
      round.rows.push({
        group: row.group,
        areaKey: row.areaKey,
        sum: row.sum ?? 0,
        count: row.count ?? 0,
        respondents: row.respondents ?? 0,
      });
  }
  return [...rounds.values()];
}

export interface PeerMedians {
  schools: number;
  medians: Map<string, number>;
}

/** The framework's versions, for the partial indexes on assessment_rounds (framework_version_id, …). */
const FRAMEWORK_VERSIONS = `SELECT id FROM assessment_framework_versions WHERE framework_id = $1`;

/**
 * The peer median per area. Every school's results ask for it, so it is stored per framework
 * (assessment_peer_medians) with the count and latest closing time of the framework's closed
 * rounds it was computed from; one index-only look at assessment_rounds_closed_idx tells whether
 * that is still the set, and only a change recomputes it.
 */
export async function peerMedians(db: Db, frameworkId: string): Promise<PeerMedians> {
  const [row]: {
    fresh: boolean;
    schools: number | null;
    medians: Record<string, number> | null;
    closedRounds: number;
    /** As text: a Date would drop the microseconds and never match again. */
    lastClosedAt: string | null;
  }[] = await db.query(
    `WITH closed AS (
       SELECT count(*)::int AS n, max(closed_at) AS last
         FROM assessment_rounds
        WHERE status = 'closed' AND framework_version_id IN (${FRAMEWORK_VERSIONS})
     )
     SELECT coalesce(p.closed_rounds = c.n AND p.last_closed_at IS NOT DISTINCT FROM c.last, false) AS fresh,
            p.schools, p.medians, c.n AS "closedRounds", c.last::text AS "lastClosedAt"
       FROM closed c LEFT JOIN assessment_peer_medians p ON p.framework_id = $1`,
    [frameworkId],
  );
  if (row.fresh && row.medians && row.schools !== null)
    return { schools: row.schools, medians: new Map(Object.entries(row.medians)) };
  const computed = await computePeerMedians(db, frameworkId);
  // Readers racing here compute the same value; the last write wins harmlessly.
  await db.query(
    `INSERT INTO assessment_peer_medians (framework_id, closed_rounds, last_closed_at, schools, medians)
     VALUES ($1, $2, $3::timestamptz, $4, $5)
     ON CONFLICT (framework_id) DO UPDATE SET closed_rounds = EXCLUDED.closed_rounds,
       last_closed_at = EXCLUDED.last_closed_at, schools = EXCLUDED.schools,
       medians = EXCLUDED.medians, computed_at = now()`,
    [
      frameworkId,
      row.closedRounds,
      row.lastClosedAt,
      computed.schools,
      JSON.stringify(Object.fromEntries(computed.medians)),
    ],
  );
  return computed;
}

/**
 * The peer median per area, computed: over every school's latest closed round of the framework
 * (any version) that reached its minimum group size in all, each school's area score pooling all
 * its groups. A round with fewer respondents (its own overall score is hidden) never counts: with
 * five schools the median is one school's score, which would be those few people's answers. One
 * query over the summary table; the latest round per school comes from
 * assessment_rounds_peer_idx (migration 1768266300000), its summary rows from
 * assessment_round_area_scores_pooled_idx, its respondents from assessment_responses_round_idx.
 */
async function computePeerMedians(db: Db, frameworkId: string): Promise<PeerMedians> {
  const rows: { areaKey: string | null; median: number | null; schools: number }[] = await db.query(
    `WITH latest AS (
       SELECT DISTINCT ON (r.organisation_id) r.id
         FROM assessment_rounds r
        WHERE r.status = 'closed' AND r.framework_version_id IN (${FRAMEWORK_VERSIONS})
          AND (SELECT count(*) FROM assessment_responses x WHERE x.round_id = r.id) >= r.min_group_size
        ORDER BY r.organisation_id, r.closed_at DESC
     ), per_school AS (
       SELECT s.area_key, sum(s.score_sum)::numeric / sum(s.score_count) AS score
         FROM latest l JOIN assessment_round_area_scores s ON s.round_id = l.id
        GROUP BY l.id, s.area_key
       HAVING sum(s.score_count) > 0
     )
     SELECT area_key AS "areaKey", percentile_cont(0.5) WITHIN GROUP (ORDER BY score)::float8 AS median,
            0 AS schools
       FROM per_school GROUP BY area_key
     UNION ALL
     SELECT NULL, NULL, count(*)::int FROM latest`,
    [frameworkId],
  );
  const medians = new Map<string, number>();
  let schools = 0;
  for (const row of rows) {
    if (row.areaKey === null) schools = row.schools;
    else if (row.median !== null) medians.set(row.areaKey, row.median);
  }
  return { schools, medians };
}
