import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { DomainError, type AcceptedMessage, type PasswordResetConfirm } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { findUserByEmail, User, UserToken } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import { PasswordHasher } from './passwords.service';
import { PasswordChanges } from './password-changes.service';
import { hashToken, randomToken } from './tokens';

const RESET_MINUTES = 60;

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly hasher: PasswordHasher,
    private readonly passwordChanges: PasswordChanges,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  /**
   * Same answer, and the same work, for known and unknown addresses: either way one e-mail and one
   * audit row are written (an unknown address is told that no account uses it). A new link makes
   * older ones useless.
   */
  async request(email: string, ip: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const user = await findUserByEmail(m, email);
      if (!user || !user.active) {
        if (!user) {
          await this.mail.queue(m, {
            template: 'password-reset-no-account',
            to: email,
            locale: 'en',
            params: { registerLink: `${this.config.PUBLIC_URL}/register` },
          });
        }
        await this.audit.record(
          {
            action: 'auth.password_reset_requested',
            actorId: user?.id ?? null,
            ip,
            details: { email },
          },
          m,
        );
        return;
      }
      const token = randomToken();
      await m.update(
        UserToken,
        { userId: user.id, purpose: 'password_reset', usedAt: IsNull() },
        { usedAt: new Date() },
      );
      await m.insert(UserToken, {
        userId: user.id,
        purpose: 'password_reset',
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      await this.mail.queue(m, {
        template: 'password-reset',
        to: user.email,
        locale: user.locale,
        userId: user.id,
        params: {
          name: user.name,
          link: `${this.config.PUBLIC_URL}/reset-password?token=${token}`,
          expiresInMinutes: RESET_MINUTES,
        },
      });
      await this.audit.record({ action: 'auth.password_reset_requested', actorId: user.id, ip }, m);
    });
    return {
      message:
        'If an account uses this address, a message with a reset link is on its way: check your inbox.',
    };
  }

  /**
   * Sets the new password, signs the user out everywhere, and confirms the address (they read the
   * mail). The link is checked before the (deliberately slow) password hash is computed, and again,
   * under a lock, when it is used.
   */
  async confirm({ token, password }: PasswordResetConfirm, ip: string): Promise<AcceptedMessage> {
    await this.usableToken(this.ds.manager, token);
    const passwordHash = await this.hasher.hash(password);
    await this.ds.transaction(async (m) => {
      const row = await this.usableToken(m, token, true);
      const user = await m.findOneByOrFail(User, { id: row.userId });
      await m.update(UserToken, { id: row.id }, { usedAt: new Date() });
      // The address is confirmed by this mail: links of pending registrations stop working.
      await m.update(
        UserToken,
        { userId: user.id, purpose: 'verify_email', usedAt: IsNull() },
        { usedAt: new Date() },
      );
      await this.passwordChanges.apply(
        m,
        user,
        passwordHash,
        { action: 'auth.password_reset', ip },
        { emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
      );
    });
    return { message: 'Your password is changed. Sign in with the new one.' };
  }

  private async usableToken(m: EntityManager, token: string, lock = false): Promise<UserToken> {
    const row = await m.findOne(UserToken, {
      where: {
        tokenHash: hashToken(token),
        purpose: 'password_reset',
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const active = row && (await m.existsBy(User, { id: row.userId, active: true }));
    if (!row || !active)
      throw new DomainError(
        'INVALID_TOKEN',
        'This reset link is invalid, already used or expired. Ask for a new one.',
      );
    return row;
  }
}
