// A throw-away database for a benchmark, created and migrated like a real one.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ensureDatabase, runMigrations, dropDatabase, withDatabase } = require('@reinstate/platform');

export async function benchDatabase(name) {
  const admin = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await dropDatabase(admin, name);
  await ensureDatabase(admin, name);
  const asRole = (role) => {
    const u = new URL(withDatabase(admin, name));
    u.username = role;
    u.password = '';
    return u.toString();
  };
  await runMigrations(asRole('reinstate_owner'));
  return { appUrl: asRole('reinstate_app'), ownerUrl: asRole('reinstate_owner'), adminUrl: admin, drop: () => dropDatabase(admin, name) };
}
