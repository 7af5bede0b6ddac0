import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import {
  Actor,
  Clock,
  TenantDb,
  clampLimit,
  decodeCursor,
  requireRole,
  toPage,
  type Page,
  type Role,
} from '@reinstate/platform';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { IdentityErrors } from '../identity.errors';
import type { MembershipStatus } from './membership.entity';
import { MembershipRepository, type MemberRow } from './membership.repository';
import { removesLastAdmin } from './membership.policy';

export interface MemberListQuery {
  role?: Role;
  status?: MembershipStatus;
  cursor?: string;
  limit?: number;
}

/** Staff and client members of a tenant: admins manage them, consultants can look them up. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly db: TenantDb,
    private readonly memberships: MembershipRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: MemberListQuery): Promise<Page<MemberRow>> {
    requireRole(actor, ['admin', 'consultant']);
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () =>
      this.memberships.list(actor.tenantId, query, after, limit),
    );
    return toPage(rows, limit, (m) => ({ at: m.createdAt.toISOString(), id: m.id }));
  }

  /** Who to tell about something, e.g. every active admin. For services, not for listing. */
  activeMembershipIds(actor: Actor, roles: Role[]): Promise<string[]> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.memberships.activeIdsByRole(actor.tenantId, roles));
  }

  /** A member's role and status, for other libraries' checks (e.g. "is this a client user?"). */
  find(actor: Actor, id: string): Promise<MemberRow | null> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.memberships.memberRow(actor.tenantId, id));
  }

  get(actor: Actor, id: string): Promise<MemberRow> {
    requireRole(actor, ['admin', 'consultant']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const row = await this.memberships.memberRow(actor.tenantId, id);
      if (!row) throw IdentityErrors.membershipNotFound();
      return row;
    });
  }

  /** Changes a member's role or status; suspending one ends its sessions. */
  update(actor: Actor, id: string, patch: { role?: Role; status?: MembershipStatus }): Promise<MemberRow> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const activeAdmins = await this.memberships.lockActiveAdmins(actor.tenantId);
      const current = await this.memberships.findById(actor.tenantId, id, true);
      if (!current) throw IdentityErrors.membershipNotFound();
      const next = { role: patch.role ?? current.role, status: patch.status ?? current.status };
      if (removesLastAdmin(current, next, activeAdmins)) throw IdentityErrors.lastAdmin();
      const now = this.clock.now();
      await this.memberships.update(actor.tenantId, id, { ...next, updatedAt: now });
      if (next.status === 'suspended' && current.status !== 'suspended') {
        await this.refreshTokens.revokeMembership(actor.tenantId, id, now);
      }
      await this.audit.record(actor, {
        action: 'membership.updated',
        entityType: 'membership',
        entityId: id,
        before: { role: current.role, status: current.status },
        after: next,
      });
      return (await this.memberships.memberRow(actor.tenantId, id))!;
    });
  }
}
