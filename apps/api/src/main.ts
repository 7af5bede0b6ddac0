import 'reflect-metadata';
import { ConfigError, loadConfig } from '@reinstate/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  // A bad configuration names the variable and stops the process before anything starts.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
