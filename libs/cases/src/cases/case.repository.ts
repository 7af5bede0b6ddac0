import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import type { Severity, ViolationCategory } from '../notice-reader/notice-reader.types';
import { Case, type CaseStatus } from './case.entity';

export interface CaseFilter {
  clientId?: string;
  status?: CaseStatus;
  severity?: Severity;
  category?: ViolationCategory;
}

@Injectable()
export class CaseRepository {
  constructor(private readonly db: TenantDb) {}

  /** The next case number of the tenant; the counter row lock serialises concurrent intakes. */
  async nextNumber(tenantId: string): Promise<number> {
    const rows: { last_number: number }[] = await this.db.manager().query(
      `INSERT INTO case_counters (tenant_id, last_number) VALUES ($1, 1)
       ON CONFLICT (tenant_id) DO UPDATE SET last_number = case_counters.last_number + 1
       RETURNING last_number`,
      [tenantId],
    );
    return rows[0]!.last_number;
  }

  async insert(c: Case): Promise<void> {
    await this.db.manager().insert(Case, c);
  }

  findById(tenantId: string, id: string, lock = false): Promise<Case | null> {
    const qb = this.db.manager().createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId AND c.id = :id', { tenantId, id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async updateIfVersion(tenantId: string, id: string, version: number, patch: Partial<Case>): Promise<boolean> {
    const res = await this.db
      .manager()
      .createQueryBuilder()
      .update(Case)
      .set({ ...patch, version: () => 'version + 1' })
      .where('tenant_id = :tenantId AND id = :id AND version = :version', { tenantId, id, version })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  /** Cases of a client still being worked (not reinstated, rejected or closed). */
  async countOpen(tenantId: string, clientId: string): Promise<number> {
    const rows: { n: number }[] = await this.db
      .manager()
      .query(`SELECT count(*)::int AS n FROM cases WHERE tenant_id = $1 AND client_id = $2 AND status NOT IN ('reinstated', 'rejected', 'closed')`, [
        tenantId,
        clientId,
      ]);
    return rows[0]?.n ?? 0;
  }

  /** Emergency: critical priority, and the on-call consultant leads unless someone already does. */
  async escalate(tenantId: string, id: string, lead: string | null, at: Date): Promise<void> {
    await this.db
      .manager()
      .query(
        `UPDATE cases SET priority = 'critical', lead_membership_id = coalesce(lead_membership_id, $3), updated_at = $4, version = version + 1
          WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, lead, at],
      );
  }

  /** Newest first; each filter has an index leading with tenant_id. */
  list(tenantId: string, filter: CaseFilter, after: KeysetCursor | null, limit: number): Promise<Case[]> {
    const qb = this.db.manager().createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId', { tenantId });
    if (filter.clientId) qb.andWhere('c.client_id = :clientId', { clientId: filter.clientId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.severity) qb.andWhere('c.severity = :severity', { severity: filter.severity });
    if (filter.category) qb.andWhere('c.categories @> ARRAY[:category]::text[]', { category: filter.category });
    if (after) qb.andWhere('(c.created_at, c.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(limit + 1).getMany();
  }
}
