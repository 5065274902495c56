import { QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '@campus/contracts';
import { User } from './entities';

/**
 * The one way to look a person up by e-mail: case-insensitive, matching the unique index on
 * lower(email). The password hash is left out unless asked for.
 */
export function findUserByEmail(
  m: EntityManager,
  email: string,
  opts: { withPasswordHash?: boolean } = {},
): Promise<User | null> {
  const qb = m.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email });
  if (opts.withPasswordHash) qb.addSelect('u.passwordHash');
  return qb.getOne();
}

/** Runs a write; a unique-index violation becomes 409 ALREADY_EXISTS naming the field. */
export async function orAlreadyExists<T>(
  write: () => Promise<T>,
  field: string,
  message: string,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
      throw new DomainError('ALREADY_EXISTS', message, { errors: [{ field, message: 'Already used.' }] });
    }
    throw err;
  }
}
