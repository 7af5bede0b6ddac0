import { Injectable } from '@nestjs/common';
import { TenantDb, encodeSortCursor, type Page, type SortCursor } from '@reinstate/platform';
import type { Severity, ViolationCategory } from '../notice-reader/notice-reader.types';
import { Case, CASE_SUMMARY_FIELDS, type CaseStatus, type CaseSummary } from './case.entity';

export interface CaseFilter {
  clientId?: string;
  /** Only the cases of the client this (client user's) membership belongs to. */
  clientOfMembership?: string;
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

type Sortable = Pick<Case, 'id' | 'createdAt' | 'marketplaceDeadline' | 'nextDueAt'>;

/** The value of a row under a sort, for the next page's cursor. */
export function sortValue(c: Sortable, sort: CaseSort): string | null {
  const v = sort === 'created' ? c.createdAt : sort === 'deadline' ? c.marketplaceDeadline : c.nextDueAt;
  return v ? v.toISOString() : null;
}

/** A page from limit+1 rows, its cursor carrying the sort. */
export function toSortedPage<T extends Sortable>(rows: T[], limit: number, sort: CaseSort): Page<T> {
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

  async findById(tenantId: string, id: string, lock = false): Promise<Case | null> {
    // FOR NO KEY UPDATE: it does not wait for (nor block) the KEY SHARE locks that inserting rows
    // which reference the case take — a document or a plan revision being added at the same time.
    const rows = await this.db.selectAs(Case, {
      text: `SELECT ${this.db.rowsOf(Case).columns('c')} FROM cases c WHERE c.tenant_id = $1 AND c.id = $2${lock ? ' FOR NO KEY UPDATE' : ''}`,
      values: [tenantId, id],
    });
    return rows[0] ?? null;
  }

  /** The case's lead consultant and the name clients see, if it has one (not found: null). */
  async leadOf(tenantId: string, caseId: string): Promise<{ membershipId: string; displayName: string } | null> {
    const rows = await this.db.select<{ id: string; display_name: string }>({
      text: `SELECT m.id, u.display_name FROM cases c
               JOIN memberships m ON m.tenant_id = c.tenant_id AND m.id = c.lead_membership_id
               JOIN users u ON u.id = m.user_id
              WHERE c.tenant_id = $1 AND c.id = $2`,
      values: [tenantId, caseId],
    });
    return rows[0] ? { membershipId: rows[0].id, displayName: rows[0].display_name } : null;
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
  list(tenantId: string, filter: CaseFilter, sort: CaseSort, after: SortCursor | null, limit: number, now: Date): Promise<CaseSummary[]> {
    // The repositories' idiom: each value is pushed and named by its position as the clause is built.
    const params: unknown[] = [tenantId];
    const where = ['c.tenant_id = $1'];
    if (filter.clientId) where.push(`c.client_id = $${params.push(filter.clientId)}`);
    if (filter.clientOfMembership) {
      where.push(`c.client_id = (SELECT cu.client_id FROM client_users cu WHERE cu.tenant_id = $1 AND cu.membership_id = $${params.push(filter.clientOfMembership)})`);
    }
    if (filter.status) where.push(`c.status = $${params.push(filter.status)}`);
    if (filter.severity) where.push(`c.severity = $${params.push(filter.severity)}`);
    if (filter.category) where.push(`c.categories @> ARRAY[$${params.push(filter.category)}]::text[]`);
    if (filter.lead === 'unassigned') where.push('c.lead_membership_id IS NULL');
    else if (filter.lead) where.push(`c.lead_membership_id = $${params.push(filter.lead)}`);
    // On the indexed expression (cases_deadline_sort_idx); 'infinity' (no deadline) is never before.
    if (filter.deadlineBefore) where.push(`${last('c.marketplace_deadline')} < $${params.push(filter.deadlineBefore)}`);
    if (filter.deadlineAfter) where.push(`${last('c.marketplace_deadline')} > $${params.push(filter.deadlineAfter)} AND c.marketplace_deadline IS NOT NULL`);
    // A paused or stopped clock (no due time) is not breached: never NULL, so NOT works too.
    if (filter.breached !== undefined) {
      const breached = `(c.service_breached_at IS NOT NULL OR coalesce(c.service_due_at <= $${params.push(now)}, false))`;
      where.push(filter.breached ? breached : `NOT ${breached}`);
    }
    if (filter.waitingOnClient !== undefined) where.push(`c.waiting_on_client = $${params.push(filter.waitingOnClient)}`);
    return this.page(where, params, SORTS[sort], after, limit);
  }

  /** A consultant's open cases, nearest of the two clocks first (cases_queue_idx). */
  queue(tenantId: string, lead: string, after: SortCursor | null, limit: number): Promise<CaseSummary[]> {
    return this.page(['c.tenant_id = $1', 'c.lead_membership_id = $2', OPEN], [tenantId, lead], SORTS.next_due, after, limit);
  }

  /**
   * Conditions are ANDed, each in parentheses, so an OR inside one never escapes the tenant's.
   * Pages select what a list shows (CaseSummary), not whole cases.
   */
  private page(where: string[], params: unknown[], sort: { key: string; dir: 'ASC' | 'DESC' }, after: SortCursor | null, limit: number): Promise<CaseSummary[]> {
    if (after) {
      // A null value in the cursor is a row without a date: it sorts as 'infinity', like in the key.
      const value = `$${params.push(after.value)}`;
      const id = `$${params.push(after.id)}`;
      where.push(`(${sort.key}, c.id) ${sort.dir === 'ASC' ? '>' : '<'} (coalesce(${value}::timestamptz, 'infinity'::timestamptz), ${id}::uuid)`);
    }
    const summary = this.db.rowsOf(Case).subset(CASE_SUMMARY_FIELDS);
    const text = `SELECT ${summary.columns('c')} FROM cases c WHERE ${where.map((w) => `(${w})`).join(' AND ')}
      ORDER BY ${sort.key} ${sort.dir}, c.id ${sort.dir} LIMIT $${params.push(limit + 1)}`;
    return this.db.selectAs(summary, { text, values: params });
  }
}
