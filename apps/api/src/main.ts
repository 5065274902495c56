import 'reflect-metadata';
import { ConfigError, loadConfig } from '@campus/server-config';
import { createApp } from './app.factory';
import { apiConfigSchema } from './config';

async function main(): Promise<void> {
  const config = loadConfig(apiConfigSchema);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  // A bad configuration is reported plainly; anything else with its stack.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
