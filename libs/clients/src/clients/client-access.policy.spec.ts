import type { Actor } from '@reinstate/platform';
import { canSeeClient, forbiddenClientField } from './client-access.policy';

const actor = (role: Actor['role']): Actor => ({ role, tenantId: 't', userId: 'u', membershipId: 'm' });

describe('client access', () => {
  it('lets staff see every client and a client user only its own', () => {
    expect(canSeeClient(actor('consultant'), 'c1', null)).toBe(true);
    expect(canSeeClient(actor('client'), 'c1', 'c1')).toBe(true);
    expect(canSeeClient(actor('client'), 'c1', 'c2')).toBe(false);
    expect(canSeeClient(actor('client'), 'c1', null)).toBe(false);
  });

  it('keeps the internal note to staff', () => {
    expect(forbiddenClientField(actor('client'), { storeName: 'x', internalNote: 'y' })).toBe('internalNote');
    expect(forbiddenClientField(actor('client'), { storeName: 'x', internalNote: undefined })).toBeNull();
    expect(forbiddenClientField(actor('admin'), { internalNote: 'y' })).toBeNull();
  });
});
