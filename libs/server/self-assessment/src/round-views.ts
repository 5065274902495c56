import type { EntityManager } from 'typeorm';
import {
  translated,
  type CustomQuestion,
  type Locale,
  type RespondentGroup,
  type RoundLinkView,
  type RoundStatus,
  type RoundView,
  type Translations,
} from '@campus/contracts';

/** A round row with what its views need of the framework version. */
export interface RoundRow {
  id: string;
  organisation_id: string;
  title: string;
  locale: Locale;
  status: RoundStatus;
  closes_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  respondent_groups: RespondentGroup[];
  custom_questions: CustomQuestion[];
  min_group_size: number;
  version_id: string;
  version: number;
  framework_id: string;
  slug: string;
  framework_title: Translations;
  source_locale: Locale;
}

export const ROUND_COLUMNS = `
  r.id, r.organisation_id, r.title, r.locale, r.status, r.closes_at, r.closed_at, r.created_at,
  r.respondent_groups, r.custom_questions, r.min_group_size,
  fv.id AS version_id, fv.version, fv.framework_id, f.slug,
  fv.content->'title' AS framework_title, fv.content->>'sourceLocale' AS source_locale`;

export const ROUND_FROM = `
  assessment_rounds r
  JOIN assessment_framework_versions fv ON fv.id = r.framework_version_id
  JOIN assessment_frameworks f ON f.id = fv.framework_id`;

interface LinkRow {
  id: string;
  round_id: string;
  respondent_group: RespondentGroup;
  max_responses: number;
  responses: number;
  created_at: Date;
  revoked_at: Date | null;
}

export function linkView(row: LinkRow): RoundLinkView {
  return {
    id: row.id,
    respondentGroup: row.respondent_group,
    maxResponses: row.max_responses,
    responses: row.responses,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    state: row.revoked_at ? 'revoked' : row.responses >= row.max_responses ? 'full' : 'active',
  };
}

/** A shared link of the round, or undefined; never its token hash. */
export async function findSharedLink(
  m: EntityManager,
  roundId: string,
  linkId: string,
): Promise<RoundLinkView | undefined> {
  const [row] = await m.query<LinkRow[]>(
    `SELECT id, round_id, respondent_group, max_responses, responses, created_at, revoked_at
       FROM assessment_round_links WHERE id = $1 AND round_id = $2 AND kind = 'shared'`,
    [linkId, roundId],
  );
  return row ? linkView(row) : undefined;
}

/**
 * Views of these rounds with their counts: respondents per group (counts only, never who),
 * invitations sent and used per group, and the shared links. Four queries whatever the number.
 */
export async function roundViews(m: EntityManager, rows: RoundRow[]): Promise<RoundView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [responses, invitations, links] = await Promise.all([
    m.query<{ round_id: string; respondent_group: RespondentGroup; n: number }[]>(
      `SELECT round_id, respondent_group, count(*)::int AS n FROM assessment_responses
        WHERE round_id = ANY($1) GROUP BY round_id, respondent_group`,
      [ids],
    ),
    m.query<{ round_id: string; respondent_group: RespondentGroup; invited: number; used: number }[]>(
      `SELECT round_id, respondent_group, count(*)::int AS invited, count(used_at)::int AS used
         FROM assessment_round_links WHERE round_id = ANY($1) AND kind = 'invitation'
        GROUP BY round_id, respondent_group`,
      [ids],
    ),
    m.query<LinkRow[]>(
      `SELECT id, round_id, respondent_group, max_responses, responses, created_at, revoked_at
         FROM assessment_round_links WHERE round_id = ANY($1) AND kind = 'shared'
        ORDER BY created_at DESC, id`,
      [ids],
    ),
  ]);
  return rows.map((row) => {
    const byGroup = row.respondent_groups.map((group) => {
      const inv = invitations.find((i) => i.round_id === row.id && i.respondent_group === group);
      return {
        group,
        respondents: responses.find((r) => r.round_id === row.id && r.respondent_group === group)?.n ?? 0,
        invited: inv?.invited ?? 0,
        invitationsUsed: inv?.used ?? 0,
      };
    });
    return {
      id: row.id,
      organisationId: row.organisation_id,
      title: row.title,
      locale: row.locale,
      status: row.status,
      closesAt: row.closes_at?.toISOString() ?? null,
      closedAt: row.closed_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
      framework: {
        id: row.framework_id,
        slug: row.slug,
        versionId: row.version_id,
        version: row.version,
        title: translated(row.framework_title, row.locale, row.source_locale),
      },
      respondentGroups: row.respondent_groups,
      customQuestions: row.custom_questions,
      minGroupSize: row.min_group_size,
      respondents: { total: byGroup.reduce((n, g) => n + g.respondents, 0), byGroup },
      links: links.filter((l) => l.round_id === row.id).map(linkView),
    };
  });
}
