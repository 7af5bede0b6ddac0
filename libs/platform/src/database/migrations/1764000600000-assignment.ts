import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

/** What automatic assignment knows of each consultant: languages, expertise, away, last pick. */
export class Assignment1764000600000 implements MigrationInterface {
  name = 'Assignment1764000600000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE consultant_profiles (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         membership_id uuid NOT NULL,
         languages text[] NOT NULL DEFAULT '{ja}' CHECK (languages <@ ARRAY['ja', 'en']::text[]),
         categories text[] NOT NULL DEFAULT '{}' CHECK (cardinality(categories) <= 13),
         away boolean NOT NULL DEFAULT false,
         last_assigned_at timestamptz,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, membership_id),
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('consultant_profiles', 'SELECT, INSERT, UPDATE'),
      // "My queue": a consultant's open cases, nearest deadline first.
      `CREATE INDEX cases_queue_idx ON cases (tenant_id, lead_membership_id, marketplace_deadline, id)
         WHERE status NOT IN ('reinstated', 'rejected', 'closed')`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS cases_queue_idx');
    await q.query('DROP TABLE IF EXISTS consultant_profiles');
  }
}
