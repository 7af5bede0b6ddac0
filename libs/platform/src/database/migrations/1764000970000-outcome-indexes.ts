import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts by lead: cases_queue_idx covers open cases only, so "how many cases does this
 * consultant lead, per status" would otherwise read every case of the tenant. With status in
 * the key the count is an index-only scan.
 */
export class OutcomeIndexes1764000970000 implements MigrationInterface {
  name = 'OutcomeIndexes1764000970000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_lead_status_idx ON cases (tenant_id, lead_membership_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS cases_lead_status_idx');
  }
}
