import { DomainError } from './errors/domain-error';

export const ROLES = ['admin', 'consultant', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the first argument of every service method. */
export interface Actor {
  userId: string;
  tenantId: string;
  role: Role;
  membershipId: string;
}

/** The worker acts for a tenant without a human; audited as role 'system'. */
export function systemActor(tenantId: string): Actor & { system: true } {
  return { userId: '00000000-0000-0000-0000-000000000000', tenantId, role: 'admin', membershipId: '00000000-0000-0000-0000-000000000000', system: true };
}

export function isSystemActor(actor: Actor): boolean {
  return (actor as { system?: boolean }).system === true;
}

/** Services re-check the role the controller's guard already checked: libraries are reachable from the worker too. */
export function requireRole(actor: Actor, allowed: readonly Role[]): void {
  if (!allowed.includes(actor.role)) {
    throw new DomainError('FORBIDDEN_ROLE', 'forbidden', `This action needs one of the roles: ${allowed.join(', ')}.`, [
      { issue: 'role', allowed: [...allowed], actual: actor.role },
    ]);
  }
}
