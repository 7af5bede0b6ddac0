import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import type { ViolationCategory } from '../notice-reader/notice-reader.types';
import { PLAN_REVISION_SAVED_EVENT, STATUS_CHANGED_EVENT } from '../timeline/timeline-events';
import { LOST, SUBMITTED_STATUS, WON_STATUS, type OutcomeRow, type ReportPeriod } from './report.policy';

export interface CountFilter {
  clientId?: string;
  category?: ViolationCategory;
  leadMembershipId?: string;
}

/**
 * Outcome figures in one statement. Every case-level look-up starts from `cases` by
 * (tenant_id, status) or (tenant_id, created_at) and reaches its events through
 * case_events_timeline_idx (tenant_id, case_id, occurred_at, id), so the work grows with the
 * cases in scope, never with the whole event table. Bound parameters: $1 tenant, $2/$3 the
 * period's first and last calendar day in the tenant's time zone (null = open).
 */
export const OUTCOMES_SQL = `
WITH bounds AS (
  SELECT ($2::date)::timestamp AT TIME ZONE t.time_zone AS from_at,
         ($3::date + 1)::timestamp AT TIME ZONE t.time_zone AS to_at
    FROM tenants t WHERE t.id = $1
),
decided AS (
  SELECT c.id, c.categories, c.lead_membership_id, c.status = '${WON_STATUS}' AS won,
         coalesce(
           (SELECT max(e.occurred_at) FROM case_events e
             WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id
               AND e.kind = '${STATUS_CHANGED_EVENT}' AND e.payload->>'to' = c.status),
           c.updated_at) AS decided_at
    FROM cases c
   WHERE c.tenant_id = $1
     AND (c.status = '${WON_STATUS}' OR (c.status = '${LOST.status}' AND c.close_reason = '${LOST.closeReason}'))
),
outcome AS (
  SELECT d.*,
         CASE WHEN d.won THEN
           (SELECT count(*) FROM case_events e
             WHERE e.tenant_id = $1 AND e.case_id = d.id
               AND e.kind = '${STATUS_CHANGED_EVENT}' AND e.payload->>'to' = '${SUBMITTED_STATUS}')
         END AS rounds
    FROM decided d, bounds b
   WHERE (b.from_at IS NULL OR d.decided_at >= b.from_at) AND (b.to_at IS NULL OR d.decided_at < b.to_at)
),
drafts AS (
  SELECT c.id, c.categories, c.lead_membership_id,
         extract(epoch FROM (
           (SELECT min(e.occurred_at) FROM case_events e
             WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id AND e.kind = '${PLAN_REVISION_SAVED_EVENT}')
           - c.created_at)) / 3600.0 AS hours
    FROM cases c, bounds b
   WHERE c.tenant_id = $1
     AND (b.from_at IS NULL OR c.created_at >= b.from_at) AND (b.to_at IS NULL OR c.created_at < b.to_at)
),
facts AS (
  SELECT 'outcome' AS fact, id, categories, lead_membership_id, won, rounds, NULL::numeric AS hours FROM outcome
  UNION ALL
  SELECT 'draft', id, categories, lead_membership_id, NULL, NULL, hours FROM drafts
),
keyed AS (
  SELECT 'overall' AS dim, NULL::text AS category, NULL::uuid AS consultant, f.* FROM facts f
  UNION ALL
  SELECT 'category', cat, NULL, f.* FROM facts f CROSS JOIN LATERAL (SELECT DISTINCT unnest(f.categories)) AS u(cat)
  UNION ALL
  SELECT 'consultant', NULL, f.lead_membership_id, f.* FROM facts f
),
groups AS (
  SELECT dim, category, consultant,
         count(*) FILTER (WHERE fact = 'outcome') AS decided,
         count(*) FILTER (WHERE fact = 'outcome' AND won) AS reinstated,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY rounds::float8) FILTER (WHERE fact = 'outcome' AND won) AS rounds_median,
         avg(rounds) FILTER (WHERE fact = 'outcome' AND won) AS rounds_mean,
         count(hours) FILTER (WHERE fact = 'draft') AS drafted,
         count(*) FILTER (WHERE fact = 'draft' AND hours IS NULL) AS without_draft,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY hours::float8) FILTER (WHERE fact = 'draft') AS hours_median,
         avg(hours) FILTER (WHERE fact = 'draft') AS hours_mean
    FROM keyed
   GROUP BY dim, category, consultant
)
SELECT g.dim, g.category, g.consultant, u.display_name,
       g.decided::int, g.reinstated::int,
       round(g.reinstated::numeric / nullif(g.decided, 0), 4)::float8 AS reinstatement_rate,
       round(g.rounds_median::numeric, 2)::float8 AS rounds_median,
       round(g.rounds_mean, 2)::float8 AS rounds_mean,
       g.drafted::int, g.without_draft::int,
       round(g.hours_median::numeric, 2)::float8 AS hours_median,
       round(g.hours_mean, 2)::float8 AS hours_mean
  FROM groups g
  LEFT JOIN memberships m ON m.tenant_id = $1 AND m.id = g.consultant
  LEFT JOIN users u ON u.id = m.user_id`;

interface OutcomeSqlRow {
  dim: OutcomeRow['dim'];
  category: string | null;
  consultant: string | null;
  display_name: string | null;
  decided: number;
  reinstated: number;
  reinstatement_rate: number | null;
  rounds_median: number | null;
  rounds_mean: number | null;
  drafted: number;
  without_draft: number;
  hours_median: number | null;
  hours_mean: number | null;
}

/** The counting statement, exported so a test can EXPLAIN exactly what runs. */
export function statusCountsQuery(tenantId: string, filter: CountFilter): { sql: string; params: unknown[] } {
  const where = ['tenant_id = $1'];
  const params: unknown[] = [tenantId];
  if (filter.clientId) where.push(`client_id = $${params.push(filter.clientId)}`);
  if (filter.leadMembershipId) where.push(`lead_membership_id = $${params.push(filter.leadMembershipId)}`);
  if (filter.category) where.push(`categories @> ARRAY[$${params.push(filter.category)}]::text[]`);
  return { sql: `SELECT status, count(*)::int AS n FROM cases WHERE ${where.join(' AND ')} GROUP BY status`, params };
}

/** Aggregate reads over cases and their timelines: counts by status and outcome figures. */
@Injectable()
export class ReportRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Cases per status. Unfiltered: an index-only scan of cases_status_idx (tenant_id, status, …);
   * by lead: of cases_lead_status_idx; by client: cases_client_idx. A category is a filter over
   * the tenant's cases (no index can serve `@>` under RLS: it is not leakproof).
   */
  statusCounts(tenantId: string, filter: CountFilter): Promise<{ status: string; n: number }[]> {
    const { sql, params } = statusCountsQuery(tenantId, filter);
    return this.db.manager().query(sql, params);
  }

  /** The tenant's time zone: the period's calendar days are read in it. */
  async timeZone(tenantId: string): Promise<string> {
    const rows: { time_zone: string }[] = await this.db.manager().query('SELECT time_zone FROM tenants WHERE id = $1', [tenantId]);
    return rows[0]?.time_zone ?? 'Asia/Tokyo';
  }

  async outcomes(tenantId: string, period: ReportPeriod): Promise<OutcomeRow[]> {
    const rows: OutcomeSqlRow[] = await this.db.manager().query(OUTCOMES_SQL, [tenantId, period.from, period.to]);
    return rows.map((r) => ({
      dim: r.dim,
      category: r.category,
      consultant: r.consultant,
      displayName: r.display_name,
      decided: r.decided,
      reinstated: r.reinstated,
      reinstatementRate: r.reinstatement_rate,
      roundsMedian: r.rounds_median,
      roundsMean: r.rounds_mean,
      drafted: r.drafted,
      withoutDraft: r.without_draft,
      hoursMedian: r.hours_median,
      hoursMean: r.hours_mean,
    }));
  }
}
