import { ensureDatabase, runMigrations, withDatabase } from '@reinstate/platform';
import { APP_ROLE, OWNER_ROLE } from '@reinstate/platform';

/**
 * One fresh database per test run (never the demo database), migrated by the owner role.
 * Its URLs reach the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const name = `reinstate_test_${runId}`;
  await ensureDatabase(admin, name);
  const serverUrl = new URL(admin);
  const url = (role: string) => {
    const u = new URL(withDatabase(admin, name));
    u.username = role;
    u.password = '';
    u.host = serverUrl.host;
    return u.toString();
  };
  await runMigrations(url(OWNER_ROLE));
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_DATABASE_ADMIN_URL = admin;
  process.env.TEST_DATABASE_SUPER_URL = withDatabase(admin, name);
  process.env.TEST_DATABASE_URL = url(APP_ROLE);
  process.env.TEST_DATABASE_OWNER_URL = url(OWNER_ROLE);
  process.env.TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}
