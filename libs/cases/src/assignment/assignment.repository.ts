import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import type { AssignmentCandidate } from '../workflow/assignment.policy';

export interface ConsultantProfile {
  membershipId: string;
  languages: ('ja' | 'en')[];
  categories: string[];
  away: boolean;
  lastAssignedAt: Date | null;
}

@Injectable()
export class AssignmentRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Active consultants with their weighted open load, profile rows locked: concurrent intakes
   * of one tenant pick one after another, so two never take the same free consultant.
   */
  async lockCandidates(tenantId: string): Promise<AssignmentCandidate[]> {
    await this.db.manager().query(
      `INSERT INTO consultant_profiles (tenant_id, membership_id, updated_at)
       SELECT m.tenant_id, m.id, now() FROM memberships m
        WHERE m.tenant_id = $1 AND m.role = 'consultant' AND m.status = 'active'
       ON CONFLICT DO NOTHING`,
      [tenantId],
    );
    const rows: { membership_id: string; languages: ('ja' | 'en')[]; categories: string[]; away: boolean; last_assigned_at: Date | null; load: string }[] =
      await this.db.manager().query(
        `SELECT p.membership_id, p.languages, p.categories, p.away, p.last_assigned_at,
                coalesce((SELECT sum(CASE c.priority WHEN 'low' THEN 0.5 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE 1 END)
                            FROM cases c
                           WHERE c.tenant_id = p.tenant_id AND c.lead_membership_id = p.membership_id
                             AND c.status NOT IN ('reinstated', 'rejected', 'closed')), 0) AS load
           FROM consultant_profiles p
           JOIN memberships m ON m.tenant_id = p.tenant_id AND m.id = p.membership_id AND m.status = 'active' AND m.role = 'consultant'
          WHERE p.tenant_id = $1
          ORDER BY p.membership_id
          FOR UPDATE OF p`,
        [tenantId],
      );
    return rows.map((r) => ({
      membershipId: r.membership_id,
      languages: r.languages,
      categories: r.categories,
      away: r.away,
      openLoad: Number(r.load),
      lastAssignedAt: r.last_assigned_at,
    }));
  }

  async touch(tenantId: string, membershipId: string, at: Date): Promise<void> {
    await this.db.manager().query('UPDATE consultant_profiles SET last_assigned_at = $3 WHERE tenant_id = $1 AND membership_id = $2', [tenantId, membershipId, at]);
  }

  /** Sets the lead; `bump` is false while the case is being created (still version 1). */
  async setLead(tenantId: string, caseId: string, lead: string, at: Date, bump = true): Promise<void> {
    await this.db
      .manager()
      .query('UPDATE cases SET lead_membership_id = $3, updated_at = $4, version = version + $5 WHERE tenant_id = $1 AND id = $2', [
        tenantId,
        caseId,
        lead,
        at,
        bump ? 1 : 0,
      ]);
  }

  async saveProfile(tenantId: string, p: Omit<ConsultantProfile, 'lastAssignedAt'>, at: Date): Promise<void> {
    await this.db.manager().query(
      `INSERT INTO consultant_profiles (tenant_id, membership_id, languages, categories, away, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, membership_id) DO UPDATE SET languages = $3, categories = $4, away = $5, updated_at = $6`,
      [tenantId, p.membershipId, p.languages, p.categories, p.away, at],
    );
  }

  async profile(tenantId: string, membershipId: string): Promise<ConsultantProfile | null> {
    const rows: { membership_id: string; languages: ('ja' | 'en')[]; categories: string[]; away: boolean; last_assigned_at: Date | null }[] = await this.db
      .manager()
      .query('SELECT * FROM consultant_profiles WHERE tenant_id = $1 AND membership_id = $2', [tenantId, membershipId]);
    const r = rows[0];
    return r ? { membershipId: r.membership_id, languages: r.languages, categories: r.categories, away: r.away, lastAssignedAt: r.last_assigned_at } : null;
  }
}
