import type { Role } from '@reinstate/platform';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationState(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** Only admins invite; they may invite any role (a consultancy's first consultants come this way). */
export function canInvite(inviterRole: Role, _invitedRole: Role): boolean {
  return inviterRole === 'admin';
}
