import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The pg pool beneath TypeORM's data source. Hot paths (every autosave, every graded attempt, every
 * authenticated request) query it directly: one pool and one connection budget for the process,
 * without TypeORM's query runner and result shaping per call. Give hot statements a `name` so pg
 * prepares them once per connection.
 */
export function sqlPool(ds: DataSource): Pool {
  const pool = (ds.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('The data source is not initialised: no pg pool yet.');
  return pool;
}
