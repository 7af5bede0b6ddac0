import type { Client } from 'pg';
import { connectAs } from '../support/db';

/**
 * Indexes that serve lists lead with tenant_id (DESIGN.md §2), and under row-level security the
 * planner uses them for the case queue, lists and detail. The shapes below are the SQL that
 * CaseRepository / AssignmentRepository send (bench/cases captures the real text and prints its
 * plans on 1,000 tenants × 1,000 cases). Each plan is taken as reinstate_app over 4,000 cases of
 * 40 tenants inserted (and analysed) in a transaction that is rolled back, with sequential scans
 * off: a query that no index serves still shows a Seq Scan.
 */
describe('case list indexes', () => {
  let su: Client;
  const tenant = '01900000-0000-7000-8000-000000000001';
  const other = '01900000-0000-7000-8000-000000000002';

  beforeAll(async () => {
    su = await connectAs('super');
  });

  afterAll(async () => {
    await su?.end();
  });

  /** The plan reinstate_app gets for sql, over rows that exist only inside this transaction. */
  async function planOf(sql: string, params: unknown[]): Promise<string> {
    await su.query('BEGIN');
    try {
      // Rows only: referenced tenants, clients and members are not needed for a plan.
      await su.query('SET LOCAL session_replication_role = replica');
      await su.query(
        `INSERT INTO cases (tenant_id, id, number, client_id, title, marketplace, status, priority, lead_membership_id,
                            marketplace_deadline, opened_by, opened_via, created_at, updated_at)
         SELECT ('01900000-0000-7000-8000-' || lpad((1 + i % 40)::text, 12, '0'))::uuid, gen_random_uuid(), i,
                ('01900000-0000-7000-9000-' || lpad((i % 400)::text, 12, '0'))::uuid, 'case ' || i, 'amazon.co.jp',
                (ARRAY['drafting', 'submitted', 'awaiting_reply', 'reinstated', 'rejected'])[1 + i % 5], 'normal',
                ('01900000-0000-7000-a000-' || lpad((i % 200)::text, 12, '0'))::uuid,
                now() + (i % 30) * interval '1 day', $1, 'staff', now() - i * interval '1 hour', now()
           FROM generate_series(1, 4000) i`,
        [other],
      );
      await su.query('ANALYZE cases');
      await su.query('SET LOCAL ROLE reinstate_app');
      await su.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
      await su.query('SET LOCAL enable_seqscan = off');
      return (await su.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await su.query('ROLLBACK');
    }
  }

  it('lead every non-unique index of a tenant table with tenant_id, but for the two cross-tenant paths', async () => {
    const res = await su.query(
      `SELECT i.indexrelid::regclass::text AS index
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
        WHERE n.nspname = 'public'
          AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = t.oid AND x.attname = 'tenant_id' AND NOT x.attisdropped)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
          AND a.attname IS DISTINCT FROM 'tenant_id'
        ORDER BY 1`,
    );
    // Login looks a user's memberships up before a tenant is chosen; the reminder sweep claims
    // due rows of every tenant through its definer function. Nothing else may cross tenants.
    expect(res.rows.map((r) => r.index)).toEqual(['memberships_user_idx', 'reminders_due_idx']);
  });

  const shapes: [string, string, unknown[], string][] = [
    [
      'my queue',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 AND c.lead_membership_id = $2 AND c.status NOT IN ('reinstated', 'rejected', 'closed')
        ORDER BY coalesce(c.next_due_at, 'infinity'::timestamptz) ASC, c.id ASC LIMIT 51`,
      [tenant, other],
      'cases_queue_idx',
    ],
    ['tenant list, newest first', `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT 51`, [tenant], 'cases_list_idx'],
    [
      'tenant list, next page',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 AND (c.created_at, c.id) < ($2::timestamptz, $3::uuid) ORDER BY c.created_at DESC, c.id DESC LIMIT 51`,
      [tenant, '2026-01-01T00:00:00Z', other],
      'cases_list_idx',
    ],
    [
      'tenant list by status',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 AND c.status = $2 ORDER BY c.created_at DESC, c.id DESC LIMIT 51`,
      [tenant, 'drafting'],
      // On a small table shared with the other tests the planner may prefer the lead/status index.
      'cases_status_idx|cases_lead_status_idx',
    ],
    [
      'tenant list by client',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 AND c.client_id = $2 ORDER BY c.created_at DESC, c.id DESC LIMIT 51`,
      [tenant, other],
      'cases_client_idx',
    ],
    [
      'tenant list by nearest clock',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 ORDER BY coalesce(c.next_due_at, 'infinity'::timestamptz) ASC, c.id ASC LIMIT 51`,
      [tenant],
      'cases_next_due_sort_idx',
    ],
    [
      'tenant list by marketplace deadline',
      `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 ORDER BY coalesce(c.marketplace_deadline, 'infinity'::timestamptz) ASC, c.id ASC LIMIT 51`,
      [tenant],
      'cases_deadline_sort_idx',
    ],
    ['case detail', `SELECT c.id, c.title FROM cases c WHERE c.tenant_id = $1 AND c.id = $2`, [tenant, other], 'cases_pkey'],
  ];

  it.each(shapes)('serve %s from a tenant_id-leading index as the app role', async (_name, sql, params, index) => {
    const plan = await planOf(sql, params);
    expect(plan).not.toMatch(/Seq Scan/);
    // An ordered index scan, or a bitmap of the few rows one tenant has: either way this index.
    expect(plan).toMatch(new RegExp(`(Index (Only )?Scan using|Bitmap Index Scan on) (${index}) `));
    expect(plan).toMatch(/Index Cond: \(\(?tenant_id = /);
  });
});
