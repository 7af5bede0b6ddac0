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
