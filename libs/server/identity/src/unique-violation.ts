import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';
}

/**
 * Runs a transaction that may insert a row whose unique key a parallel request inserts at the same
 * moment (a new user's e-mail). The loser's transaction rolls back on the unique violation and runs
 * again, and then sees the winner's row and takes its "already exists" path, never a 500.
 */
export async function retryOnUniqueViolation<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= attempts || !isUniqueViolation(err)) throw err;
    }
  }
}
