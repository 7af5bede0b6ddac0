import { dropDatabase } from '@reinstate/platform';
import Redis from 'ioredis';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TEST_DATABASE_NAME;
  if (name && process.env.KEEP_TEST_DB !== '1') {
    await dropDatabase(process.env.TEST_DATABASE_ADMIN_URL!, name);
    // Databases of single test files (freshDatabase) left behind by a crashed run.
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
    await admin.connect();
    try {
      const rows = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${name}\_%`]);
      for (const r of rows.rows) await dropDatabase(process.env.TEST_DATABASE_ADMIN_URL!, r.datname);
    } finally {
      await admin.end();
    }
  }
  // Remove this run's Bull and rate-limit keys; other runs' keys are untouched.
  const redis = new Redis(process.env.TEST_REDIS_URL!);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{rt-${process.env.TEST_RUN_ID}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
