/**
 * The pg pool settings every process uses (passed to TypeORM as `extra`), `max` connections each.
 * - No JIT: PostgreSQL's JIT compiles any plan its cost model finds large (a search over every
 *   resource) and spends more time compiling than these short queries run.
 * - Idle connections kept ten minutes (pg's default closes them after ten seconds): a new backend
 *   loads its catalogue caches on its first statements (planning the attempt start's context took
 *   8.3 ms on a fresh backend, 0.4 ms on a warm one), so a burst after a quiet spell, an exam that
 *   everyone starts at once, should meet warm backends.
 */
export function poolSettings(max: number) {
  return { max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 600_000, options: '-c jit=off' };
}
