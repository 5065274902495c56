import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Locale, notFound, type RoundResultsView } from '@campus/contracts';
import { csvFormat } from '@campus/server-csv';
import { FeedCache } from '@campus/server-db';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { AssessmentChangeFeed } from './assessment-change-feed';
import { AssessmentRoundsService } from './assessment-rounds.service';
import {
  closedRoundSummaries,
  closedTallies,
  findRound,
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

/** A closed round's results in one language, as this process last built them. */
interface CachedResults {
  organisationId: string;
  view: RoundResultsView;
  /** When the school's next open round closes by date: from then on it must be closed first. */
  validUntil: number;
}

/**
 * A round's results for the manager of its school: scores per area, group and statement, the
 * spread between groups, the school's earlier rounds and the peer median, as JSON, PDF or CSV.
 * Results are computed from the round's responses once it is closed (never while it is open);
 * earlier rounds and peers are read from the summaries written when rounds close.
 *
 * Built results are kept per process and served without the database while the
 * `assessment_changed` feed is live: every commit that could move them (a round opened or closed
 * anywhere, which moves the peer median; a summary written; a framework version changed; an
 * organisation renamed) notifies every replica, which drops them all. A school's round that
 * reaches its closing date is closed by the next reader, not by a commit, so an entry also ends
 * then. With the feed down, every request reads the database.
 */
@Injectable()
export class AssessmentResultsService {
  /** Built results by round and language; every notice drops them all (see the class comment). */
  private readonly views: FeedCache<CachedResults>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rounds: AssessmentRoundsService,
    feed: AssessmentChangeFeed,
  ) {
    this.views = new FeedCache(feed, MAX_CACHED_VIEWS, true);
  }

  async results(
    actor: Actor,
    organisationId: string,
    roundId: string,
    locale?: string,
  ): Promise<RoundResultsView> {
    requireOrgRole(actor, organisationId, ['manager']);
    const lang = resolveLocale(locale ?? actor.locale);
    const key = `${roundId}:${lang}`;
    const cached = this.views.get(key);
    // Only ever for the school that owns the round, and only until its school's next closing date.
    if (cached && cached.organisationId === organisationId && Date.now() < cached.validUntil)
      return cached.view;
    let version = this.views.version();
    let round = await findRound(this.ds, organisationId, roundId);
    // A round (this one or an earlier one) whose closing date passed is closed with its summary
    // first, so it reads as closed and counts among the earlier rounds and the peers. The read
    // above says whether one is due, so the usual request makes no extra round trip.
    if (round?.dueToClose) {
      await this.rounds.closeRoundsPastClosingDate(organisationId);
      // The feed will say so too; this process's next reader should not wait for it.
      this.views.forget('*');
      version = this.views.version();
      round = await findRound(this.ds, organisationId, roundId);
    }
    if (!round) throw notFound('Assessment round');
    // While a round takes answers, two readings a moment apart differ by the answers given in
    // between: with the live counts (respondents, used invitations, a link's responses) that is
    // one person's answers. Results therefore show only once the round is closed and final.
    if (round.status !== 'closed') throw new DomainError('CONFLICT', RESULTS_AFTER_CLOSING);
    const view = await this.view(round, lang);
    const validUntil = round.nextClosesAt?.getTime() ?? Number.POSITIVE_INFINITY;
    this.views.keep(key, { organisationId, view, validUntil }, version);
    return view;
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

  private async view(round: ResultsRound, locale: Locale): Promise<RoundResultsView> {
    const [tallies, earlier, peers] = await Promise.all([
      closedTallies(this.ds, round.id),
      closedRoundSummaries(this.ds, round.organisationId, round.frameworkId, {
        before: round.closedAt,
        except: round.id,
      }),
      peerMedians(this.ds, round.frameworkId),
    ]);
    return buildResultsView({ round, locale, ...tallies, earlier, peers });
  }
}

/** Results kept per process (an entry is one round in one language: tens of kilobytes). */
const MAX_CACHED_VIEWS = 500;

function resolveLocale(locale: string): Locale {
  const parsed = Locale.safeParse(locale);
  return parsed.success ? parsed.data : 'en';
}
