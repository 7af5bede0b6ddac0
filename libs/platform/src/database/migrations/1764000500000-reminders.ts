import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE } from '../roles';
import { tenantTableSecurity } from '../rls';

/**
 * Reminders as data (DESIGN.md §5): a row per reminder, created and cancelled with the change
 * that causes it; a sweep claims due rows; a delivery is recorded under a unique key.
 */
export class Reminders1764000500000 implements MigrationInterface {
  name = 'Reminders1764000500000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reminder_settings (
         tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
         deadline_offsets_hours integer[] NOT NULL DEFAULT '{72,24,3}' CHECK (cardinality(deadline_offsets_hours) BETWEEN 0 AND 10),
         business_days integer[] NOT NULL DEFAULT '{1,2,3,4,5}',
         business_start time NOT NULL DEFAULT '09:00',
         business_end time NOT NULL DEFAULT '18:00',
         updated_at timestamptz NOT NULL DEFAULT now(),
         CHECK (business_end > business_start)
       )`,
      ...tenantTableSecurity('reminder_settings', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE reminders (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
         subject_type text NOT NULL,
         subject_id uuid NOT NULL,
         recipient_membership_id uuid NOT NULL,
         due_at timestamptz NOT NULL,
         status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'cancelled', 'failed')),
         unique_key text NOT NULL CHECK (char_length(unique_key) BETWEEN 1 AND 300),
         payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(payload) <= 8192),
         queued_at timestamptz,
         sent_at timestamptz,
         cancelled_at timestamptz,
         last_error text,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, unique_key),
         FOREIGN KEY (tenant_id, recipient_membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      // The sweep's index (cross-tenant, used only by the claim function) and the tenant lists'.
      `CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE status IN ('pending', 'queued')`,
      `CREATE INDEX reminders_subject_idx ON reminders (tenant_id, subject_type, subject_id)`,
      `CREATE INDEX reminders_list_idx ON reminders (tenant_id, due_at, id)`,
      ...tenantTableSecurity('reminders', 'SELECT, INSERT, UPDATE'),

      // One row per delivered reminder and channel: what makes a redelivered job a no-op.
      `CREATE TABLE reminder_deliveries (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         reminder_id uuid NOT NULL,
         channel text NOT NULL CHECK (channel IN ('in_app', 'email')),
         delivered_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, reminder_id, channel),
         FOREIGN KEY (tenant_id, reminder_id) REFERENCES reminders(tenant_id, id)
       )`,
      ...tenantTableSecurity('reminder_deliveries', 'SELECT, INSERT'),

      // Kinds a member does not want by e-mail (in-app always).
      `CREATE TABLE email_opt_outs (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         membership_id uuid NOT NULL,
         kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
         PRIMARY KEY (tenant_id, membership_id, kind),
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('email_opt_outs'),

      // The sweep runs for every tenant at once. It goes through this narrow door (returns ids
      // only) instead of a role that bypasses RLS; the owner-only policies let it see the rows.
      `CREATE POLICY sweep ON reminders TO ${OWNER_ROLE} USING (true) WITH CHECK (true)`,
      `CREATE FUNCTION claim_due_reminders(p_now timestamptz, p_limit integer, p_requeue_after interval)
         RETURNS TABLE (tenant_id uuid, id uuid)
         LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         UPDATE reminders r SET status = 'queued', queued_at = p_now
           FROM (SELECT x.tenant_id, x.id FROM reminders x
                  WHERE x.due_at <= p_now
                    AND (x.status = 'pending' OR (x.status = 'queued' AND x.queued_at <= p_now - p_requeue_after))
                  ORDER BY x.due_at
                  LIMIT p_limit
                  FOR UPDATE SKIP LOCKED) due
          WHERE r.tenant_id = due.tenant_id AND r.id = due.id
         RETURNING r.tenant_id, r.id $$`,
      `REVOKE ALL ON FUNCTION claim_due_reminders(timestamptz, integer, interval) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION claim_due_reminders(timestamptz, integer, interval) TO ${APP_ROLE}`,
      // Operators' figures (due, sent, failed, lag) across tenants, aggregates only.
      `CREATE POLICY metrics ON reminder_deliveries TO ${OWNER_ROLE} USING (true)`,
      `CREATE FUNCTION reminder_metrics(p_now timestamptz)
         RETURNS TABLE (due bigint, queued bigint, sent bigint, failed bigint, oldest_due_at timestamptz)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT count(*) FILTER (WHERE status = 'pending' AND due_at <= p_now),
                count(*) FILTER (WHERE status = 'queued'),
                count(*) FILTER (WHERE status = 'sent'),
                count(*) FILTER (WHERE status = 'failed'),
                min(due_at) FILTER (WHERE status IN ('pending', 'queued') AND due_at <= p_now)
           FROM reminders $$`,
      `REVOKE ALL ON FUNCTION reminder_metrics(timestamptz) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION reminder_metrics(timestamptz) TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS reminder_metrics(timestamptz)');
    await q.query('DROP FUNCTION IF EXISTS claim_due_reminders(timestamptz, integer, interval)');
    for (const t of ['email_opt_outs', 'reminder_deliveries', 'reminders', 'reminder_settings']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
