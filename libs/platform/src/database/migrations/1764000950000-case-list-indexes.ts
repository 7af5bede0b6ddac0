import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case list indexes, as measured by bench/cases (1,000 tenants × 1,000 cases).
 *
 * cases_categories_idx (GIN on categories alone) can never serve the application: under
 * row-level security only leakproof operators may become index conditions ahead of the
 * policy's tenant check, and array `@>` is not leakproof, so `?category=` is always a filter
 * over the tenant's rows whatever index exists (a GIN on (tenant_id, categories) was tried:
 * used by a superuser, not by reinstate_app). The index only cost every write of a case, and it
 * broke the rule that indexes on tenant tables lead with tenant_id. The queue, status, client
 * and keyset lists are served by tenant-leading B-trees already (plans in bench/README.md).
 */
export class CaseListIndexes1764000950000 implements MigrationInterface {
  name = 'CaseListIndexes1764000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS cases_categories_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX IF NOT EXISTS cases_categories_idx ON cases USING gin (categories)');
  }
}
