import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Locale, notFound, type RoundResultsView } from '@campus/contracts';
import { csvFormat } from '@campus/server-csv';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { AssessmentRoundsService } from './assessment-rounds.service';
import {
  closedRoundSummaries,
  findRound,
  liveTallies,
  peerMedians,
  type ResultsRound,
} from './results-queries';
import { buildResultsView, summaryAreaScores } from './results-view';
import { renderResultsPdf } from './results-pdf';
import { resultsCsv } from './results-csv';

const RESULTS_AFTER_CLOSING =
  'The results show once the round is closed: while it takes answers, comparing its results from one moment to the next would give away each new answer.';

/** A school's area scores from its latest closed round, as the roadmap compares them with targets. */
export interface LatestAreaScores {
  roundId: string;
  closedAt: string;
  scores: Record<string, number | null>;
}

/**
 * A round's results for the manager of its school: scores per area, group and statement, the
 * spread between groups, the school's earlier rounds and the peer median, as JSON, PDF or CSV.
 * Results are computed from the round's responses once it is closed (never while it is open);
 * earlier rounds and peers are read from the summaries written when rounds close.
 */
@Injectable()
export class AssessmentResultsService {
  private readonly closedTallies = new Map<string, Awaited<ReturnType<typeof liveTallies>>>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rounds: AssessmentRoundsService,
  ) {}

  async results(
    actor: Actor,
    organisationId: string,
    roundId: string,
    locale?: string,
  ): Promise<RoundResultsView> {
    requireOrgRole(actor, organisationId, ['manager']);
    let round = await findRound(this.ds, organisationId, roundId);
    // A round (this one or an earlier one) whose closing date passed is closed with its summary
    // first, so it reads as closed and counts among the earlier rounds and the peers. The read
    // above says whether one is due, so the usual request makes no extra round trip.
    if (round?.dueToClose) {
      await this.rounds.closeRoundsPastClosingDate(organisationId);
      round = await findRound(this.ds, organisationId, roundId);
    }
    if (!round) throw notFound('Assessment round');
    // While a round takes answers, two readings a moment apart differ by the answers given in
    // between: with the live counts (respondents, used invitations, a link's responses) that is
    // one person's answers. Results therefore show only once the round is closed and final.
    if (round.status !== 'closed') throw new DomainError('CONFLICT', RESULTS_AFTER_CLOSING);
    return this.view(round, resolveLocale(locale ?? actor.locale));
  }

  async pdf(actor: Actor, organisationId: string, roundId: string, locale?: string): Promise<Buffer> {
    const view = await this.results(actor, organisationId, roundId, locale);
    return renderResultsPdf(view, new Date());
  }

  async csv(actor: Actor, organisationId: string, roundId: string, locale?: string): Promise<string> {
    const view = await this.results(actor, organisationId, roundId, locale);
    return resultsCsv(view, csvFormat(view.locale));
  }

  /**
   * The school's latest closed round of a framework (any version), closed at or after `since`
   * when given, with its pooled area scores (null where the minimum group size hides them).
   * No caller check: the calling service has scoped the organisation.
   */
  async latestAreaScores(
    organisationId: string,
    frameworkId: string,
    since?: Date,
  ): Promise<LatestAreaScores | null> {
    const [latest] = await closedRoundSummaries(this.ds, organisationId, frameworkId, {
      since: since ?? null,
      latestOnly: true,
    });
    if (!latest) return null;
    return {
      roundId: latest.roundId,
      closedAt: latest.closedAt.toISOString(),
      scores: Object.fromEntries(summaryAreaScores(latest)),
    };
  }

  /**
   * A closed round's answers never change (the respondent service refuses them once it is closed,
   * and nothing reopens a round or deletes a response), so its tallies are summed once per process;
   * an open round's are read live.
   */
  private async tallies(round: ResultsRound): Promise<Awaited<ReturnType<typeof liveTallies>>> {
    if (round.status !== 'closed') return liveTallies(this.ds, round.id);
    const cached = this.closedTallies.get(round.id);
    if (cached) return cached;
    const live = await liveTallies(this.ds, round.id);
    if (this.closedTallies.size >= MAX_CACHED_TALLIES) this.closedTallies.clear();
    this.closedTallies.set(round.id, live);
    return live;
  }

  private async view(round: ResultsRound, locale: Locale): Promise<RoundResultsView> {
    const [live, earlier, peers] = await Promise.all([
      this.tallies(round),
      closedRoundSummaries(this.ds, round.organisationId, round.frameworkId, {
        // A closed round compares with those closed before it; an open one with every closed one.
        before: round.closedAt,
        except: round.id,
      }),
      peerMedians(this.ds, round.frameworkId),
    ]);
    return buildResultsView({ round, locale, ...live, earlier, peers });
  }
}

/** Closed rounds whose tallies this process holds (an entry is a few hundred numbers). */
const MAX_CACHED_TALLIES = 2000;

function resolveLocale(locale: string): Locale {
  const parsed = Locale.safeParse(locale);
  return parsed.success ? parsed.data : 'en';
}
