import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { EmailOutbox } from '@campus/server-notifications';
import { SessionsService } from './sessions.service';

/**
 * What every password change does, whether by the user or from a reset link: store the new hash,
 * end every session (refresh tokens revoked, access tokens outdated by the credentials version), tell the owner by e-mail, and audit it, all in the caller's transaction.
 */
@Injectable()
export class PasswordChanges {
  constructor(
    private readonly sessions: SessionsService,
    private readonly mail: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  async apply(
    m: EntityManager,
    user: User,
    passwordHash: string,
    how: { action: 'auth.password_changed' | 'auth.password_reset'; ip: string },
    alsoSet: Partial<Pick<User, 'emailVerifiedAt'>> = {},
  ): Promise<void> {
    // A new credentials version ends every access token issued before, at once.
    await m.update(
      User,
      { id: user.id },
      { passwordHash, credentialsVersion: () => 'credentials_version + 1', ...alsoSet },
    );
    await this.sessions.revokeAll(user.id, m);
    await this.mail.queue(m, {
      template: 'password-changed',
      to: user.email,
      locale: user.locale,
      userId: user.id,
      params: { name: user.name },
    });
    await this.audit.record({ action: how.action, actorId: user.id, ip: how.ip }, m);
  }
}
