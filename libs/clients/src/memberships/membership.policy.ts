import type { ClientMembership, MembershipPlan, MembershipStatus } from './membership-plan.entity';

/**
 * The status as of `now`: an active period whose end has passed reads expired, whether or not
 * a job has updated the row yet.
 */
export function effectiveStatus(m: Pick<ClientMembership, 'status' | 'endsAt'>, now: Date): MembershipStatus {
  if (m.status === 'active' && m.endsAt && m.endsAt.getTime() <= now.getTime()) return 'expired';
  return m.status;
}

export type Entitlement = 'emergency_support' | 'open_case';

export interface Entitlements {
  emergencySupport: boolean;
  /** null = no limit; 0 when there is no active membership. */
  maxOpenCases: number | null;
  emergencyResponseMinutes: number | null;
}

export const NO_ENTITLEMENTS: Entitlements = { emergencySupport: false, maxOpenCases: 0, emergencyResponseMinutes: null };

/** What a client may do now. A trial never grants emergency support, whatever the row says. */
export function entitlementsOf(current: { membership: ClientMembership; plan: MembershipPlan } | null, now: Date): Entitlements {
  if (!current || effectiveStatus(current.membership, now) !== 'active') return NO_ENTITLEMENTS;
  const { plan } = current;
  return {
    emergencySupport: plan.tier === 'full' && plan.emergencySupport,
    maxOpenCases: plan.maxOpenCases,
    emergencyResponseMinutes: plan.tier === 'full' && plan.emergencySupport ? plan.emergencyResponseMinutes : null,
  };
}

/** Does the client have the entitlement (given how many cases it has open, for open_case)? */
export function grants(e: Entitlements, entitlement: Entitlement, openCases = 0): boolean {
  if (entitlement === 'emergency_support') return e.emergencySupport;
  return e.maxOpenCases === null || openCases < e.maxOpenCases;
}

/** Plans that would grant it, to offer the upgrade. */
export function plansGranting(plans: MembershipPlan[], entitlement: Entitlement, openCases = 0): MembershipPlan[] {
  return plans.filter(
    (p) =>
      p.active &&
      (entitlement === 'emergency_support' ? p.tier === 'full' && p.emergencySupport : p.maxOpenCases === null || openCases < p.maxOpenCases),
  );
}

/** The audit name of a plan change, from the tiers before and after. */
export function changeKind(from: MembershipPlan | null, to: MembershipPlan): 'trial_started' | 'upgraded' | 'downgraded' | 'renewed' | 'plan_changed' | 'started' {
  if (!from) return to.tier === 'trial' ? 'trial_started' : 'started';
  if (from.id === to.id) return 'renewed';
  if (from.tier === 'trial' && to.tier === 'full') return 'upgraded';
  if (from.tier === 'full' && to.tier === 'trial') return 'downgraded';
  return 'plan_changed';
}

/** End of a period that starts at `start` on `plan` (null = open-ended). */
export function periodEnd(start: Date, plan: Pick<MembershipPlan, 'termDays'>): Date | null {
  return plan.termDays ? new Date(start.getTime() + plan.termDays * 86_400_000) : null;
}
