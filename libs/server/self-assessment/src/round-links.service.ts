import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  type CreatedRoundLinkView,
  type InvitationsResult,
  type Locale,
  type RespondentGroup,
  type RoundLinkView,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { hashToken, randomToken, requireOrgRole, type Actor } from '@campus/server-identity';
import { EmailOutbox } from '@campus/server-notifications';
import { invalid, updatedRows } from './round-rules';
import { findSharedLink } from './round-views';

/** SHA-256 of a respondent token, as `assessment_round_links.token_hash` (bytea) holds it. */
export function respondentTokenHash(token: string): Buffer {
  return Buffer.from(hashToken(token), 'hex');
}

interface LockedRound {
  id: string;
  title: string;
  locale: Locale;
  respondent_groups: RespondentGroup[];
  closes_at: Date | null;
  organisation_name: string;
}

/**
 * How respondents reach a round: one shareable link per group (answered by many, up to its
 * `maxResponses`) and personal invitations by e-mail (one per address, answered once). Tokens are
 * 32 random bytes; only their SHA-256 is stored, and the URL with the token is handed out once
 * (in the answer to the manager, or in an e-mail whose `link` parameter is scrubbed once sent).
 */
@Injectable()
export class RoundLinksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  /** A new shared link for the group; the group's earlier shared link stops working at once. */
  async createSharedLink(
    actor: Actor,
    organisationId: string,
    roundId: string,
    input: { respondentGroup: RespondentGroup; maxResponses: number },
    ip: string | null,
  ): Promise<CreatedRoundLinkView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const round = await this.lockOpenRound(m, organisationId, roundId, input.respondentGroup);
      const replaced = updatedRows<{ id: string }>(
        await m.query(
          `UPDATE assessment_round_links SET revoked_at = now()
            WHERE round_id = $1 AND respondent_group = $2 AND kind = 'shared' AND revoked_at IS NULL
            RETURNING id`,
          [round.id, input.respondentGroup],
        ),
      );
      const token = randomToken();
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO assessment_round_links
                (round_id, respondent_group, kind, token_hash, max_responses, created_by)
         VALUES ($1, $2, 'shared', $3, $4, $5) RETURNING id`,
        [round.id, input.respondentGroup, respondentTokenHash(token), input.maxResponses, actor.userId],
      );
      await this.audit.record(
        {
          action: 'assessment_round.link_created',
          actorId: actor.userId,
          organisationId,
          targetType: 'assessment_round',
          targetId: round.id,
          ip,
          details: {
            linkId: id,
            group: input.respondentGroup,
            maxResponses: input.maxResponses,
            replaced: replaced.map((r) => r.id),
          },
        },
        m,
      );
      const link = await findSharedLink(m, round.id, id);
      return { link: link!, url: this.url(token) };
    });
  }

  /** The shared link stops working from now on; revoking a revoked link changes nothing. */
  async revoke(
    actor: Actor,
    organisationId: string,
    roundId: string,
    linkId: string,
    ip: string | null,
  ): Promise<RoundLinkView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction(async (m) => {
      const [round] = await m.query<{ id: string }[]>(
        `SELECT id FROM assessment_rounds WHERE id = $1 AND organisation_id = $2`,
        [roundId, organisationId],
      );
      if (!round) throw notFound('Assessment round');
      const revoked = updatedRows<{ id: string }>(
        await m.query(
          `UPDATE assessment_round_links SET revoked_at = now()
            WHERE id = $1 AND round_id = $2 AND kind = 'shared' AND revoked_at IS NULL RETURNING id`,
          [linkId, roundId],
        ),
      );
      const link = await findSharedLink(m, roundId, linkId);
      if (!link) throw notFound('Link');
      if (revoked.length > 0) {
        await this.audit.record(
          {
            action: 'assessment_round.link_revoked',
            actorId: actor.userId,
            organisationId,
            targetType: 'assessment_round',
            targetId: roundId,
            ip,
            details: { linkId },
          },
          m,
        );
      }
      return link;
    });
  }

  /**
   * One single-use invitation per address (lower-cased), e-mailed in the round's language. An
   * address the round invited already (in any group) is skipped and counted as such, so sending a
   * list twice mails nobody twice.
   */
  async invite(
    actor: Actor,
    organisationId: string,
    roundId: string,
    input: { respondentGroup: RespondentGroup; emails: string[] },
    ip: string | null,
  ): Promise<InvitationsResult> {
    requireOrgRole(actor, organisationId, ['manager']);
    const emails = [...new Set(input.emails.map((e) => e.toLowerCase()))];
    return this.ds.transaction(async (m) => {
      const round = await this.lockOpenRound(m, organisationId, roundId, input.respondentGroup);
      const tokens = emails.map(() => randomToken());
      const inserted = await m.query<{ email: string }[]>(
        `INSERT INTO assessment_round_links (round_id, respondent_group, kind, token_hash, email, created_by)
         SELECT $1, $2, 'invitation', t.hash, t.email, $5
           FROM unnest($3::text[], $4::bytea[]) AS t(email, hash)
         ON CONFLICT (round_id, lower(email)) WHERE kind = 'invitation' DO NOTHING
         RETURNING email`,
        [round.id, input.respondentGroup, emails, tokens.map(respondentTokenHash), actor.userId],
      );
      const tokenOf = new Map(emails.map((e, i) => [e, tokens[i]]));
      // The last day answers are taken (the round closes at the start of the next).
      const closesOn = round.closes_at
        ? new Date(round.closes_at.getTime() - 1).toISOString().slice(0, 10)
        : null;
      for (const { email } of inserted) {
        await this.mail.queue(m, {
          template: 'assessment-invitation',
          to: email,
          locale: round.locale,
          userId: null,
          params: {
            organisationName: round.organisation_name,
            roundTitle: round.title,
            link: this.url(tokenOf.get(email)!),
            closesOn,
          },
        });
      }
      if (inserted.length > 0) {
        await this.audit.record(
          {
            action: 'assessment_round.invitations_sent',
            actorId: actor.userId,
            organisationId,
            targetType: 'assessment_round',
            targetId: round.id,
            ip,
            details: { group: input.respondentGroup, count: inserted.length },
          },
          m,
        );
      }
      return { invited: inserted.length, alreadyInvited: emails.length - inserted.length };
    });
  }

  private url(token: string): string {
    return `${this.config.PUBLIC_URL}/answer#token=${token}`;
  }

  /**
   * The school's round, locked so link changes on it happen one after another; it must be open
   * (and before its closing date) and ask the group.
   */
  private async lockOpenRound(
    m: EntityManager,
    organisationId: string,
    roundId: string,
    group: RespondentGroup,
  ): Promise<LockedRound> {
    const [round] = await m.query<(LockedRound & { status: string; past_closing: boolean })[]>(
      `SELECT r.id, r.title, r.locale, r.respondent_groups, r.closes_at, r.status,
              coalesce(r.closes_at <= now(), false) AS past_closing, o.name AS organisation_name
         FROM assessment_rounds r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.id = $1 AND r.organisation_id = $2
          FOR UPDATE OF r`,
      [roundId, organisationId],
    );
    if (!round) throw notFound('Assessment round');
    if (round.status !== 'open' || round.past_closing) {
      throw new DomainError('ROUND_ALREADY_CLOSED', 'This round is closed: it takes no more respondents.');
    }
    if (!round.respondent_groups.includes(group)) {
      throw invalid('respondentGroup', 'This round does not ask that group.');
    }
    return round;
  }
}
