import type { EntityManager } from 'typeorm';
import {
  FrameworkContent,
  translated,
  type FocusAreaCandidate,
  type FocusAreasView,
  type Locale,
} from '@campus/contracts';

/** A round of the school with its framework, as the roadmap reads it. */
export interface RoundRow {
  id: string;
  title: string;
  status: 'open' | 'closed';
  min_group_size: number;
  framework_id: string;
  content: FrameworkContent;
}

/** The round if it belongs to the organisation, else undefined (the caller answers 404). */
export async function findRound(
  m: EntityManager,
  organisationId: string,
  roundId: string,
): Promise<RoundRow | undefined> {
  const [row] = await m.query<RoundRow[]>(
    `SELECT r.id, r.title, r.status, r.min_group_size, fv.framework_id, fv.content
       FROM assessment_rounds r JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
      WHERE r.id = $1 AND r.organisation_id = $2`,
    [roundId, organisationId],
  );
  return row;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Statements listed as the weakest of an area (lowest first). */
const WEAKEST_LISTED = 2;

/**
 * The round's framework areas with their scores so far (open rounds too), weakest first; areas
 * without a score last. Read straight from the anonymous responses: the mean of every score given
 * (0 = does not apply left out). Below the round's minimum number of respondents no score shows,
 * so nothing can be read back to a few people.
 */
export async function focusAreas(m: EntityManager, round: RoundRow, locale: Locale): Promise<FocusAreasView> {
  const [{ respondents }] = await m.query<{ respondents: number }[]>(
    `SELECT count(*)::int AS respondents FROM assessment_responses WHERE round_id = $1`,
    [round.id],
  );
  const shown = respondents >= round.min_group_size;
  const rows: { key: string; total: string; n: number }[] = shown
    ? await m.query(
        `SELECT a.key, sum(a.value::int) AS total, count(*)::int AS n
           FROM assessment_responses r CROSS JOIN LATERAL jsonb_each_text(r.answers) AS a(key, value)
          WHERE r.round_id = $1 AND a.value ~ '^[1-5]$'
          GROUP BY a.key`,
        [round.id],
      )
    : [];
  const byStatement = new Map(rows.map((r) => [r.key, { total: Number(r.total), n: r.n }]));
  const content = round.content;
  const areas: FocusAreaCandidate[] = content.areas.map((area) => {
    let total = 0;
    let n = 0;
    const statements = area.statements.flatMap((s) => {
      const given = byStatement.get(s.key);
      if (!given || !given.n) return [];
      total += given.total;
      n += given.n;
      return [
        {
          key: s.key,
          text: translated(s.text, locale, content.sourceLocale),
          score: round2(given.total / given.n),
        },
      ];
    });
    return {
      key: area.key,
      title: translated(area.title, locale, content.sourceLocale),
      topic: area.topic,
      score: n ? round2(total / n) : null,
      weakestStatements: statements.sort((a, b) => a.score - b.score).slice(0, WEAKEST_LISTED),
    };
  });
  areas.sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
  return { roundId: round.id, roundTitle: round.title, status: round.status, respondents, areas };
}

export interface LatestAreaScores {
  roundId: string;
  title: string;
  closedAt: string;
  scores: Record<string, number | null>;
}

/**
 * The school's latest closed round of the framework (closed after `since`), with each area's mean
 * score from the summary written at closing; null scores where fewer than the round's minimum
 * answered. Null when there is no such round.
 */
export async function latestAreaScores(
  m: EntityManager,
  organisationId: string,
  frameworkId: string,
  since: Date,
): Promise<LatestAreaScores | null> {
  const [round] = await m.query<{ id: string; title: string; closed_at: Date; min_group_size: number }[]>(
    `SELECT r.id, r.title, r.closed_at, r.min_group_size
       FROM assessment_rounds r JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
      WHERE r.organisation_id = $1 AND fv.framework_id = $2 AND r.status = 'closed' AND r.closed_at > $3
      ORDER BY r.closed_at DESC LIMIT 1`,
    [organisationId, frameworkId, since],
  );
  if (!round) return null;
  const rows: { area_key: string; total: string; n: string; respondents: string }[] = await m.query(
    `SELECT area_key, sum(score_sum) AS total, sum(score_count) AS n, sum(respondents) AS respondents
       FROM assessment_round_area_scores WHERE round_id = $1 GROUP BY area_key`,
    [round.id],
  );
  const scores: Record<string, number | null> = {};
  for (const r of rows) {
    const shown = Number(r.respondents) >= round.min_group_size && Number(r.n) > 0;
    scores[r.area_key] = shown ? round2(Number(r.total) / Number(r.n)) : null;
  }
  return { roundId: round.id, title: round.title, closedAt: round.closed_at.toISOString(), scores };
}
