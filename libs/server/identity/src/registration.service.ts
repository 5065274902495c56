import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DomainError, type AcceptedMessage, type RegisterRequest } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { findUserByEmail, User, UserToken } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import { PasswordHasher } from './passwords.service';
import { PlatformSettingsService } from './platform-settings.service';
import { hashToken, randomToken } from './tokens';
import { retryOnUniqueViolation } from './unique-violation';

const VERIFY_HOURS = 48;
/** The same words whether or not the address already has an account. */
const CHECK_INBOX: AcceptedMessage = {
  message:
    'Thank you. If the address can be used, a message with a confirmation link is on its way: check your inbox.',
};

@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly hasher: PasswordHasher,
    private readonly settings: PlatformSettingsService,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  /**
   * Self-registration creates an independent learner (no organisation) whose e-mail must be
   * confirmed before the first sign-in. An address that already has an account is told so by
   * e-mail; the HTTP answer is the same either way, and every path hashes the password and writes
   * one e-mail and one audit row, so the time taken tells nothing either.
   *
   * Each registration keeps its own password (hash), name and language with its own confirmation
   * token. Registering again for an address that waits for confirmation never touches what an
   * earlier registration chose: the password that wins is the one whose link is clicked.
   */
  async register(
    req: RegisterRequest & { locale: string; timeZone: string },
    ip: string,
  ): Promise<AcceptedMessage> {
    if (!(await this.settings.get()).registrationEnabled) {
      throw new DomainError(
        'REGISTRATION_CLOSED',
        'Self-registration is switched off on this platform. Ask your organisation for an invitation.',
      );
    }
    const passwordHash = await this.hasher.hash(req.password);
    const profile = { name: req.name, locale: req.locale, timeZone: req.timeZone };
    // Two registrations of one new address at once: the loser runs again and finds the winner's row.
    await retryOnUniqueViolation(() =>
      this.ds.transaction(async (m) => {
        const existing = await findUserByEmail(m, req.email);
        if (existing?.emailVerifiedAt || (existing && !existing.active)) {
          await this.mail.queue(m, {
            template: 'account-exists',
            to: existing.email,
            locale: existing.locale,
            userId: existing.id,
            params: {
              name: existing.name,
              signInLink: `${this.config.PUBLIC_URL}/sign-in`,
              resetLink: `${this.config.PUBLIC_URL}/forgot-password`,
            },
          });
          await this.audit.record({ action: 'auth.register_existing', actorId: existing.id, ip }, m);
          return;
        }
        // The first registration of an address fills in the user (its password only answers
        // "confirm your address first" until a link is used); later ones only add their own link.
        const user =
          existing ??
          (await m.save(
            m.create(User, {
              email: req.email,
              name: req.name,
              locale: req.locale,
              timeZone: req.timeZone,
              passwordHash,
            }),
          ));
        await this.sendVerification(
          m,
          { id: user.id, email: user.email, ...profile },
          { passwordHash, profile },
        );
        await this.audit.record({ action: 'auth.registered', actorId: user.id, ip }, m);
      }),
    );
    return CHECK_INBOX;
  }

  /**
   * A new link for the newest pending registration of the address, bound to that registration's
   * password; earlier links keep working until they expire or one of them is used.
   */
  async resendVerification(email: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const user = await findUserByEmail(m, email);
      if (!user || !user.active || user.emailVerifiedAt) return;
      const pending = await m
        .getRepository(UserToken)
        .createQueryBuilder('t')
        .addSelect('t.passwordHash')
        .where("t.userId = :id AND t.purpose = 'verify_email' AND t.usedAt IS NULL", { id: user.id })
        .orderBy('t.createdAt', 'DESC')
        .getOne();
      const profile = pending?.profile ?? null;
      await this.sendVerification(
        m,
        {
          id: user.id,
          email: user.email,
          name: profile?.name ?? user.name,
          locale: profile?.locale ?? user.locale,
        },
        { passwordHash: pending?.passwordHash ?? null, profile },
      );
    });
    return CHECK_INBOX;
  }

  /**
   * Confirms the address and, for a link from a registration, sets that registration's password,
   * name and language. Every other pending link of the address stops working.
   */
  async verifyEmail(token: string, ip: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const row = await m
        .getRepository(UserToken)
        .createQueryBuilder('t')
        .addSelect('t.passwordHash')
        .setLock('pessimistic_write')
        .where(
          "t.tokenHash = :h AND t.purpose = 'verify_email' AND t.usedAt IS NULL AND t.expiresAt > now()",
          {
            h: hashToken(token),
          },
        )
        .getOne();
      if (!row)
        throw new DomainError(
          'INVALID_TOKEN',
          'This confirmation link is invalid, already used or expired. Ask for a new one.',
        );
      const user = await m
        .getRepository(User)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: row.userId })
        .getOneOrFail();
      await m.update(
        UserToken,
        { userId: row.userId, purpose: 'verify_email', usedAt: IsNull() },
        { usedAt: new Date() },
      );
      // An address already confirmed (e.g. through a password reset) keeps its password.
      if (!user.emailVerifiedAt) {
        await m.update(
          User,
          { id: row.userId },
          {
            emailVerifiedAt: new Date(),
            ...(row.passwordHash ? { passwordHash: row.passwordHash } : {}),
            ...(row.profile ? row.profile : {}),
          },
        );
      }
      await this.audit.record({ action: 'auth.email_verified', actorId: row.userId, ip }, m);
    });
    return { message: 'Your e-mail address is confirmed. You can sign in now.' };
  }

  private async sendVerification(
    m: EntityManager,
    user: Pick<User, 'id' | 'email' | 'name' | 'locale'>,
    registration: Pick<UserToken, 'passwordHash' | 'profile'>,
  ) {
    const token = randomToken();
    await m.insert(UserToken, {
      userId: user.id,
      purpose: 'verify_email',
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000),
      passwordHash: registration.passwordHash,
      profile: registration.profile,
    });
    await this.mail.queue(m, {
      template: 'verify-email',
      to: user.email,
      locale: user.locale,
      userId: user.id,
      params: {
        name: user.name,
        link: `${this.config.PUBLIC_URL}/verify-email?token=${token}`,
        expiresInHours: VERIFY_HOURS,
      },
    });
  }
}
