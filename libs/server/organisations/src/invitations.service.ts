import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import {
  DomainError,
  Email,
  notFound,
  PersonName,
  Role,
  type AcceptInvitationRequest,
  type CsvInviteReport,
  type CsvInviteRowResult,
  type FieldError,
  type InvitationPreview,
  type InvitationView,
  type InviteRequest,
} from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { findUserByEmail, Invitation, Membership, Organisation, User } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import {
  hashToken,
  PasswordHasher,
  randomToken,
  requireOrgRole,
  retryOnUniqueViolation,
  SessionsService,
  type Actor,
  type Session,
} from '@campus/server-identity';
import { readCsvRecords } from '@campus/server-csv';

const INVITATION_DAYS = 14;
const INVALID_INVITATION =
  'This invitation link is invalid, already used, revoked or expired. Ask your coordinator for a new one.';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  async invite(
    actor: Actor,
    organisationId: string,
    req: InviteRequest & { role: Role },
    ip: string,
  ): Promise<InvitationView> {
    requireOrgRole(actor, organisationId, ['manager']);
    return this.ds.transaction((m) => this.createInvitation(m, actor, organisationId, req, ip));
  }

  /** Each row is its own transaction: one bad row never stops the others. */
  async inviteCsv(actor: Actor, organisationId: string, csv: string, ip: string): Promise<CsvInviteReport> {
    requireOrgRole(actor, organisationId, ['manager']);
    // A platform admin passes the role check for any id: a missing organisation is one 404, not a
    // report of rows that all failed.
    if (!(await this.ds.getRepository(Organisation).existsBy({ id: organisationId })))
      throw notFound('Organisation');
    const rows = readCsvRecords(csv, ['email']);
    const results: CsvInviteRowResult[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const rawEmail = row.get('email');
      const fail = (reason: string) =>
        results.push({ line: row.line, email: rawEmail, status: 'failed', reason });
      const email = Email.safeParse(rawEmail);
      if (!email.success) {
        fail('Not a valid e-mail address.');
        continue;
      }
      const rawRole = row.get('role').toLowerCase();
      const role = Role.safeParse(rawRole || 'learner');
      if (!role.success) {
        fail(`Unknown role "${rawRole}": use learner, trainer or manager.`);
        continue;
      }
      const rawName = row.get('name');
      const name = rawName ? PersonName.safeParse(rawName) : null;
      if (name && !name.success) {
        fail('The name is too long.');
        continue;
      }
      if (seen.has(email.data)) {
        fail('This address appears more than once in the file.');
        continue;
      }
      seen.add(email.data);
      try {
        await this.ds.transaction((m) =>
          this.createInvitation(
            m,
            actor,
            organisationId,
            { email: email.data, role: role.data, name: name?.data },
            ip,
          ),
        );
        results.push({ line: row.line, email: email.data, status: 'invited' });
      } catch (err) {
        if (err instanceof DomainError) fail(err.message);
        else throw err;
      }
    }
    const invited = results.filter((r) => r.status === 'invited').length;
    return { invited, failed: results.length - invited, rows: results };
  }

  async list(actor: Actor, organisationId: string): Promise<InvitationView[]> {
    requireOrgRole(actor, organisationId, ['manager']);
    const rows = await this.ds
      .getRepository(Invitation)
      .find({ where: { organisationId }, order: { createdAt: 'DESC' }, take: 500 });
    return rows.map(toView);
  }

  async revoke(actor: Actor, organisationId: string, invitationId: string, ip: string): Promise<void> {
    requireOrgRole(actor, organisationId, ['manager']);
    await this.ds.transaction(async (m) => {
      const inv = await m.findOneBy(Invitation, { id: invitationId, organisationId });
      if (!inv) throw notFound('Invitation');
      if (inv.acceptedAt) throw new DomainError('CONFLICT', 'This invitation was already accepted.');
      await m.update(Invitation, { id: inv.id }, { revokedAt: new Date() });
      await this.audit.record(
        {
          action: 'invitation.revoked',
          actorId: actor.userId,
          organisationId,
          targetType: 'invitation',
          targetId: inv.id,
          ip,
        },
        m,
      );
    });
  }

  /** What the invitee sees before accepting. Anyone holding the link controls the invited mailbox. */
  async preview(token: string): Promise<InvitationPreview> {
    const inv = await this.findUsable(this.ds.manager, token);
    const org = await this.ds.getRepository(Organisation).findOneByOrFail({ id: inv.organisationId });
    const existing = await findUserByEmail(this.ds.manager, inv.email);
    return { organisationName: org.name, role: inv.role, email: inv.email, hasAccount: !!existing };
  }

  /**
   * A new person sets name and password here and is signed in. Someone who already has an account
   * must be signed in as that account: the link never replaces an existing password.
   * The link is checked before the (deliberately slow) password hash is computed, and again, under
   * a lock, when it is used. Two invitations of one new address accepted at once: the loser runs
   * again, finds the account the winner created, and is asked to sign in (never a 500).
   */
  async accept(
    req: AcceptInvitationRequest,
    caller: Actor | null,
    ip: string,
  ): Promise<Session | { joined: true }> {
    await this.findUsable(this.ds.manager, req.token);
    const passwordHash = req.password ? await this.hasher.hash(req.password) : null;
    const joined = await retryOnUniqueViolation(() =>
      this.ds.transaction(async (m) => {
        const inv = await this.findUsable(m, req.token, true);
        let user = await findUserByEmail(m, inv.email);
        let newSession = false;
        if (user) {
          if (!caller || caller.userId !== user.id) {
            throw new DomainError(
              'INVITATION_REQUIRES_SIGN_IN',
              `Sign in as ${inv.email} first, then open the invitation link again.`,
            );
          }
        } else {
          const errors: FieldError[] = [];
          if (!req.name) errors.push({ field: 'name', message: 'Enter your name.' });
          if (!passwordHash) errors.push({ field: 'password', message: 'Choose a password.' });
          if (errors.length)
            throw new DomainError('VALIDATION_FAILED', 'Enter your name and choose a password.', { errors });
          user = await m.save(
            m.create(User, { email: inv.email, name: req.name!, passwordHash, emailVerifiedAt: new Date() }),
          );
          newSession = true;
        }
        await m
          .createQueryBuilder()
          .insert()
          .into(Membership)
          .values({ userId: user.id, organisationId: inv.organisationId, role: inv.role })
          .orIgnore()
          .execute();
        await m.update(Invitation, { id: inv.id }, { acceptedAt: new Date() });
        await this.audit.record(
          {
            action: 'invitation.accepted',
            actorId: user.id,
            organisationId: inv.organisationId,
            targetType: 'invitation',
            targetId: inv.id,
            ip,
            details: { role: inv.role },
          },
          m,
        );
        return { userId: user.id, newSession };
      }),
    );
    return joined.newSession ? this.sessions.startSession(joined.userId) : { joined: true as const };
  }

  private async createInvitation(
    m: EntityManager,
    actor: Actor,
    organisationId: string,
    req: { email: string; role: Role; name?: string },
    ip: string,
  ): Promise<InvitationView> {
    const org = await m.findOneBy(Organisation, { id: organisationId });
    if (!org) throw notFound('Organisation');
    const existing = await findUserByEmail(m, req.email);
    if (existing && (await m.existsBy(Membership, { userId: existing.id, organisationId }))) {
      throw new DomainError('ALREADY_MEMBER', `${req.email} is already a member of ${org.name}.`, {
        errors: [{ field: 'email', message: 'Already a member.' }],
      });
    }
    // A new invitation replaces any pending one for the same address, so only the latest link works.
    await m.update(
      Invitation,
      {
        organisationId,
        email: req.email,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      { revokedAt: new Date() },
    );
    const token = randomToken();
    const inv = await m.save(
      m.create(Invitation, {
        organisationId,
        email: req.email,
        role: req.role,
        name: req.name ?? null,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      }),
    );
    await this.mail.queue(m, {
      template: 'invitation',
      to: req.email,
      // A new address has no language yet: the inviting manager's is the best guess (same school).
      locale: existing?.locale ?? actor.locale,
      userId: existing?.id ?? null,
      params: {
        organisationName: org.name,
        inviterName: actor.name,
        role: req.role,
        link: `${this.config.PUBLIC_URL}/accept-invitation?token=${token}`,
        expiresInDays: INVITATION_DAYS,
      },
    });
    await this.audit.record(
      {
        action: 'invitation.created',
        actorId: actor.userId,
        organisationId,
        targetType: 'invitation',
        targetId: inv.id,
        ip,
        details: { email: req.email, role: req.role },
      },
      m,
    );
    return toView(inv);
  }

  private async findUsable(m: EntityManager, token: string, lock = false): Promise<Invitation> {
    const inv = await m.findOne(Invitation, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt.getTime() <= Date.now()) {
      throw new DomainError('INVALID_TOKEN', INVALID_INVITATION);
    }
    return inv;
  }
}

function toView(i: Invitation): InvitationView {
  const status = i.acceptedAt
    ? 'accepted'
    : i.revokedAt
      ? 'revoked'
      : i.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : 'pending';
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status,
    expiresAt: i.expiresAt.toISOString(),
    createdAt: i.createdAt.toISOString(),
  };
}
