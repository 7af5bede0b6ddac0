import type { Client } from 'pg';
import { TestApi } from '../support/api';
import { connectAs, inTenant } from '../support/db';
import { addClient, addMember, signupTenant, uniqueEmail, type SignedIn } from '../support/fixtures';
import { tenantFixture } from '../support/tenant-fixture';

/**
 * Finds every table with a tenant_id column and proves, below the application, that
 * PostgreSQL itself keeps tenants apart. A table added later without RLS fails here.
 */
describe('row-level security on every tenant table', () => {
  let api: TestApi;
  let a: SignedIn;
  let b: SignedIn;
  let app: Client;
  let su: Client;
  let tables: string[];

  beforeAll(async () => {
    api = await TestApi.start();
    // Two tenants with rows in every table the flows touch.
    [a, b] = [await signupTenant(api, 'A'), await signupTenant(api, 'B')];
    app = await connectAs('app');
    su = await connectAs('super');
    for (const t of [a, b]) {
      await addMember(api, t, 'client');
      await api.post('/api/v1/invitations', { email: uniqueEmail('pending'), role: 'consultant' }, t.accessToken);
      const seller = await addClient(api, t, t);
      await api.post(`/api/v1/clients/${seller.clientId}/invitations`, { email: uniqueEmail('pending-seller') }, t.accessToken);
      await tenantFixture(api, t, seller, su);
    }
    const res = await su.query(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        ORDER BY 1`,
    );
    tables = res.rows.map((r) => r.table_name);
  });

  afterAll(async () => {
    await Promise.all([app?.end(), su?.end(), api?.close()]);
  });

  it('finds the tenant tables', () => {
    expect(tables).toEqual(expect.arrayContaining(['memberships', 'invitations', 'refresh_tokens', 'audit_events']));
  });

  it('has RLS enabled and forced, with the tenant policy, on each', async () => {
    const res = await su.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation'
                        AND p.qual LIKE '%app.tenant_id%' AND (p.with_check LIKE '%app.tenant_id%' OR p.cmd = 'SELECT')) AS has_policy
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [tables],
    );
    const broken = res.rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity || !r.has_policy).map((r) => r.relname);
    expect(broken).toEqual([]);
    expect(res.rows).toHaveLength(tables.length);
  });

  it('runs the application as a role that owns nothing and cannot bypass RLS', async () => {
    const role = await app.query(
      `SELECT r.rolsuper, r.rolbypassrls, (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('shows tenant A nothing of tenant B, and nothing at all without a tenant', async () => {
    for (const table of tables) {
      const total = await su.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [b.tenantId]);
      expect({ table, hasRowsOfB: total.rows[0].n > 0 }).toEqual({ table, hasRowsOfB: true }); // else the check below proves nothing
      const seen = await inTenant(app, a.tenantId, () =>
        app.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [b.tenantId]),
      );
      expect({ table, visible: seen.rows[0].n }).toEqual({ table, visible: 0 });
      const own = await inTenant(app, a.tenantId, () => app.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, ownVisible: own.rows[0].n > 0 }).toEqual({ table, ownVisible: true });
      const none = await inTenant(app, null, () => app.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, withoutTenant: none.rows[0].n }).toEqual({ table, withoutTenant: 0 });
    }
  });

  it('lets tenant A neither change, delete nor create rows of tenant B', async () => {
    for (const table of tables) {
      const writable = await su.query(
        `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'reinstate_app' AND table_name = $1`,
        [table],
      );
      const privileges = new Set(writable.rows.map((r) => r.privilege_type));
      if (privileges.has('UPDATE')) {
        const upd = await inTenant(app, a.tenantId, () =>
          app.query(`UPDATE ${table} SET tenant_id = tenant_id WHERE tenant_id = $1`, [b.tenantId]),
        );
        expect({ table, updated: upd.rowCount }).toEqual({ table, updated: 0 });
        // Moving an own row into B is refused by WITH CHECK.
        await expect(
          inTenant(app, a.tenantId, () => app.query(`UPDATE ${table} SET tenant_id = $1 WHERE tenant_id = $2`, [b.tenantId, a.tenantId])),
        ).rejects.toMatchObject({ code: expect.stringMatching(/^(42501|23503)$/) });
      }
      if (privileges.has('DELETE')) {
        const del = await inTenant(app, a.tenantId, () => app.query(`DELETE FROM ${table} WHERE tenant_id = $1`, [b.tenantId]));
        expect({ table, deleted: del.rowCount }).toEqual({ table, deleted: 0 });
      }
      // Insert a copy of one of A's rows, relabelled as B's: RLS refuses it before any other constraint.
      // Generated columns (cases.next_due_at) cannot be written, so the copy names the others.
      const cols = (
        await su.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [
          table,
        ])
      ).rows.map((r) => `"${r.column_name}"`);
      await expect(
        inTenant(app, a.tenantId, () =>
          app.query(
            `INSERT INTO ${table} (${cols.join(', ')})
             SELECT ${cols.map((c) => `r.${c}`).join(', ')}
               FROM ${table} t, jsonb_populate_record(NULL::${table}, to_jsonb(t) || jsonb_build_object('tenant_id', $1::uuid)) r LIMIT 1`,
            [b.tenantId],
          ),
        ),
      ).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/row-level security/) });
    }
  });

  it('keeps the audit log append-only for the application role', async () => {
    await expect(inTenant(app, a.tenantId, () => app.query('UPDATE audit_events SET action = action'))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(inTenant(app, a.tenantId, () => app.query('DELETE FROM audit_events'))).rejects.toMatchObject({ code: '42501' });
    // Even the owner cannot rewrite history: a trigger refuses it.
    const owner = await connectAs('owner');
    try {
      await expect(inTenant(owner, a.tenantId, () => owner.query('DELETE FROM audit_events'))).rejects.toMatchObject({
        message: expect.stringMatching(/append-only/),
      });
      await expect(owner.query('TRUNCATE audit_events')).rejects.toMatchObject({ message: expect.stringMatching(/append-only/) });
    } finally {
      await owner.end();
    }
  });

  it('exposes users and tenants only to themselves and their members', async () => {
    const users = await inTenant(app, a.tenantId, () => app.query('SELECT id FROM users'));
    const aMembers = await su.query('SELECT user_id FROM memberships WHERE tenant_id = $1', [a.tenantId]);
    expect(users.rows.map((r) => r.id).sort()).toEqual(aMembers.rows.map((r) => r.user_id).sort());
    const tenants = await inTenant(app, a.tenantId, () => app.query('SELECT id FROM tenants'));
    expect(tenants.rows.map((r) => r.id)).toEqual([a.tenantId]);
    const nothing = await inTenant(app, null, () => app.query('SELECT (SELECT count(*) FROM users)::int u, (SELECT count(*) FROM tenants)::int t'));
    expect(nothing.rows[0]).toEqual({ u: 0, t: 0 });
  });
});
