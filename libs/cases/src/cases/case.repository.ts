import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { TenantDb, encodeSortCursor, type Page, type SortCursor } from '@reinstate/platform';
import type { Severity, ViolationCategory } from '../notice-reader/notice-reader.types';
import { Case, type CaseStatus } from './case.entity';

export interface CaseFilter {
  clientId?: string;
  status?: CaseStatus;
  severity?: Severity;
  category?: ViolationCategory;
  /** The lead's membership id, or 'unassigned'. */
  lead?: string;
  deadlineBefore?: Date;
  deadlineAfter?: Date;
  /** The service clock's target was reached (as of `now`) in the current work period. */
  breached?: boolean;
  waitingOnClient?: boolean;
}

export const CASE_SORTS = ['created', 'deadline', 'next_due'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** Rows without a date sort last: the same expression as the indexes of the service-clock migration. */
const last = (column: string) => `coalesce(${column}, 'infinity'::timestamptz)`;

/** Each sort: its key expression and direction (ties broken by id in the same direction). */
const SORTS: Record<CaseSort, { key: string; dir: 'ASC' | 'DESC' }> = {
  created: { key: 'c.created_at', dir: 'DESC' },
  deadline: { key: last('c.marketplace_deadline'), dir: 'ASC' },
  next_due: { key: last('c.next_due_at'), dir: 'ASC' },
};

/** The value of a row under a sort, for the next page's cursor. */
export function sortValue(c: Case, sort: CaseSort): string | null {
  const v = sort === 'created' ? c.createdAt : sort === 'deadline' ? c.marketplaceDeadline : c.nextDueAt;
  return v ? v.toISOString() : null;
}

/** A page from limit+1 rows, its cursor carrying the sort. */
export function toSortedPage(rows: Case[], limit: number, sort: CaseSort): Page<Case> {
  const items = rows.slice(0, limit);
  const lastRow = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && lastRow ? encodeSortCursor({ sort, value: sortValue(lastRow, sort), id: lastRow.id }) : null };
}

const OPEN = "c.status NOT IN ('reinstated', 'rejected', 'closed')";

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
    // FOR NO KEY UPDATE: it does not wait for (nor block) the KEY SHARE locks that inserting rows
    // which reference the case take — a document or a plan revision being added at the same time.
    if (lock) qb.setLock('for_no_key_update');
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

  /**
   * A page of the tenant's cases under a sort, keyset-paginated. Each sort has an index leading
   * with tenant_id (cases_list_idx, cases_deadline_sort_idx, cases_next_due_sort_idx), as do the
   * selective filters (client, status, lead, waiting, breach times).
   */
  list(tenantId: string, filter: CaseFilter, sort: CaseSort, after: SortCursor | null, limit: number, now: Date): Promise<Case[]> {
    const qb = this.db.manager().createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId', { tenantId });
    if (filter.clientId) qb.andWhere('c.client_id = :clientId', { clientId: filter.clientId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.severity) qb.andWhere('c.severity = :severity', { severity: filter.severity });
    if (filter.category) qb.andWhere('c.categories @> ARRAY[:category]::text[]', { category: filter.category });
    if (filter.lead === 'unassigned') qb.andWhere('c.lead_membership_id IS NULL');
    else if (filter.lead) qb.andWhere('c.lead_membership_id = :lead', { lead: filter.lead });
    // On the indexed expression (cases_deadline_sort_idx); 'infinity' (no deadline) is never before.
    if (filter.deadlineBefore) qb.andWhere(`${last('c.marketplace_deadline')} < :deadlineBefore`, { deadlineBefore: filter.deadlineBefore });
    if (filter.deadlineAfter) {
      qb.andWhere(`${last('c.marketplace_deadline')} > :deadlineAfter AND c.marketplace_deadline IS NOT NULL`, { deadlineAfter: filter.deadlineAfter });
    }
    // A paused or stopped clock (no due time) is not breached: never NULL, so NOT works too.
    const breached = '(c.service_breached_at IS NOT NULL OR coalesce(c.service_due_at <= :now, false))';
    if (filter.breached === true) qb.andWhere(breached, { now });
    if (filter.breached === false) qb.andWhere(`NOT ${breached}`, { now });
    if (filter.waitingOnClient !== undefined) qb.andWhere('c.waiting_on_client = :waiting', { waiting: filter.waitingOnClient });
    return this.page(qb, SORTS[sort], after, limit);
  }

  /** A consultant's open cases, nearest of the two clocks first (cases_queue_idx). */
  queue(tenantId: string, lead: string, after: SortCursor | null, limit: number): Promise<Case[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(Case, 'c')
      .where('c.tenant_id = :tenantId AND c.lead_membership_id = :lead', { tenantId, lead })
      .andWhere(OPEN);
    return this.page(qb, SORTS.next_due, after, limit);
  }

  private page(qb: SelectQueryBuilder<Case>, sort: { key: string; dir: 'ASC' | 'DESC' }, after: SortCursor | null, limit: number): Promise<Case[]> {
    if (after) {
      // A null value in the cursor is a row without a date: it sorts as 'infinity', like in the key.
      qb.andWhere(`(${sort.key}, c.id) ${sort.dir === 'ASC' ? '>' : '<'} (coalesce(:afterValue::timestamptz, 'infinity'::timestamptz), :afterId::uuid)`, {
        afterValue: after.value,
        afterId: after.id,
      });
    }
    return qb.orderBy(sort.key, sort.dir).addOrderBy('c.id', sort.dir).limit(limit + 1).getMany();
  }
}
