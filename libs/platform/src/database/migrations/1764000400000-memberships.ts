import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

/** Membership plans, clients' membership periods, the on-call rota and emergencies. */
export class Memberships1764000400000 implements MigrationInterface {
  name = 'Memberships1764000400000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE membership_plans (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         name_ja text NOT NULL CHECK (char_length(name_ja) BETWEEN 1 AND 100),
         name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
         tier text NOT NULL CHECK (tier IN ('trial', 'full')),
         term_days integer CHECK (term_days BETWEEN 1 AND 3660),
         emergency_support boolean NOT NULL DEFAULT false,
         max_open_cases integer CHECK (max_open_cases BETWEEN 1 AND 100000),
         emergency_response_minutes integer NOT NULL DEFAULT 60 CHECK (emergency_response_minutes BETWEEN 1 AND 10080),
         active boolean NOT NULL DEFAULT true,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         -- Emergency support is for full members only, never during a trial.
         CONSTRAINT trial_without_emergency CHECK (NOT (tier = 'trial' AND emergency_support)),
         CONSTRAINT trial_has_length CHECK (tier <> 'trial' OR term_days IS NOT NULL)
       )`,
      `CREATE INDEX membership_plans_list_idx ON membership_plans (tenant_id, created_at, id)`,
      ...tenantTableSecurity('membership_plans'),

      `CREATE TABLE client_memberships (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         client_id uuid NOT NULL,
         plan_id uuid NOT NULL,
         starts_at timestamptz NOT NULL,
         ends_at timestamptz,
         status text NOT NULL CHECK (status IN ('active', 'expired', 'cancelled')),
         ended_at timestamptz,
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
         FOREIGN KEY (tenant_id, plan_id) REFERENCES membership_plans(tenant_id, id),
         CHECK (ends_at IS NULL OR ends_at > starts_at)
       )`,
      // Exactly one active period per client, enforced here and not only in code.
      `CREATE UNIQUE INDEX client_memberships_one_active ON client_memberships (tenant_id, client_id) WHERE status = 'active'`,
      `CREATE INDEX client_memberships_history_idx ON client_memberships (tenant_id, client_id, created_at, id)`,
      `CREATE INDEX client_memberships_list_idx ON client_memberships (tenant_id, status, plan_id, created_at, id)`,
      `CREATE INDEX client_memberships_ending_idx ON client_memberships (tenant_id, ends_at) WHERE status = 'active'`,
      ...tenantTableSecurity('client_memberships'),

      `CREATE TABLE on_call_shifts (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         membership_id uuid NOT NULL,
         starts_at timestamptz NOT NULL,
         ends_at timestamptz NOT NULL,
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id),
         CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '31 days')
       )`,
      `CREATE INDEX on_call_shifts_time_idx ON on_call_shifts (tenant_id, starts_at, ends_at)`,
      ...tenantTableSecurity('on_call_shifts'),

      `CREATE TABLE emergencies (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         client_id uuid NOT NULL,
         raised_by uuid NOT NULL,
         description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
         callback_number text NOT NULL CHECK (callback_number ~ '^[0-9+() -]{6,30}$'),
         response_target_minutes integer NOT NULL,
         assigned_membership_id uuid,
         raised_at timestamptz NOT NULL,
         acknowledged_at timestamptz,
         acknowledged_by uuid,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
         FOREIGN KEY (tenant_id, assigned_membership_id) REFERENCES memberships(tenant_id, id),
         CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
       )`,
      `CREATE INDEX emergencies_list_idx ON emergencies (tenant_id, raised_at, id)`,
      `CREATE INDEX emergencies_open_idx ON emergencies (tenant_id, raised_at) WHERE acknowledged_at IS NULL`,
      ...tenantTableSecurity('emergencies'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['emergencies', 'on_call_shifts', 'client_memberships', 'membership_plans']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
