import type { EntityManager } from 'typeorm';
import type { FrameworkContent } from '@campus/contracts';
import { ensureShippedFramework, writeRoundSummary } from '@campus/server-self-assessment';
import { DEMO_ROADMAP, DEMO_TOOLKIT_ROUNDS, demoResponses, type DemoRound } from './demo-toolkit';

/** The shipped framework's slug (fixed for issue 11; `ensureShippedFramework` puts it in). */
const SHIPPED_FRAMEWORK_SLUG = 'vet-internationalisation';

interface Framework {
  versionId: string;
  content: FrameworkContent;
}

/**
 * Seeds the demo schools' self-assessment rounds on the shipped framework and the Demo VET School's
 * roadmap from its closed round. Each round and the roadmap are found by school and title: one
 * that exists is left alone, so a second run (or a manager's later edits) changes nothing.
 */
export async function seedDemoToolkit(m: EntityManager): Promise<void> {
  await ensureShippedFramework(m);
  const framework = await shippedFramework(m);
  for (const round of DEMO_TOOLKIT_ROUNDS) await seedRound(m, framework, round);
  await seedRoadmap(m, framework);
}

async function shippedFramework(m: EntityManager): Promise<Framework> {
  const [row] = await m.query<Framework[]>(
    `SELECT v.id AS "versionId", v.content
       FROM assessment_framework_versions v
       JOIN assessment_frameworks f ON f.id = v.framework_id
      WHERE f.slug = $1 AND v.status = 'published'`,
    [SHIPPED_FRAMEWORK_SLUG],
  );
  return row;
}

async function organisationId(m: EntityManager, name: string): Promise<string | undefined> {
  const [row] = await m.query<{ id: string }[]>(
    `SELECT id FROM organisations WHERE lower(name) = lower($1)`,
    [name],
  );
  return row?.id;
}

async function roundId(m: EntityManager, orgId: string, title: string): Promise<string | undefined> {
  const [row] = await m.query<{ id: string }[]>(
    `SELECT id FROM assessment_rounds WHERE organisation_id = $1 AND title = $2`,
    [orgId, title],
  );
  return row?.id;
}

async function seedRound(m: EntityManager, framework: Framework, round: DemoRound): Promise<void> {
  const orgId = await organisationId(m, round.organisationName);
  if (!orgId || (await roundId(m, orgId, round.title))) return;
  const [manager] = await m.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = $1`, [
    round.openedByEmail,
  ]);
  const [{ id }] = await m.query<{ id: string }[]>(
    `INSERT INTO assessment_rounds (organisation_id, framework_version_id, title, locale, respondent_groups,
        custom_questions, status, closes_at, closed_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'open',
        now() + make_interval(days => $7::int), NULL, $8, now() - make_interval(days => $9::int))
     RETURNING id`,
    [
      orgId,
      framework.versionId,
      round.title,
      round.locale,
      Object.keys(round.respondents),
      JSON.stringify(round.customQuestions.map((text, i) => ({ key: `q${i + 1}`, text }))),
      round.status === 'open' ? (round.closesInDays ?? 30) : -(round.closedDaysAgo ?? 0),
      manager?.id ?? null,
      round.openedDaysAgo,
    ],
  );
  const responses = demoResponses(round, framework.content.areas);
  await m.query(
    `INSERT INTO assessment_responses (round_id, respondent_group, answers, custom_answers, submitted_on)
     SELECT $1, r.grp, r.answers, r.custom, current_date - r.days_ago
       FROM unnest($2::text[], $3::jsonb[], $4::jsonb[], $5::int[]) AS r(grp, answers, custom, days_ago)`,
    [
      id,
      responses.map((r) => r.group),
      responses.map((r) => JSON.stringify(r.answers)),
      responses.map((r) => JSON.stringify(r.customAnswers)),
      responses.map((r) => r.daysAgo),
    ],
  );
  if (round.status === 'closed') {
    // As closing a round does: the summary, then the status, in the same transaction.
    await writeRoundSummary(m, id);
    await m.query(`UPDATE assessment_rounds SET status = 'closed', closed_at = closes_at WHERE id = $1`, [
      id,
    ]);
  }
}

/** The closed round's areas, weakest first, with the mean of every score given (0s left out). */
async function areaScores(m: EntityManager, roundId: string): Promise<{ key: string; score: number }[]> {
  const rows = await m.query<{ key: string; score: string }[]>(
    `SELECT area_key AS key, round(sum(score_sum)::numeric / nullif(sum(score_count), 0), 2) AS score
       FROM assessment_round_area_scores WHERE round_id = $1
      GROUP BY area_key HAVING sum(score_count) > 0
      ORDER BY score, area_key`,
    [roundId],
  );
  return rows.map((r) => ({ key: r.key, score: Number(r.score) }));
}

async function seedRoadmap(m: EntityManager, framework: Framework): Promise<void> {
  const plan = DEMO_ROADMAP;
  const orgId = await organisationId(m, plan.organisationName);
  if (!orgId) return;
  const [existing] = await m.query<{ id: string }[]>(
    `SELECT id FROM roadmaps WHERE organisation_id = $1 AND title = $2`,
    [orgId, plan.title],
  );
  const sourceRoundId = await roundId(m, orgId, plan.sourceRoundTitle);
  if (existing || !sourceRoundId) return;

  const focus = (await areaScores(m, sourceRoundId)).slice(0, 2);
  const people = await m.query<{ id: string; email: string }[]>(
    `SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])`,
    [Object.values(plan.actions).flatMap((actions) => actions.map((a) => a.ownerEmail))],
  );
  const userId = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const createdBy = userId('manager@demo.campus');

  const [{ id: roadmapId }] = await m.query<{ id: string }[]>(
    `INSERT INTO roadmaps (organisation_id, title, locale, source_round_id, focus_area_keys, starts_on, ends_on,
        activity_estimates, created_by)
     VALUES ($1, $2, 'en', $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      orgId,
      plan.title,
      sourceRoundId,
      focus.map((f) => f.key),
      plan.startsOn,
      plan.endsOn,
      JSON.stringify(plan.activityEstimates),
      createdBy,
    ],
  );
  for (const [position, area] of focus.entries()) {
    const title = framework.content.areas.find((a) => a.key === area.key)?.title.en ?? area.key;
    const target = Math.min(5, Math.round((area.score + plan.targetGain) * 100) / 100);
    const [{ id: objectiveId }] = await m.query<{ id: string }[]>(
      `INSERT INTO roadmap_objectives (roadmap_id, position, area_key, title, explanation, starts_on, ends_on,
          indicator, indicator_kind, baseline, target)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'area_score', $9, $10) RETURNING id`,
      [
        roadmapId,
        position,
        area.key,
        title,
        `In "${plan.sourceRoundTitle}" this area scored ${area.score.toFixed(2)} of 5, ` +
          `one of our two lowest. We aim for ${target.toFixed(2)} by the end of the plan.`,
        plan.startsOn,
        plan.endsOn,
        'Area score in our self-assessment rounds (1-5)',
        area.score,
        target,
      ],
    );
    for (const [i, action] of (plan.actions[area.key] ?? []).entries()) {
      await m.query(
        `INSERT INTO roadmap_actions (objective_id, roadmap_id, position, title, owner_id, due_on, status, notes,
            completed_at)
         VALUES ($1, $2, $3, $4, $5, current_date + $6::int, $7, $8,
            CASE WHEN $7 = 'done' THEN now() - make_interval(days => 2) END)`,
        [
          objectiveId,
          roadmapId,
          i,
          action.title,
          userId(action.ownerEmail),
          action.dueInDays,
          action.status,
          action.notes,
        ],
      );
    }
  }
}
