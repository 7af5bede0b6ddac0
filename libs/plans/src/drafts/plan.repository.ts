import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { Plan, PlanRevision } from './plan.entity';

/** Revision metadata for lists: everything but the text and the findings. */
export type RevisionSummary = Omit<PlanRevision, 'sections' | 'findings'>;

const SUMMARY_COLUMNS = ['tenantId', 'id', 'planId', 'caseId', 'number', 'basedOn', 'origin', 'note', 'blockers', 'warnings', 'authorMembershipId', 'createdAt', 'sharedAt'] as const;

@Injectable()
export class PlanRepository {
  constructor(private readonly db: TenantDb) {}

  /** With `lock`, the plan row is the mutex every save of this plan queues on. */
  findByCase(tenantId: string, caseId: string, lock = false): Promise<Plan | null> {
    const qb = this.db.manager().createQueryBuilder(Plan, 'p').where('p.tenant_id = :tenantId AND p.case_id = :caseId', { tenantId, caseId });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  async insertPlan(plan: Plan): Promise<void> {
    await this.db.manager().insert(Plan, plan);
  }

  async setHead(plan: Plan, head: number, at: Date): Promise<void> {
    await this.db.manager().update(Plan, { tenantId: plan.tenantId, id: plan.id }, { headRevision: head, updatedAt: at });
  }

  async insertRevision(revision: PlanRevision): Promise<void> {
    await this.db.manager().insert(PlanRevision, revision);
  }

  findRevision(tenantId: string, planId: string, number: number): Promise<PlanRevision | null> {
    return this.db.manager().findOneBy(PlanRevision, { tenantId, planId, number });
  }

  /** Newest first, keyset-paged over (created_at, id) (plan_revisions_plan_idx); limit + 1 rows. */
  listRevisions(tenantId: string, planId: string, sharedOnly: boolean, after: KeysetCursor | null, limit: number): Promise<RevisionSummary[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(PlanRevision, 'r')
      .select(SUMMARY_COLUMNS.map((c) => `r.${c}`))
      .where('r.tenant_id = :tenantId AND r.plan_id = :planId', { tenantId, planId });
    if (sharedOnly) qb.andWhere('r.shared_at IS NOT NULL');
    if (after) qb.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit + 1).getMany();
  }

  async sectionsOf(tenantId: string, planId: string, numbers: number[]): Promise<Map<number, PlanRevision['sections']>> {
    if (!numbers.length) return new Map();
    const rows = await this.db
      .manager()
      .createQueryBuilder(PlanRevision, 'r')
      .select(['r.number', 'r.sections'])
      .where('r.tenant_id = :tenantId AND r.plan_id = :planId AND r.number IN (:...numbers)', { tenantId, planId, numbers })
      .getMany();
    return new Map(rows.map((r) => [r.number, r.sections]));
  }

  latestShared(tenantId: string, planId: string): Promise<PlanRevision | null> {
    return this.db
      .manager()
      .createQueryBuilder(PlanRevision, 'r')
      .where('r.tenant_id = :tenantId AND r.plan_id = :planId AND r.shared_at IS NOT NULL', { tenantId, planId })
      .orderBy('r.number', 'DESC')
      .limit(1)
      .getOne();
  }

  async markShared(revision: PlanRevision, at: Date): Promise<void> {
    if (revision.sharedAt) return;
    await this.db.manager().update(PlanRevision, { tenantId: revision.tenantId, id: revision.id }, { sharedAt: at });
    revision.sharedAt = at;
  }
}
