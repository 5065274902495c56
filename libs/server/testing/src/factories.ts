import { Algorithm, hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@campus/contracts';
import { Membership, Organisation, User } from '@campus/server-db';
import { uniqueEmail } from './test-env';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/** Hashed once per file with the test cost; every factory user shares TEST_PASSWORD unless told otherwise. */
function defaultHash(): Promise<string> {
  passwordHash ??= hash(TEST_PASSWORD, {
    algorithm: 2 as Algorithm,
    memoryCost: 1024,
    timeCost: 1,
    parallelism: 1,
  });
  return passwordHash;
}

export const OrganisationFactory = {
  async create(ds: DataSource, attrs: Partial<Organisation> = {}): Promise<Organisation> {
    const suffix = Math.random().toString(36).slice(2, 8);
    return ds
      .getRepository(Organisation)
      .save({ name: `School ${suffix}`, country: 'IT', city: 'Bologna', kind: 'vet_school', ...attrs });
  },
};

export const UserFactory = {
  async create(ds: DataSource, attrs: Partial<User> & { password?: string } = {}): Promise<User> {
    const { password, ...rest } = attrs;
    const passwordHash = password
      ? await hash(password, { algorithm: 2 as Algorithm, memoryCost: 1024, timeCost: 1, parallelism: 1 })
      : await defaultHash();
    return ds.getRepository(User).save({
      email: uniqueEmail('user'),
      name: 'Test Person',
      locale: 'en',
      timeZone: 'Europe/Rome',
      passwordHash,
      emailVerifiedAt: new Date(),
      ...rest,
    });
  },

  /** A user who is a member of `organisation` with `role`. */
  async member(
    ds: DataSource,
    organisation: Organisation,
    role: Role,
    attrs: Partial<User> = {},
  ): Promise<User> {
    const user = await UserFactory.create(ds, { email: uniqueEmail(role), ...attrs });
    await ds.getRepository(Membership).insert({ userId: user.id, organisationId: organisation.id, role });
    return user;
  },
};
