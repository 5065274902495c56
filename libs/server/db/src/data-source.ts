import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { poolSettings } from './pool-settings';

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
    extra: poolSettings(poolSize),
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
