import { APP_ROLE } from './roles';

/** The tenant of the current transaction; NULL (so nothing matches) when none is set. */
export const CURRENT_TENANT_SQL = "(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)";
export const CURRENT_USER_SQL = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

/**
 * SQL that puts a tenant-owned table under row-level security (DESIGN.md §2) and grants the
 * application role what it may do. Every migration that creates a tenant table calls this.
 */
export function tenantTableSecurity(
  table: string,
  privileges: string = 'SELECT, INSERT, UPDATE, DELETE',
): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${CURRENT_TENANT_SQL}) WITH CHECK (tenant_id = ${CURRENT_TENANT_SQL})`,
    `GRANT ${privileges} ON ${table} TO ${APP_ROLE}`,
  ];
}
