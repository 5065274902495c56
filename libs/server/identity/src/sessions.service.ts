import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { DomainError, type LoginRequest, type LoginResponse } from '@campus/contracts';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { findUserByEmail, RefreshToken, User } from '@campus/server-db';
import { AuditService } from '@campus/server-audit';
import { AccessTokens } from './access-tokens.service';
import { ActorsService } from './actors.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './passwords.service';
import { hashToken, randomToken } from './tokens';

export interface Session extends LoginResponse {
  /** Goes into the httpOnly cookie, never into a JSON body. */
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface ClientInfo {
  ip: string;
}

const INVALID_CREDENTIALS = 'The e-mail address or the password is wrong.';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly actors: ActorsService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  /**
   * Unknown e-mail and wrong password get the same answer in the same time. The try is reserved
   * (counted as a failure) before the password is checked, and given back when it is right.
   */
  async login({ email, password }: LoginRequest, client: ClientInfo): Promise<Session> {
    await this.throttle.reserve(email, client.ip);
    const user = await findUserByEmail(this.ds.manager, email, { withPasswordHash: true });
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.audit.record({
        action: 'auth.login_failed',
        actorId: user?.id ?? null,
        ip: client.ip,
        details: { email },
      });
      throw new DomainError('INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, client.ip);
    if (!user.active) {
      throw new DomainError(
        'ACCOUNT_DISABLED',
        'This account is deactivated. Ask your organisation or a platform admin.',
      );
    }
    if (!user.emailVerifiedAt) {
      throw new DomainError(
        'EMAIL_NOT_VERIFIED',
        'Confirm your e-mail address first: open the link we sent you, or ask for a new one.',
      );
    }
    await this.audit.record({ action: 'auth.login', actorId: user.id, ip: client.ip });
    return this.startSession(user.id);
  }

  /**
   * A new refresh-token family, e.g. after sign-in, accepting an invitation or changing the password.
   * Call it after the transaction that created or changed the user has committed.
   */
  async startSession(userId: string): Promise<Session> {
    const { token, expiresAt } = await this.insertRefreshToken(this.ds.manager, userId, randomUUID());
    return this.session(userId, token, expiresAt);
  }

  /**
   * Rotation: each refresh token works once and is replaced by a new one of the same family.
   * Presenting a token that was already used means it was copied: the whole family is revoked.
   */
  async refresh(presented: string | undefined): Promise<Session> {
    if (!presented) throw new DomainError('INVALID_REFRESH_TOKEN', 'No refresh token: sign in again.');
    const outcome = await this.ds.transaction(async (m) => {
      const row = await m
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :h', { h: hashToken(presented) })
        .getOne();
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (row.usedAt) {
        await m.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        await this.audit.record(
          { action: 'auth.refresh_reuse', actorId: row.userId, details: { familyId: row.familyId } },
          m,
        );
        return { kind: 'reused' as const };
      }
      const user = await m.findOneBy(User, { id: row.userId });
      if (!user?.active) return { kind: 'invalid' as const };
      await m.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return {
        kind: 'ok' as const,
        userId: row.userId,
        ...(await this.insertRefreshToken(m, row.userId, row.familyId)),
      };
    });
    if (outcome.kind !== 'ok') {
      throw new DomainError('INVALID_REFRESH_TOKEN', 'Your session has ended: sign in again.');
    }
    return this.session(outcome.userId, outcome.token, outcome.expiresAt);
  }

  async logout(presented: string | undefined, ip: string): Promise<void> {
    if (!presented) return;
    const row = await this.ds.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented) });
    if (!row) return;
    await this.ds
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :f AND revoked_at IS NULL', { f: row.familyId })
      .execute();
    await this.audit.record({ action: 'auth.logout', actorId: row.userId, ip });
  }

  /** Signs the user out everywhere (password change or reset, deactivation). */
  async revokeAll(userId: string, manager: EntityManager = this.ds.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async insertRefreshToken(m: EntityManager, userId: string, familyId: string) {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await m.insert(RefreshToken, { userId, familyId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  private async session(userId: string, refreshToken: string, refreshExpiresAt: Date): Promise<Session> {
    const { user, credentialsVersion } = await this.actors.forSession(userId);
    return {
      accessToken: await this.accessTokens.issue(userId, credentialsVersion),
      expiresIn: this.accessTokens.ttlSeconds,
      user,
      refreshToken,
      refreshExpiresAt,
    };
  }
}
