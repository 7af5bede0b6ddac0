import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

const ENDED = `status NOT IN ('reinstated', 'rejected', 'closed')`;
/** Lists sort "no date" last; the same expression in the index and the query lets the index serve it. */
const LAST = (column: string) => `(coalesce(${column}, 'infinity'::timestamptz))`;

/**
 * The consultancy's service clock: tenant settings (calendar, targets), pause rows per case, and
 * the clock's derived state on the case, with `next_due_at` = the nearer of the two clocks.
 */
export class ServiceClock1764000800000 implements MigrationInterface {
  name = 'ServiceClock1764000800000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE service_clock_settings (
         tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
         weekdays jsonb NOT NULL CHECK (jsonb_typeof(weekdays) = 'object'),
         holidays date[] NOT NULL DEFAULT '{}' CHECK (cardinality(holidays) <= 400),
         targets jsonb NOT NULL CHECK (jsonb_typeof(targets) = 'object'),
         plan_targets jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(plan_targets) = 'object'),
         updated_by uuid NOT NULL,
         updated_at timestamptz NOT NULL,
         FOREIGN KEY (tenant_id, updated_by) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('service_clock_settings', 'SELECT, INSERT, UPDATE'),

      // Each stretch the case waited on the client, kept as history (closed, never deleted).
      `CREATE TABLE service_clock_pauses (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         reason text NOT NULL CHECK (reason IN ('client_review', 'documents')),
         started_at timestamptz NOT NULL,
         ended_at timestamptz,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         CHECK (ended_at IS NULL OR ended_at >= started_at)
       )`,
      `CREATE INDEX service_clock_pauses_case_idx ON service_clock_pauses (tenant_id, case_id, started_at, id)`,
      // At most one open pause per case and reason, enforced here and not only in code.
      `CREATE UNIQUE INDEX service_clock_pauses_open_idx ON service_clock_pauses (tenant_id, case_id, reason) WHERE ended_at IS NULL`,
      ...tenantTableSecurity('service_clock_pauses', 'SELECT, INSERT, UPDATE'),

      `ALTER TABLE cases
         ADD COLUMN service_started_at timestamptz,
         ADD COLUMN service_target_minutes integer CHECK (service_target_minutes BETWEEN 0 AND 1000000),
         ADD COLUMN service_due_at timestamptz,
         ADD COLUMN service_breached_at timestamptz,
         ADD COLUMN waiting_on_client boolean NOT NULL DEFAULT false,
         ADD COLUMN next_due_at timestamptz GENERATED ALWAYS AS (least(marketplace_deadline, service_due_at)) STORED`,

      // "My queue": nearest of the two clocks first (replaces the marketplace-deadline-only index).
      `DROP INDEX IF EXISTS cases_queue_idx`,
      `CREATE INDEX cases_queue_idx ON cases (tenant_id, lead_membership_id, ${LAST('next_due_at')}, id) WHERE ${ENDED}`,
      // Breach times, for the breached filter and reminders.
      `CREATE INDEX cases_service_due_idx ON cases (tenant_id, service_due_at) WHERE service_due_at IS NOT NULL`,
      `CREATE INDEX cases_service_breached_idx ON cases (tenant_id, service_breached_at) WHERE service_breached_at IS NOT NULL`,
      // The tenant-wide list: one index per sort, and the new filters under the default sort.
      `CREATE INDEX cases_deadline_sort_idx ON cases (tenant_id, ${LAST('marketplace_deadline')}, id)`,
      `CREATE INDEX cases_next_due_sort_idx ON cases (tenant_id, ${LAST('next_due_at')}, id)`,
      `CREATE INDEX cases_lead_idx ON cases (tenant_id, lead_membership_id, created_at DESC, id DESC)`,
      `CREATE INDEX cases_waiting_idx ON cases (tenant_id, created_at DESC, id DESC) WHERE waiting_on_client`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const idx of ['cases_waiting_idx', 'cases_lead_idx', 'cases_next_due_sort_idx', 'cases_deadline_sort_idx', 'cases_service_breached_idx', 'cases_service_due_idx', 'cases_queue_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${idx}`);
    }
    await q.query(
      `ALTER TABLE cases DROP COLUMN next_due_at, DROP COLUMN waiting_on_client, DROP COLUMN service_breached_at,
         DROP COLUMN service_due_at, DROP COLUMN service_target_minutes, DROP COLUMN service_started_at`,
    );
    await q.query(`CREATE INDEX cases_queue_idx ON cases (tenant_id, lead_membership_id, marketplace_deadline, id) WHERE ${ENDED}`);
    await q.query('DROP TABLE IF EXISTS service_clock_pauses');
    await q.query('DROP TABLE IF EXISTS service_clock_settings');
  }
}
