import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { PlansModule } from '@reinstate/plans';
import {
  ConfigError,
  ConfigModule,
  DatabaseModule,
  QueueModule,
  databaseNameOf,
  ensureDatabase,
  loadConfig,
  runMigrations,
  type AppConfig,
} from '@reinstate/platform';
import { Module, type DynamicModule } from '@nestjs/common';
import { DEMO, seedDemo } from './demo-seed';
import { withLocalDefaults } from './local-env';

@Module({})
class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), PlansModule],
    };
  }
}

async function migrate(env: NodeJS.ProcessEnv, config: AppConfig): Promise<void> {
  if (env.DATABASE_ADMIN_URL) {
    // The role passwords, if any, are the ones in the two connection URLs.
    await ensureDatabase(env.DATABASE_ADMIN_URL, databaseNameOf(config.DATABASE_URL), {
      app: decodeURIComponent(new URL(config.DATABASE_URL).password),
      owner: decodeURIComponent(new URL(config.DATABASE_OWNER_URL).password),
    });
  }
  const ran = await runMigrations(config.DATABASE_OWNER_URL);
  console.log(ran.length ? `migrations applied: ${ran.join(', ')}` : 'database is up to date');
}

async function seed(config: AppConfig): Promise<void> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const outcome = await seedDemo(app);
    console.log(outcome === 'created' ? 'demo consultancy seeded' : 'demo consultancy already there');
  } finally {
    await app.close();
  }
}

/**
 * V8 flags for api and worker (same as the Docker image): a young generation sized for JSON
 * answers (16 MiB semi-spaces: a case read ~25 % less CPU than at 2–4, bench/cases), and gc()
 * exposed so a streamed upload frees its dead socket chunks every 16 MiB (BufferGarbage in
 * libs/platform): RSS growth ~17 MiB for a 500 MB upload instead of ~65 (bench/upload.mjs).
 */
const NODE_FLAGS = ['--max-semi-space-size=16', '--expose-gc'];

/** Runs api and worker side by side; Ctrl-C stops both gracefully. */
function serve(env: NodeJS.ProcessEnv, config: AppConfig): void {
  const children: ChildProcess[] = ['api', 'worker'].map((name) =>
    spawn(process.execPath, [...NODE_FLAGS, join(__dirname, '..', '..', name, 'dist', 'main.js')], { env, stdio: 'inherit' }),
  );
  const stop = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', () => stop('SIGTERM'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (const child of children) {
    child.on('exit', (code) => {
      stop('SIGTERM');
      process.exitCode = code ?? 0;
    });
  }
  const base = `http://${config.HOST}:${config.PORT}`;
  console.log(
    [
      '',
      'Reinstate is starting:',
      `  API            ${base}/api/v1`,
      `  API docs       ${base}/api/docs`,
      `  API health     ${base}/health`,
      `  worker health  http://${config.HOST}:${config.WORKER_PORT}/health`,
      '',
      `Demo consultancy "${DEMO.tenantName}" — password for every login: ${DEMO.password}`,
      `  admin       ${DEMO.admin.email}`,
      `  consultant  ${DEMO.consultant.email}`,
      `  client      ${DEMO.client.email}`,
      '',
      `Try: curl -s -X POST ${base}/api/v1/auth/login -H 'content-type: application/json' \\`,
      `       -d '{"email":"${DEMO.admin.email}","password":"${DEMO.password}"}'`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const env = withLocalDefaults(process.env);
  const config = loadConfig(env);
  switch (command) {
    case 'migrate':
      return migrate(env, config);
    case 'seed-demo':
      return seed(config);
    case 'up':
      await migrate(env, config);
      await seed(config);
      return serve(env, config);
    default:
      console.error('usage: cli <migrate | seed-demo | up>');
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
