import {
  MIN_PEER_SCHOOLS,
  RESPONDENT_GROUPS,
  translated,
  type AreaResult,
  type Locale,
  type RespondentGroup,
  type RoundResultsView,
} from '@campus/contracts';
import {
  addTallies,
  EMPTY_TALLY,
  groupShown,
  mean,
  overallPool,
  overallScore,
  round2,
  spread,
  type Tally,
} from './results-math';
import type { KeyTally, ResultsRound, SummaryRound } from './results-queries';

type GroupTallies = Map<RespondentGroup, Tally>;

/** The groups a round asked, in the fixed order of RESPONDENT_GROUPS, then any that answered anyway. */
function roundGroups(round: ResultsRound, respondents: Map<RespondentGroup, number>): RespondentGroup[] {
  return RESPONDENT_GROUPS.filter((g) => round.respondentGroups.includes(g) || respondents.has(g));
}

/** The respondents per group, every asked group present (0 when nobody answered). */
function respondentCounts(groups: RespondentGroup[], respondents: Map<RespondentGroup, number>) {
  return new Map(groups.map((g) => [g, respondents.get(g) ?? 0]));
}

/** Each shown group's mean; hidden groups are present with null so the reader sees them hidden. */
function byGroup(
  groups: RespondentGroup[],
  tallies: GroupTallies,
  counts: Map<RespondentGroup, number>,
  minGroupSize: number,
): Partial<Record<RespondentGroup, number | null>> {
  const out: Partial<Record<RespondentGroup, number | null>> = {};
  for (const g of groups)
    out[g] = groupShown(counts.get(g) ?? 0, minGroupSize) ? mean(tallies.get(g) ?? EMPTY_TALLY) : null;
  return out;
}

/** A closed round's pooled area scores from its summary, with the same hiding rules as its own results. */
export function summaryAreaScores(round: SummaryRound): Map<string, number | null> {
  const respondents = new Map<RespondentGroup, number>();
  const byArea = new Map<string, GroupTallies>();
  for (const row of round.rows) {
    respondents.set(row.group, Math.max(respondents.get(row.group) ?? 0, row.respondents));
    const area = byArea.get(row.areaKey) ?? new Map<RespondentGroup, Tally>();
    area.set(row.group, { sum: row.sum, count: row.count });
    byArea.set(row.areaKey, area);
  }
  const pool = overallPool(respondents, round.minGroupSize);
  return new Map([...byArea].map(([key, tallies]) => [key, overallScore(tallies, pool)]));
}

export interface ResultsInputs {
  round: ResultsRound;
  locale: Locale;
  tallies: KeyTally[];
  respondents: Map<RespondentGroup, number>;
  earlier: SummaryRound[];
  peers: { schools: number; medians: Map<string, number> };
}

/** Assembles the results page's view; every number hidden by the rules is null here, never sent. */
export function buildResultsView(input: ResultsInputs): RoundResultsView {
  const { round, locale } = input;
  const { content, minGroupSize } = round;
  const t = (text: Parameters<typeof translated>[0]) => translated(text, locale, content.sourceLocale);
  const groups = roundGroups(round, input.respondents);
  const counts = respondentCounts(groups, input.respondents);
  const pool = overallPool(counts, minGroupSize);
  const peersShown = input.peers.schools >= MIN_PEER_SCHOOLS;
  const earlierScores = input.earlier.map((r) => ({ round: r, scores: summaryAreaScores(r) }));

  const perKey = new Map<string, { tallies: GroupTallies; doesNotApply: Map<RespondentGroup, number> }>();
  for (const row of input.tallies) {
    const id = `${row.custom ? 'c' : 's'}:${row.key}`;
    const entry = perKey.get(id) ?? { tallies: new Map(), doesNotApply: new Map() };
    entry.tallies.set(row.group, { sum: row.sum, count: row.count });
    entry.doesNotApply.set(row.group, row.doesNotApply);
    perKey.set(id, entry);
  }
  const keyTallies = (id: string): GroupTallies =>
    perKey.get(id)?.tallies ?? new Map<RespondentGroup, Tally>();

  const areas: AreaResult[] = content.areas.map((area) => {
    const areaTallies: GroupTallies = new Map(
      groups.map((g) => [
        g,
        addTallies(...area.statements.map((s) => keyTallies(`s:${s.key}`).get(g) ?? EMPTY_TALLY)),
      ]),
    );
    const areaByGroup = byGroup(groups, areaTallies, counts, minGroupSize);
    return {
      key: area.key,
      title: t(area.title),
      topic: area.topic,
      score: overallScore(areaTallies, pool),
      byGroup: areaByGroup,
      spread: spread(Object.values(areaByGroup)),
      earlier: earlierScores.map(({ round: r, scores }) => ({
        roundId: r.roundId,
        title: r.title,
        closedAt: r.closedAt.toISOString(),
        score: scores.get(area.key) ?? null,
      })),
      peerMedian: peersShown ? round2Nullable(input.peers.medians.get(area.key)) : null,
      statements: area.statements.map((s) => {
        const entry = perKey.get(`s:${s.key}`);
        const tallies = entry?.tallies ?? new Map<RespondentGroup, Tally>();
        return {
          key: s.key,
          text: t(s.text),
          score: overallScore(tallies, pool),
          byGroup: byGroup(groups, tallies, counts, minGroupSize),
          // Counted over the pooled groups only, like the score, and hidden with it.
          doesNotApply: pool.shown
            ? pool.groups.reduce((n, g) => n + (entry?.doesNotApply.get(g) ?? 0), 0)
            : 0,
        };
      }),
    };
  });

  return {
    roundId: round.id,
    title: round.title,
    status: round.status,
    closedAt: round.closedAt?.toISOString() ?? null,
    locale,
    organisationName: round.organisationName,
    framework: {
      id: round.frameworkId,
      slug: round.frameworkSlug,
      versionId: round.versionId,
      version: round.version,
      title: t(content.title),
    },
    minGroupSize,
    respondents: {
      total: [...counts.values()].reduce((a, b) => a + b, 0),
      byGroup: groups.map((g) => ({
        group: g,
        count: counts.get(g) ?? 0,
        shown: groupShown(counts.get(g) ?? 0, minGroupSize),
      })),
    },
    areas,
    customQuestions: round.customQuestions.map((q) => {
      const tallies = keyTallies(`c:${q.key}`);
      return {
        key: q.key,
        text: q.text,
        score: overallScore(tallies, pool),
        byGroup: byGroup(groups, tallies, counts, minGroupSize),
      };
    }),
    peers: { schools: input.peers.schools, shown: peersShown },
  };
}

function round2Nullable(value: number | undefined): number | null {
  return value === undefined ? null : round2(value);
}
