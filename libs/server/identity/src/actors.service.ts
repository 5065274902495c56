import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, type CurrentUser, type Locale, type Role } from '@campus/contracts';
import type { TokenSubject } from './access-tokens.service';
import type { Actor } from './actor';

interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  time_zone: string;
  active: boolean;
  is_platform_admin: boolean;
  email_verified_at: Date | null;
  credentials_version: number;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
}

/** Loads users with their memberships in one query (every authenticated request does this). */
@Injectable()
export class ActorsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private async row(userId: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.ds.query(
      `SELECT u.id, u.email, u.name, u.locale, u.time_zone, u.active, u.is_platform_admin, u.email_verified_at,
              u.credentials_version,
              coalesce(json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role)
                         ORDER BY o.name) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organisations o ON o.id = m.organisation_id
        WHERE u.id = $1
        GROUP BY u.id`,
      [userId],
    );
    return rows[0];
  }

  /**
   * The caller behind a valid access token; refused if the account is gone or deactivated, or if
   * its password changed after the token was issued.
   */
  async load({ userId, credentialsVersion }: TokenSubject): Promise<Actor> {
    const u = await this.row(userId);
    if (!u) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists.');
    if (u.credentials_version !== credentialsVersion)
      throw new DomainError('UNAUTHENTICATED', 'The password of this account changed: sign in again.');
    if (!u.active)
      throw new DomainError(
        'ACCOUNT_DISABLED',
        'This account is deactivated. Ask your organisation or a platform admin.',
      );
    return {
      userId: u.id,
      email: u.email,
      name: u.name,
      locale: u.locale,
      isPlatformAdmin: u.is_platform_admin,
      memberships: new Map(u.memberships.map((m) => [m.organisationId, m.role])),
    };
  }

  async currentUser(userId: string): Promise<CurrentUser> {
    return (await this.forSession(userId)).user;
  }

  /** The user as a new session shows it, and the credentials version its access token carries. */
  async forSession(userId: string): Promise<{ user: CurrentUser; credentialsVersion: number }> {
    const u = await this.row(userId);
    if (!u) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists.');
    return {
      credentialsVersion: u.credentials_version,
      user: {
        id: u.id,
        email: u.email,
        name: u.name,
        locale: u.locale,
        timeZone: u.time_zone,
        isPlatformAdmin: u.is_platform_admin,
        emailVerified: u.email_verified_at !== null,
        memberships: u.memberships,
      },
    };
  }
}
