import type { Invitation, MemberRow, Tenant } from '@reinstate/identity';
import { invitationState } from '@reinstate/identity';
import type { InvitationDto, MemberDto, TenantDto } from './dto/identity.dto';
import { iso } from '../http/iso';

export function presentInvitation(inv: Invitation, now: Date): InvitationDto {
  return {
    id: inv.id,
    email: inv.email,
    role: inv.role,
    status: invitationState(inv, now),
    expiresAt: inv.expiresAt.toISOString(),
    sentAt: iso(inv.sentAt),
    acceptedAt: iso(inv.acceptedAt),
    revokedAt: iso(inv.revokedAt),
    createdAt: inv.createdAt.toISOString(),
  };
}

export function presentMember(m: MemberRow): MemberDto {
  return { ...m, createdAt: m.createdAt.toISOString() };
}

export function presentTenant(t: Tenant): TenantDto {
  return { id: t.id, name: t.name, timeZone: t.timeZone, defaultLocale: t.defaultLocale, createdAt: t.createdAt.toISOString() };
}
