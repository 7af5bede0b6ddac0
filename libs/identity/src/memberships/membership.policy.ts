import type { Role } from '@reinstate/platform';
import type { MembershipStatus } from './membership.entity';

/**
 * Would this change leave the tenant without an active admin? `activeAdmins` counts the
 * active admins before the change, including the member being changed.
 */
export function removesLastAdmin(
  current: { role: Role; status: MembershipStatus },
  next: { role: Role; status: MembershipStatus },
  activeAdmins: number,
): boolean {
  const wasActiveAdmin = current.role === 'admin' && current.status === 'active';
  const staysActiveAdmin = next.role === 'admin' && next.status === 'active';
  return wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1;
}
