import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

/** The contact log: calls and messages with the marketplace's teams. Evidence, never a decision. */
export class Contacts1764000700000 implements MigrationInterface {
  name = 'Contacts1764000700000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE case_contacts (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         department text NOT NULL CHECK (department IN ('account_specialist', 'account_health_support', 'technical_support', 'other')),
         channel text NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'other')),
         direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
         occurred_at timestamptz NOT NULL,
         counterpart text CHECK (char_length(counterpart) <= 200),
         summary text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 5000),
         shared_with_client boolean NOT NULL DEFAULT false,
         logged_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, logged_by) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX case_contacts_case_idx ON case_contacts (tenant_id, case_id, occurred_at, id)`,
      ...tenantTableSecurity('case_contacts', 'SELECT, INSERT'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS case_contacts');
  }
}
