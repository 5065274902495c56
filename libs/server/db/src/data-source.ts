import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logging?: boolean;
}

/** The one way to build a DataSource: schema changes only through migrations, never synchronize. */
export function createDataSource({ url, poolSize = 10, logging = false }: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging,
    // As the api's and the worker's: no JIT for short queries (see apps/api infrastructure.module).
    extra: { max: poolSize, connectionTimeoutMillis: 5000, options: '-c jit=off' },
  });
}

export async function runMigrations(url: string): Promise<string[]> {
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
