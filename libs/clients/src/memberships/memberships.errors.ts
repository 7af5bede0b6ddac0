import { DomainError, NotFoundError } from '@reinstate/platform';
import type { Entitlement } from './membership.policy';

export const MembershipErrors = {
  planNotFound: () => new NotFoundError('PLAN_NOT_FOUND', 'No such membership plan.'),
  trialWithEmergency: () =>
    new DomainError(
      'TRIAL_PLAN_CANNOT_HAVE_EMERGENCY_SUPPORT',
      'unprocessable',
      'Emergency support is for full members only; a trial-tier plan cannot include it.',
      [{ field: 'emergencySupport', issue: 'trial_tier' }],
    ),
  trialNeedsLength: () =>
    new DomainError('TRIAL_LENGTH_REQUIRED', 'invalid', 'A trial-tier plan needs its length in days.', [{ field: 'termDays', issue: 'required' }]),
  planInactive: () => new DomainError('PLAN_INACTIVE', 'conflict', 'This plan is no longer offered.', [{ field: 'planId', issue: 'inactive' }]),
  noActiveMembership: () => new DomainError('NO_ACTIVE_MEMBERSHIP', 'conflict', 'The client has no active membership to cancel.'),
  entitlementRequired: (entitlement: Entitlement, plans: { id: string; nameJa: string; nameEn: string }[]) =>
    new DomainError(
      'ENTITLEMENT_REQUIRED',
      'forbidden',
      entitlement === 'emergency_support'
        ? 'Emergency support is for full members; upgrade the membership to use it.'
        : 'The membership does not allow another open case; upgrade or close a case.',
      [{ issue: 'entitlement', entitlement, grantedBy: plans.map((p) => ({ planId: p.id, nameJa: p.nameJa, nameEn: p.nameEn })) }],
    ),
};
