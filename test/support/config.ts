import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '@reinstate/platform';

let counter = 0;

/** Configuration for an app under test: this run's database, and its own Redis key space. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const env = process.env;
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: env.TEST_DATABASE_URL,
    DATABASE_OWNER_URL: env.TEST_DATABASE_OWNER_URL,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: env.TEST_REDIS_URL,
    QUEUE_PREFIX: `{rt-${env.TEST_RUN_ID}-${process.pid}}`,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(tmpdir(), `reinstate-test-${env.TEST_RUN_ID}-${process.pid}`),
    ...overrides,
  });
}

/** A key space nobody else in this run uses (for rate-limit counters that must start at zero). */
export function isolatedPrefix(): string {
  counter += 1;
  return `{rt-${process.env.TEST_RUN_ID}-${process.pid}-${counter}}`;
}
