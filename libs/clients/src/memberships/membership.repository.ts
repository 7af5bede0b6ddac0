import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { ClientMembership, MembershipPlan, type MembershipStatus } from './membership-plan.entity';

/** The status as of $now, in SQL: the same rule as effectiveStatus(). */
const EFFECTIVE = `(CASE WHEN m.status = 'active' AND m.ends_at IS NOT NULL AND m.ends_at <= $2 THEN 'expired' ELSE m.status END)`;

export interface MemberListRow {
  membershipId: string;
  clientId: string;
  companyName: string;
  planId: string;
  planNameJa: string;
  planNameEn: string;
  tier: string;
  status: MembershipStatus;
  startsAt: Date;
  endsAt: Date | null;
  createdAt: Date;
}

@Injectable()
export class MembershipRepository {
  constructor(private readonly db: TenantDb) {}

  async insertPlans(plans: MembershipPlan[]): Promise<void> {
    await this.db.manager().insert(MembershipPlan, plans);
  }

  async updatePlan(tenantId: string, id: string, patch: Partial<MembershipPlan>): Promise<void> {
    await this.db.manager().update(MembershipPlan, { tenantId, id }, patch);
  }

  findPlan(tenantId: string, id: string): Promise<MembershipPlan | null> {
    return this.db.manager().findOneBy(MembershipPlan, { tenantId, id });
  }

  listPlans(tenantId: string): Promise<MembershipPlan[]> {
    return this.db.manager().find(MembershipPlan, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 200 });
  }

  /** The stored-active period and its plan (it may already be past its end: see effectiveStatus). */
  async activePeriod(tenantId: string, clientId: string): Promise<{ membership: ClientMembership; plan: MembershipPlan } | null> {
    const membership = await this.db.manager().findOneBy(ClientMembership, { tenantId, clientId, status: 'active' });
    if (!membership) return null;
    const plan = await this.findPlan(tenantId, membership.planId);
    return plan ? { membership, plan } : null;
  }

  history(tenantId: string, clientId: string): Promise<ClientMembership[]> {
    return this.db.manager().find(ClientMembership, { where: { tenantId, clientId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 });
  }

  async insertPeriod(m: ClientMembership): Promise<void> {
    await this.db.manager().insert(ClientMembership, m);
  }

  async endPeriod(tenantId: string, id: string, status: 'expired' | 'cancelled', at: Date): Promise<void> {
    await this.db
      .manager()
      .query(
        `UPDATE client_memberships SET status = $3, ended_at = $4, ends_at = CASE WHEN ends_at IS NULL OR ends_at > $4 THEN $4 ELSE ends_at END
          WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id, status, at],
      );
  }

  /** Members by plan and effective status, newest first. */
  async list(
    tenantId: string,
    now: Date,
    filter: { planId?: string; status?: MembershipStatus; endingBefore?: Date; tier?: string },
    after: KeysetCursor | null,
    limit: number,
  ): Promise<MemberListRow[]> {
    const params: unknown[] = [tenantId, now];
    const where = ['m.tenant_id = $1'];
    if (filter.planId) where.push(`m.plan_id = $${params.push(filter.planId)}`);
    if (filter.status) where.push(`${EFFECTIVE} = $${params.push(filter.status)}`);
    if (filter.tier) where.push(`p.tier = $${params.push(filter.tier)}`);
    if (filter.endingBefore) where.push(`m.status = 'active' AND m.ends_at > $2 AND m.ends_at <= $${params.push(filter.endingBefore)}`);
    if (after) where.push(`(m.created_at, m.id) < ($${params.push(after.at)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows: Record<string, never>[] = await this.db.manager().query(
      `SELECT m.id, m.client_id, c.company_name, m.plan_id, p.name_ja, p.name_en, p.tier, ${EFFECTIVE} AS status,
              m.starts_at, m.ends_at, m.created_at
         FROM client_memberships m
         JOIN membership_plans p ON p.tenant_id = m.tenant_id AND p.id = m.plan_id
         JOIN clients c ON c.tenant_id = m.tenant_id AND c.id = m.client_id
        WHERE ${where.join(' AND ')}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $${params.push(limit + 1)}`,
      params,
    );
    return rows.map((r: Record<string, never>) => ({
      membershipId: r['id'],
      clientId: r['client_id'],
      companyName: r['company_name'],
      planId: r['plan_id'],
      planNameJa: r['name_ja'],
      planNameEn: r['name_en'],
      tier: r['tier'],
      status: r['status'],
      startsAt: r['starts_at'],
      endsAt: r['ends_at'],
      createdAt: r['created_at'],
    }));
  }
}
