import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, notFound } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { MentorLink, Mobility } from '@campus/server-db';
import { hashToken, randomToken } from '@campus/server-identity';

/** A mentor link stays usable this many days after the mobility's last day (late assessments). */
export const MENTOR_LINK_DAYS_AFTER_END = 30;
/** ...and at least this many days from the day it was sent, so a re-sent link is never born stale. */
export const MENTOR_LINK_MIN_DAYS = 14;

const DAY_MS = 86_400_000;

export interface IssuedMentorLink {
  linkId: string;
  /** `${PUBLIC_URL}/mentor#token=<token>`: the only place the token exists in clear. */
  url: string;
  expiresAt: Date;
}

export interface ResolvedMentorLink {
  link: MentorLink;
  mobility: Mobility;
}

/**
 * The moment a link issued `now` for a mobility ending on `endDate` stops working: the end of the
 * MENTOR_LINK_DAYS_AFTER_END-th day after the end (midnight UTC after it), or MENTOR_LINK_MIN_DAYS
 * from now, whichever is later.
 */
export function mentorLinkExpiry(endDate: string, now: Date): Date {
  const afterEnd = Date.parse(`${endDate}T00:00:00Z`) + (MENTOR_LINK_DAYS_AFTER_END + 1) * DAY_MS;
  return new Date(Math.max(afterEnd, now.getTime() + MENTOR_LINK_MIN_DAYS * DAY_MS));
}

/** SHA-256 of the token, as stored in `mentor_links.token_hash` (bytea). */
export function mentorTokenHash(token: string): Buffer {
  return Buffer.from(hashToken(token), 'hex');
}

/** The participant's and the sending organisation's names, as the mentor's mail and pages show them. */
export async function mentorFacingNames(
  m: EntityManager,
  mobility: Pick<Mobility, 'participantId' | 'organisationId'>,
): Promise<{ participant: string; organisation: string }> {
  const [names] = await m.query<{ participant: string; organisation: string }[]>(
    `SELECT u.name AS participant, o.name AS organisation
       FROM users u, organisations o WHERE u.id = $1 AND o.id = $2`,
    [mobility.participantId, mobility.organisationId],
  );
  return names ?? { participant: '', organisation: '' };
}

/** A token as `randomToken` makes them: 32 bytes in base64url, 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const INVALID = 'This mentor link is not valid. Check that the whole link from the e-mail was opened.';
const REVOKED = 'This mentor link has been withdrawn. Ask the sending school for a new one.';
const EXPIRED = 'This mentor link has expired. Ask the sending school for a new one.';

/**
 * The host mentor's links: single-purpose tokens, e-mailed, stored only as their SHA-256, expiring
 * and revocable. A token opens exactly one mobility (the link row names it); nothing else about
 * the caller is known or needed.
 */
@Injectable()
export class MentorLinksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  /**
   * A new link for the mobility, in the caller's transaction; earlier links stay valid until they
   * expire or are revoked (the mentor's older mail keeps working). The token leaves only inside the
   * returned URL, which the caller puts in an e-mail whose `link` parameter is scrubbed once sent.
   */
  async issue(m: EntityManager, mobilityId: string, createdBy: string | null): Promise<IssuedMentorLink> {
    const mobility = await m.findOne(Mobility, {
      where: { id: mobilityId },
      select: { id: true, endDate: true },
    });
    if (!mobility) throw notFound('Mobility');
    const token = randomToken();
    const expiresAt = mentorLinkExpiry(mobility.endDate, new Date());
    const result = await m.insert(MentorLink, {
      mobilityId,
      tokenHash: mentorTokenHash(token),
      expiresAt,
      createdBy,
    });
    return {
      linkId: result.identifiers[0]['id'] as string,
      url: `${this.config.PUBLIC_URL}/mentor#token=${token}`,
      expiresAt,
    };
  }

  /**
   * The link a token names and its mobility, or: MENTOR_LINK_INVALID (404) for a token that matches
   * none, MENTOR_LINK_REVOKED (410) for a revoked link or a cancelled mobility, MENTOR_LINK_EXPIRED
   * (410) once past its expiry; both name the sending school (`organisationName`). Looks the link up by the token's hash (the token is never compared
   * or stored) and records when it was last used.
   */
  async resolve(token: string, m: EntityManager = this.ds.manager): Promise<ResolvedMentorLink> {
    if (!TOKEN_SHAPE.test(token)) throw new DomainError('MENTOR_LINK_INVALID', INVALID);
    const link = await m.findOne(MentorLink, { where: { tokenHash: mentorTokenHash(token) } });
    if (!link) throw new DomainError('MENTOR_LINK_INVALID', INVALID);
    const mobility = await m.findOne(Mobility, { where: { id: link.mobilityId } });
    if (!mobility) throw new DomainError('MENTOR_LINK_INVALID', INVALID);
    const revoked = link.revokedAt !== null || mobility.status === 'cancelled';
    if (revoked || link.expiresAt.getTime() <= Date.now()) {
      // The holder of a once-valid token was the mentor: they may learn whom to ask for a new link.
      const { organisation } = await mentorFacingNames(m, mobility);
      throw revoked
        ? new DomainError('MENTOR_LINK_REVOKED', REVOKED, { organisationName: organisation })
        : new DomainError('MENTOR_LINK_EXPIRED', EXPIRED, { organisationName: organisation });
    }
    // At most one write a minute per link: a page load makes several requests.
    const [touched] = await m.query<{ last_used_at: Date }[]>(
      `UPDATE mentor_links SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        RETURNING last_used_at`,
      [link.id],
    );
    if (touched) link.lastUsedAt = touched.last_used_at;
    return { link, mobility };
  }
}
