import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from './data-source-options';
import { APP_ROLE, OWNER_ROLE } from './roles';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates the two roles and the database if missing, as a superuser (a fresh machine or a
 * test run). Production creates them once by hand or by infrastructure code instead.
 */
export async function ensureDatabase(
  adminUrl: string,
  databaseName: string,
  passwords: { owner?: string; app?: string } = {},
): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // The owner owns tables and runs migrations; the app role owns nothing and cannot bypass RLS.
    for (const [role, extra] of [
      [OWNER_ROLE, 'LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS'],
      [APP_ROLE, 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT'],
    ] as const) {
      const found = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (found.rowCount === 0) await admin.query(`CREATE ROLE ${quoteIdent(role)} ${extra}`);
      const password = role === OWNER_ROLE ? passwords.owner : passwords.app;
      if (password) {
        // Identifiers and literals cannot be bind parameters in DDL: quote the literal.
        await admin.query(`ALTER ROLE ${quoteIdent(role)} PASSWORD '${password.replace(/'/g, "''")}'`);
      }
    }
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (db.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${quoteIdent(databaseName)} OWNER ${quoteIdent(OWNER_ROLE)}`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${quoteIdent(databaseName)} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT ON DATABASE ${quoteIdent(databaseName)} TO ${quoteIdent(APP_ROLE)}`);
  } finally {
    await admin.end();
  }
  // The public schema belongs to the owner so that no other role may create objects in it.
  const inDb = new Client({ connectionString: withDatabase(adminUrl, databaseName) });
  await inDb.connect();
  try {
    await inDb.query(`ALTER SCHEMA public OWNER TO ${quoteIdent(OWNER_ROLE)}`);
    await inDb.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  } finally {
    await inDb.end();
  }
}

export async function dropDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Runs pending migrations as the owner role. Returns the names it ran. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const ds = new DataSource(ownerDataSourceOptions({ DATABASE_OWNER_URL: ownerUrl }));
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, databaseName: string): string {
  const u = new URL(url);
  u.pathname = `/${databaseName}`;
  return u.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}
