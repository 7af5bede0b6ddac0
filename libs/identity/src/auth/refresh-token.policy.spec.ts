import { decideRefresh, formatRefreshToken, parseRefreshToken } from './refresh-token.policy';

const now = new Date('2026-11-25T00:00:00Z');
const later = new Date('2026-12-25T00:00:00Z');

describe('decideRefresh', () => {
  it('rotates a fresh token', () => {
    expect(decideRefresh({ usedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('rotate');
  });
  it('treats a used token as reuse', () => {
    expect(decideRefresh({ usedAt: now, revokedAt: null, expiresAt: later }, now)).toBe('reused');
  });
  it('lets revocation win over reuse and expiry', () => {
    expect(decideRefresh({ usedAt: now, revokedAt: now, expiresAt: now }, now)).toBe('revoked');
  });
  it('expires at the exact instant', () => {
    expect(decideRefresh({ usedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
  });
});

describe('refresh token format', () => {
  const tenant = '01939e4c-7b1a-7cc0-8a1e-3f9f1c2d4e5f';
  const secret = 'A'.repeat(43);
  it('round-trips', () => {
    expect(parseRefreshToken(formatRefreshToken(tenant, secret))).toEqual({ tenantId: tenant, secret });
  });
  it.each(['', 'rt_x_y', `rt_${tenant}_${'A'.repeat(42)}`, `rt_${tenant}_${secret}x`, `xx_${tenant}_${secret}`])(
    'rejects %p',
    (raw) => expect(parseRefreshToken(raw)).toBeNull(),
  );
});
