import type { Actor } from '@reinstate/platform';

export const STAFF_ROLES = ['admin', 'consultant'] as const;

export function isStaff(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'consultant';
}

/** Fields a client user may change on its own client; the rest is the consultancy's. */
export const CLIENT_EDITABLE_FIELDS = new Set(['companyName', 'storeName', 'sellerId', 'usesFba', 'preferredLanguage', 'contactPhone', 'marketplace']);

/** A client user sees only its own client; staff see every client of the tenant. */
export function canSeeClient(actor: Actor, clientId: string, ownClientId: string | null): boolean {
  return isStaff(actor) || (actor.role === 'client' && ownClientId === clientId);
}

/** The first field of a patch that a client user may not change, if any. */
export function forbiddenClientField(actor: Actor, patch: Record<string, unknown>): string | null {
  if (isStaff(actor)) return null;
  return Object.keys(patch).find((k) => patch[k] !== undefined && !CLIENT_EDITABLE_FIELDS.has(k)) ?? null;
}
