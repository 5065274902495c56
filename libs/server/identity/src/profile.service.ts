import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  type ChangePasswordRequest,
  type CurrentUser,
  type UpdateProfileRequest,
} from '@campus/contracts';
import { User } from '@campus/server-db';
import type { Actor } from './actor';
import { ActorsService } from './actors.service';
import { PasswordHasher } from './passwords.service';
import { PasswordChanges } from './password-changes.service';
import { SessionsService, type Session } from './sessions.service';

@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly actors: ActorsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly passwordChanges: PasswordChanges,
  ) {}

  me(actor: Actor): Promise<CurrentUser> {
    return this.actors.currentUser(actor.userId);
  }

  async update(actor: Actor, patch: UpdateProfileRequest): Promise<CurrentUser> {
    await this.ds.getRepository(User).update({ id: actor.userId }, patch);
    return this.me(actor);
  }

  /** Every other session ends; the caller gets a fresh one so this device stays signed in. */
  async changePassword(actor: Actor, req: ChangePasswordRequest, ip: string): Promise<Session> {
    const user = await this.ds
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, req.currentPassword))) {
      throw new DomainError('WRONG_PASSWORD', 'The current password is wrong.', {
        errors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
      });
    }
    const passwordHash = await this.hasher.hash(req.newPassword);
    await this.ds.transaction(async (m) => {
      await this.passwordChanges.apply(m, user, passwordHash, { action: 'auth.password_changed', ip });
    });
    return this.sessions.startSession(user.id);
  }
}
