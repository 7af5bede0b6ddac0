/** What presenting a refresh token means, decided from its stored state alone. */
export type RefreshDecision = 'rotate' | 'reused' | 'revoked' | 'expired';

export interface RefreshTokenState {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/**
 * A spent token presented again means it was stolen or replayed: the whole family is revoked
 * (OAuth 2.0 Security BCP, refresh token rotation). Revocation wins over everything.
 */
export function decideRefresh(token: RefreshTokenState, now: Date): RefreshDecision {
  if (token.revokedAt) return 'revoked';
  if (token.usedAt) return 'reused';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}

/** Refresh tokens read `rt_<tenant uuid>_<secret>`: the tenant part picks the RLS scope for the look-up. */
export function parseRefreshToken(raw: string): { tenantId: string; secret: string } | null {
  const match = /^rt_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/.exec(raw);
  return match ? { tenantId: match[1]!, secret: match[2]! } : null;
}

export function formatRefreshToken(tenantId: string, secret: string): string {
  return `rt_${tenantId}_${secret}`;
}
