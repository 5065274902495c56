import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
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

  /** Same answer for known and unknown addresses; a new link makes older ones useless. */
  async request(email: string, ip: string): Promise<AcceptedMessage> {
    await this.ds.transaction(async (m) => {
      const user = await findUserByEmail(m, email);
      if (!user || !user.active) return;
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

  /** Sets the new password, signs the user out everywhere, and confirms the address (they read the mail). */
  async confirm({ token, password }: PasswordResetConfirm, ip: string): Promise<AcceptedMessage> {
    const passwordHash = await this.hasher.hash(password);
    await this.ds.transaction(async (m) => {
      const row = await m.findOne(UserToken, {
        where: {
          tokenHash: hashToken(token),
          purpose: 'password_reset',
          usedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row)
        throw new DomainError(
          'INVALID_TOKEN',
          'This reset link is invalid, already used or expired. Ask for a new one.',
        );
      const user = await m.findOneByOrFail(User, { id: row.userId });
      if (!user.active)
        throw new DomainError(
          'INVALID_TOKEN',
          'This reset link is invalid, already used or expired. Ask for a new one.',
        );
      await m.update(UserToken, { id: row.id }, { usedAt: new Date() });
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
}
