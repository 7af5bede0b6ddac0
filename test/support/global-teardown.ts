import { dropDatabase } from '@reinstate/platform';
import Redis from 'ioredis';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TEST_DATABASE_NAME;
  if (name && process.env.KEEP_TEST_DB !== '1') await dropDatabase(process.env.TEST_DATABASE_ADMIN_URL!, name);
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
