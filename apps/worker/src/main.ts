import 'reflect-metadata';
import { ConfigError, loadConfig } from '@reinstate/platform';
import { createWorkerApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createWorkerApp(config);
  await app.listen({ port: config.WORKER_PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
