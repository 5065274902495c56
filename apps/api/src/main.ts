import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '@campus/server-config';
import { CONFIG_ERROR_EXIT_CODE, runPrimary } from './cluster';
import { apiConfigSchema } from './config';

async function main(): Promise<void> {
  const config = loadConfig(apiConfigSchema);
  if (cluster.isPrimary && config.API_PROCESSES > 1) {
    // Decided before Nest is imported: the primary only supervises (see cluster.ts).
    runPrimary({ processes: config.API_PROCESSES });
    return;
  }
  await import('reflect-metadata');
  const { createApp } = await import('./app.factory');
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  // A bad configuration is reported plainly (and stops the whole cluster); anything else with its stack.
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }
  console.error(err);
  process.exit(1);
});
