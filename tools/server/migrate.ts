import 'reflect-metadata';
import { z } from 'zod';
import { hash } from '@node-rs/argon2';
import { loadConfig } from '@campus/server-config';
import { createDataSource, runMigrations } from '@campus/server-db';
import { seedDemoData } from '@campus/server-demo';
import { ensureShippedFramework } from '@campus/server-self-assessment';

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DEMO_DATA: z.enum(['true', 'false']).default('false'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
});

/**
 * `npm run db:migrate`: applies pending migrations and puts in the self-assessment framework Campus
 * ships (every mode: production too); in demo mode also seeds the demo data.
 */
async function main(): Promise<void> {
  const config = loadConfig(schema);
  const ran = await runMigrations(config.DATABASE_URL);
  console.log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date.');
  const ds = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
  await ds.initialize();
  try {
    if (await ensureShippedFramework(ds)) console.log('Added the shipped self-assessment framework.');
    if (config.DEMO_DATA === 'true') {
      await seedDemoData(
        ds,
        (p) =>
          hash(p, {
            algorithm: 2 /* Argon2id */,
            memoryCost: config.ARGON2_MEMORY_KIB,
            timeCost: config.ARGON2_TIME_COST,
            parallelism: 1,
          }),
        config.PUBLIC_URL.replace(/\/+$/, ''),
      );
      console.log('Demo data is in place.');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
