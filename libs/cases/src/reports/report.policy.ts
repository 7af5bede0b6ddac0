/**
 * The rules behind the counts and outcome figures: what counts as decided, which dates a period
 * selects on, and how the SQL's rows become a report. Pure: no Nest, no database.
 *
 * Definitions (also in the API description):
 * - decided = `reinstated`, or `closed` with reason `lost`. A `rejected` case is not decided: the
 *   workflow keeps it open until the consultancy either appeals again (back to drafting) or
 *   closes it as lost, so counting it would count some losses twice and some wins as losses.
 *   Cases closed as `withdrawn` or `duplicate` are neither won nor lost and are left out.
 * - decision date = when the case entered its final status (its `case.status_changed` event).
 * - rounds to reinstatement = `case.status_changed` events with `to = 'submitted'` on a case
 *   that ended `reinstated`.
 * - time to first draft = first `plan.revision_saved` event minus the case's `created_at`;
 *   cases without one are left out of the median and mean and counted in `withoutDraft`.
 * - period: `from`/`to` are calendar dates in the tenant's time zone, both inclusive. Outcome
 *   figures (rate, rounds) select cases by decision date; first-draft figures select cases by
 *   creation date (so a case still without a draft is counted as such in its creation period).
 * - a case with several categories counts in each; a case with none only in the overall row.
 * - by consultant = grouped by the case's current lead (null: no lead).
 */
import type { CaseStatus } from '../cases/case.entity';
import { VIOLATION_CATEGORIES, type ViolationCategory } from '../notice-reader/notice-reader.types';

/** Status SQL and the policy agree on: what ends a case as won or lost. */
export const WON_STATUS = 'reinstated' as const;
export const LOST = { status: 'closed', closeReason: 'lost' } as const;
export const SUBMITTED_STATUS = 'submitted' as const;

/** Longest period a report may span; keeps one request's aggregate bounded. */
export const MAX_PERIOD_DAYS = 3660;

export interface ReportPeriod {
  from: string | null;
  to: string | null;
}

export type PeriodProblem = { field: 'from' | 'to'; issue: 'not_a_date' } | { field: 'to'; issue: 'before_from' } | { field: 'to'; issue: 'too_long'; maxDays: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch of a YYYY-MM-DD calendar date, or null when it is no real date. */
export function calendarDay(value: string): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/** What is wrong with a period, if anything. Either end may be open. */
export function periodProblems(period: ReportPeriod): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const from = period.from === null ? null : calendarDay(period.from);
  const to = period.to === null ? null : calendarDay(period.to);
  if (period.from !== null && from === null) problems.push({ field: 'from', issue: 'not_a_date' });
  if (period.to !== null && to === null) problems.push({ field: 'to', issue: 'not_a_date' });
  if (from !== null && to !== null) {
    if (to < from) problems.push({ field: 'to', issue: 'before_from' });
    else if (to - from + 1 > MAX_PERIOD_DAYS) problems.push({ field: 'to', issue: 'too_long', maxDays: MAX_PERIOD_DAYS });
  }
  return problems;
}

/** Every status with its count, in workflow order, zeros included. */
export function fillStatusCounts(statuses: readonly CaseStatus[], rows: readonly { status: string; n: number }[]): { status: CaseStatus; count: number }[] {
  const byStatus = new Map(rows.map((r) => [r.status, r.n]));
  return statuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
}

/** One group's figures as the SQL returns them (numbers already computed there). */
export interface OutcomeRow {
  dim: 'overall' | 'category' | 'consultant';
  category: string | null;
  consultant: string | null;
  displayName: string | null;
  decided: number;
  reinstated: number;
  reinstatementRate: number | null;
  roundsMedian: number | null;
  roundsMean: number | null;
  drafted: number;
  withoutDraft: number;
  hoursMedian: number | null;
  hoursMean: number | null;
}

export interface OutcomeFigures {
  decided: number;
  reinstated: number;
  lost: number;
  reinstatementRate: number | null;
  roundsToReinstatement: { cases: number; median: number | null; mean: number | null };
  timeToFirstDraft: { cases: number; withoutDraft: number; medianHours: number | null; meanHours: number | null };
}

export interface OutcomeReport {
  overall: OutcomeFigures;
  byCategory: (OutcomeFigures & { category: ViolationCategory })[];
  byConsultant: (OutcomeFigures & { membershipId: string | null; displayName: string | null })[];
}

function figures(r: OutcomeRow | undefined): OutcomeFigures {
  if (!r) {
    return {
      decided: 0,
      reinstated: 0,
      lost: 0,
      reinstatementRate: null,
      roundsToReinstatement: { cases: 0, median: null, mean: null },
      timeToFirstDraft: { cases: 0, withoutDraft: 0, medianHours: null, meanHours: null },
    };
  }
  return {
    decided: r.decided,
    reinstated: r.reinstated,
    lost: r.decided - r.reinstated,
    reinstatementRate: r.reinstatementRate,
    roundsToReinstatement: { cases: r.reinstated, median: r.roundsMedian, mean: r.roundsMean },
    timeToFirstDraft: { cases: r.drafted, withoutDraft: r.withoutDraft, medianHours: r.hoursMedian, meanHours: r.hoursMean },
  };
}

/**
 * The report from the SQL's groups. Categories follow the catalogue's order and appear only
 * when a case has them; consultants are ordered by name, the unassigned group last.
 */
export function shapeOutcomeReport(rows: readonly OutcomeRow[]): OutcomeReport {
  const overall = rows.find((r) => r.dim === 'overall');
  const categories = new Map(rows.filter((r) => r.dim === 'category').map((r) => [r.category, r]));
  const consultants = rows.filter((r) => r.dim === 'consultant');
  return {
    overall: figures(overall),
    byCategory: VIOLATION_CATEGORIES.filter((c) => categories.has(c)).map((category) => ({ category, ...figures(categories.get(category)) })),
    byConsultant: [...consultants]
      .sort((a, b) => (a.consultant === null ? 1 : b.consultant === null ? -1 : (a.displayName ?? '').localeCompare(b.displayName ?? '') || a.consultant.localeCompare(b.consultant)))
      .map((r) => ({ membershipId: r.consultant, displayName: r.displayName, ...figures(r) })),
  };
}

/**
 * Admins see every consultant's figures; a consultant sees the overall and category figures
 * (the consultancy's shared experience) but only its own row of the per-consultant ones.
 */
export function visibleToRole(report: OutcomeReport, role: 'admin' | 'consultant', membershipId: string): OutcomeReport {
  if (role === 'admin') return report;
  return { ...report, byConsultant: report.byConsultant.filter((c) => c.membershipId === membershipId) };
}
