import { removesLastAdmin } from './membership.policy';
import { invitationState } from '../invitations/invitation.policy';

describe('removesLastAdmin', () => {
  const admin = { role: 'admin' as const, status: 'active' as const };
  it('refuses demoting the only admin', () => {
    expect(removesLastAdmin(admin, { role: 'consultant', status: 'active' }, 1)).toBe(true);
  });
  it('refuses suspending the only admin', () => {
    expect(removesLastAdmin(admin, { role: 'admin', status: 'suspended' }, 1)).toBe(true);
  });
  it('allows it when another admin remains', () => {
    expect(removesLastAdmin(admin, { role: 'consultant', status: 'active' }, 2)).toBe(false);
  });
  it('ignores changes to non-admins', () => {
    expect(removesLastAdmin({ role: 'client', status: 'active' }, { role: 'client', status: 'suspended' }, 1)).toBe(false);
  });
});

describe('invitationState', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  const future = new Date('2026-11-26T00:00:00Z');
  it.each([
    [{ acceptedAt: now, revokedAt: null, expiresAt: future }, 'accepted'],
    [{ acceptedAt: null, revokedAt: now, expiresAt: future }, 'revoked'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: now }, 'expired'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: future }, 'pending'],
  ])('%o is %s', (inv, state) => expect(invitationState(inv, now)).toBe(state));
});
