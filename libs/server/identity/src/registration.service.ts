import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { DomainError, type AcceptedMessage, type RegisterRequest } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { findUserByEmail, User, UserToken } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import { PasswordHasher } from './passwords.service';
import { PlatformSettingsService } from './platform-settings.service';
import { hashToken, randomToken } from './tokens';

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
   * e-mail; the HTTP answer is the same either way.
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
    await this.ds.transaction(async (m) => {
      const existing = await findUserByEmail(m, req.email);
      if (existing?.emailVerifiedAt || (existing && !existing.active)) {
        if (existing.active) {
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
        }
        return;
      }
      // An unconfirmed earlier registration is replaced: whoever controls the mailbox decides.
      const user = existing
        ? (await m.update(
            User,
            { id: existing.id },
            { name: req.name, locale: req.locale, timeZone: req.timeZone, passwordHash },
          ),
          existing)
        : await m.save(
            m.create(User, {
              email: req.email,
              name: req.name,
              locale: req.locale,
              timeZone: req.timeZone,
              passwordHash,
            }),
          );
      await this.sendVerification(m, { ...user, name: req.name, locale: req.locale });
      await this.audit.record({ action: 'auth.registered', actorId: user.id, ip }, m);
    });
    return CHECK_INBOX;
  }

  async resendVerification(email: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const user = await findUserByEmail(m, email);
      if (user && user.active && !user.emailVerifiedAt) await this.sendVerification(m, user);
    });
    return CHECK_INBOX;
  }

  async verifyEmail(token: string, ip: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const row = await m.findOne(UserToken, {
        where: {
          tokenHash: hashToken(token),
          purpose: 'verify_email',
          usedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row)
        throw new DomainError(
          'INVALID_TOKEN',
          'This confirmation link is invalid, already used or expired. Ask for a new one.',
        );
      await m.update(UserToken, { id: row.id }, { usedAt: new Date() });
      await m.update(User, { id: row.userId }, { emailVerifiedAt: new Date() });
      await this.audit.record({ action: 'auth.email_verified', actorId: row.userId, ip }, m);
    });
    return { message: 'Your e-mail address is confirmed. You can sign in now.' };
  }

  private async sendVerification(m: EntityManager, user: Pick<User, 'id' | 'email' | 'name' | 'locale'>) {
    const token = randomToken();
    await m.update(
      UserToken,
      { userId: user.id, purpose: 'verify_email', usedAt: IsNull() },
      { usedAt: new Date() },
    );
    await m.insert(UserToken, {
      userId: user.id,
      purpose: 'verify_email',
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000),
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
