import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, type CurrentUser, type Locale, type Role } from '@campus/contracts';
import { sqlPool } from '@campus/server-db';
import type { TokenSubject } from './access-tokens.service';
import type { Actor } from './actor';
import { ActorCache } from './actor-cache';
import { ActorChangeFeed } from './actor-change-feed';

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

/** What the checks on every request need besides the actor itself. */
interface LoadedActor {
  actor: Actor;
  active: boolean;
  credentialsVersion: number;
}

/** The columns an actor is made of: every one of them notifies actor_changed when it changes. */
const ACTOR_ROW = {
  name: 'actor-by-user-id',
  text: `SELECT u.id, u.email, u.name, u.locale, u.active, u.is_platform_admin, u.credentials_version,
                coalesce((SELECT json_agg(json_build_array(m.organisation_id, m.role) ORDER BY m.organisation_id)
                            FROM memberships m WHERE m.user_id = u.id), '[]') AS memberships
           FROM users u
          WHERE u.id = $1`,
};

interface ActorRow {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
  is_platform_admin: boolean;
  credentials_version: number;
  memberships: [organisationId: string, role: Role][];
}

/**
 * Loads users with their memberships (every authenticated request does this). Actors are kept in
 * this process and answered from memory while the actor_changed feed is live: every commit that
 * changes a user or their memberships notifies every replica, which drops that user's entry within
 * milliseconds, so deactivation, a role change or a password change bites at once everywhere. With
 * the feed down, every load reads the database.
 */
@Injectable()
export class ActorsService {
  private readonly cache = new ActorCache<LoadedActor>();
  private following = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly feed: ActorChangeFeed,
  ) {}

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
  async load(subject: TokenSubject): Promise<Actor> {
    const u = this.cached(subject) ?? (await this.read(subject.userId));
    if (!u) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists.');
    if (u.credentialsVersion !== subject.credentialsVersion)
      throw new DomainError('UNAUTHENTICATED', 'The password of this account changed: sign in again.');
    if (!u.active)
      throw new DomainError(
        'ACCOUNT_DISABLED',
        'This account is deactivated. Ask your organisation or a platform admin.',
      );
    return u.actor;
  }

  private cached({ userId, credentialsVersion }: TokenSubject): LoadedActor | undefined {
    // Subscribed on first use, so a process that never authenticates requests opens no connection.
    if (!this.following) {
      this.following = true;
      this.feed.subscribe((change) => this.cache.forget(change));
    }
    if (!this.feed.live) return undefined;
    const hit = this.cache.get(userId);
    // A token newer than the cached row comes from a password change whose notice is still on its
    // way (the new token is used at once): read through rather than refuse it.
    return hit && hit.credentialsVersion >= credentialsVersion ? hit : undefined;
  }

  private async read(userId: string): Promise<LoadedActor | undefined> {
    const mark = this.cache.mark();
    const { rows } = await sqlPool(this.ds).query<ActorRow>({ ...ACTOR_ROW, values: [userId] });
    const u = rows[0];
    if (!u) return undefined;
    const loaded: LoadedActor = {
      active: u.active,
      credentialsVersion: u.credentials_version,
      actor: {
        userId: u.id,
        email: u.email,
        name: u.name,
        locale: u.locale,
        isPlatformAdmin: u.is_platform_admin,
        memberships: new Map(u.memberships),
      },
    };
    if (this.feed.live) this.cache.set(userId, loaded, mark);
    return loaded;
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
