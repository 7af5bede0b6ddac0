import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '@reinstate/platform';
import { createApiApp } from './bootstrap';
import { runApiProcesses } from './cluster';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.API_PROCESSES > 1 && cluster.isPrimary) return runApiProcesses(config.API_PROCESSES);
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  // A bad configuration names the variable and stops the process before anything starts.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
