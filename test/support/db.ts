import { Client } from 'pg';

/** A raw connection as one of the test database's roles, for checks below the application. */
export async function connectAs(role: 'app' | 'owner' | 'super'): Promise<Client> {
  const url = {
    app: process.env.TEST_DATABASE_URL,
    owner: process.env.TEST_DATABASE_OWNER_URL,
    super: process.env.TEST_DATABASE_SUPER_URL,
  }[role];
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Runs fn in a transaction scoped to a tenant (as the app does), then rolls it back. */
export async function inTenant<T>(client: Client, tenantId: string | null, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    if (tenantId) await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}

export interface FreshDatabase {
  /** Config overrides pointing an app at this database. */
  overrides: { DATABASE_URL: string; DATABASE_OWNER_URL: string };
  superUrl: string;
  drop(): Promise<void>;
}

/**
 * A database of its own, migrated, for tests that run workers: the reminder sweep claims due
 * rows of every tenant, so a worker in a shared database would take other tests' reminders.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const { ensureDatabase, runMigrations, dropDatabase, withDatabase } = await import('@reinstate/platform');
  const admin = process.env.TEST_DATABASE_ADMIN_URL!;
  const name = `${process.env.TEST_DATABASE_NAME}_${label}_${process.pid}`;
  await ensureDatabase(admin, name);
  const as = (role: string) => {
    const u = new URL(withDatabase(admin, name));
    u.username = role;
    u.password = '';
    return u.toString();
  };
  await runMigrations(as('reinstate_owner'));
  return {
    overrides: { DATABASE_URL: as('reinstate_app'), DATABASE_OWNER_URL: as('reinstate_owner') },
    superUrl: withDatabase(admin, name),
    drop: () => dropDatabase(admin, name),
  };
}

export async function connectUrl(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
