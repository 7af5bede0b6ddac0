import type { ClientMembership, MembershipPlan } from './membership-plan.entity';
import { changeKind, effectiveStatus, entitlementsOf, grants, periodEnd, plansGranting } from './membership.policy';

const now = new Date('2026-11-25T00:00:00Z');
const plan = (over: Partial<MembershipPlan>): MembershipPlan =>
  ({ id: 'p', tier: 'full', emergencySupport: true, maxOpenCases: null, emergencyResponseMinutes: 60, termDays: null, active: true, ...over }) as MembershipPlan;
const period = (over: Partial<ClientMembership>): ClientMembership => ({ status: 'active', endsAt: null, ...over }) as ClientMembership;

describe('membership policy', () => {
  it('reads a trial past its end as expired even while the row still says active', () => {
    expect(effectiveStatus(period({ endsAt: new Date('2026-11-24T23:59:59Z') }), now)).toBe('expired');
    expect(effectiveStatus(period({ endsAt: new Date('2026-11-25T00:00:01Z') }), now)).toBe('active');
    expect(effectiveStatus(period({ status: 'cancelled' }), now)).toBe('cancelled');
  });

  it('grants nothing after expiry', () => {
    const expired = { membership: period({ endsAt: new Date('2026-11-01T00:00:00Z') }), plan: plan({ tier: 'trial', emergencySupport: false, maxOpenCases: 5 }) };
    expect(entitlementsOf(expired, now)).toEqual({ emergencySupport: false, maxOpenCases: 0, emergencyResponseMinutes: null });
    expect(grants(entitlementsOf(expired, now), 'open_case', 0)).toBe(false);
  });

  it('never grants emergency support on a trial, even if the row were wrong', () => {
    const trial = { membership: period({}), plan: plan({ tier: 'trial', emergencySupport: true }) };
    expect(entitlementsOf(trial, now).emergencySupport).toBe(false);
    expect(entitlementsOf({ membership: period({}), plan: plan({}) }, now)).toEqual({ emergencySupport: true, maxOpenCases: null, emergencyResponseMinutes: 60 });
  });

  it('limits open cases', () => {
    const e = entitlementsOf({ membership: period({}), plan: plan({ maxOpenCases: 2 }) }, now);
    expect([grants(e, 'open_case', 1), grants(e, 'open_case', 2)]).toEqual([true, false]);
  });

  it('names the plans that would grant an entitlement', () => {
    const plans = [plan({ id: 'trial', tier: 'trial', emergencySupport: false }), plan({ id: 'full' }), plan({ id: 'old', active: false })];
    expect(plansGranting(plans, 'emergency_support').map((p) => p.id)).toEqual(['full']);
  });

  it('names changes by tier', () => {
    const trial = plan({ id: 't', tier: 'trial' });
    const full = plan({ id: 'f' });
    expect([changeKind(null, trial), changeKind(trial, full), changeKind(full, trial), changeKind(full, full)]).toEqual([
      'trial_started',
      'upgraded',
      'downgraded',
      'renewed',
    ]);
    expect(periodEnd(now, { termDays: 14 })?.toISOString()).toBe('2026-12-09T00:00:00.000Z');
    expect(periodEnd(now, { termDays: null })).toBeNull();
  });
});
