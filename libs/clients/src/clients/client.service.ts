import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService, pickFields } from '@reinstate/audit';
import { InvitationHooks, InvitationService, MembershipService, type CreatedInvitation } from '@reinstate/identity';
import {
  Actor,
  Clock,
  TenantDb,
  clampLimit,
  decodeCursor,
  newId,
  requireRole,
  toPage,
  type Page,
} from '@reinstate/platform';
import { isUniqueViolation } from '@reinstate/platform';
import { forbiddenClientField, isStaff, STAFF_ROLES } from './client-access.policy';
import { Client } from './client.entity';
import { ClientRepository, type ClientFilter, type ClientUserRow } from './client.repository';
import { ClientErrors } from './clients.errors';
import { ClientAccess } from './client-access';
import { ClientMembershipService } from '../memberships/client-membership.service';

export interface ClientInput {
  companyName: string;
  marketplace?: string;
  sellerId?: string | null;
  storeName?: string | null;
  usesFba?: boolean;
  preferredLanguage?: 'ja' | 'en';
  contactPhone?: string | null;
  internalNote?: string | null;
}

export type ClientPatch = Partial<ClientInput>;

/** Seller accounts: staff manage them, client users see and edit only their own. */
@Injectable()
export class ClientService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly clients: ClientRepository,
    private readonly invitations: InvitationService,
    private readonly members: MembershipService,
    private readonly hooks: InvitationHooks,
    private readonly audit: AuditService,
    private readonly memberships: ClientMembershipService,
    private readonly access: ClientAccess,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // An accepted client invitation makes the new member a user of its client.
    this.hooks.onAccepted(async ({ actor, invitationId }) => {
      const clientId = await this.clients.clientOfInvitation(actor.tenantId, invitationId);
      if (clientId) await this.clients.linkUser(actor.tenantId, clientId, actor.membershipId, this.clock.now());
    });
  }

  async create(actor: Actor, input: ClientInput): Promise<Client> {
    requireRole(actor, STAFF_ROLES);
    const now = this.clock.now();
    const client = Object.assign(new Client(), {
      tenantId: actor.tenantId,
      id: newId(),
      companyName: input.companyName.trim(),
      marketplace: input.marketplace ?? 'amazon.co.jp',
      sellerId: input.sellerId ?? null,
      storeName: input.storeName ?? null,
      usesFba: input.usesFba ?? false,
      preferredLanguage: input.preferredLanguage ?? 'ja',
      contactPhone: input.contactPhone ?? null,
      internalNote: input.internalNote ?? null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.insertChecked(client);
      // New clients start on the consultancy's free trial.
      await this.memberships.startDefaultTrial(actor, client.id);
      await this.audit.record(actor, {
        action: 'client.created',
        entityType: 'client',
        entityId: client.id,
        after: { companyName: client.companyName, marketplace: client.marketplace, sellerId: client.sellerId },
      });
      return client;
    });
  }

  async list(actor: Actor, query: ClientFilter & { cursor?: string; limit?: number }): Promise<Page<Client>> {
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, async () => {
      const filter: ClientFilter = { q: query.q, marketplace: query.marketplace, usesFba: query.usesFba };
      if (!isStaff(actor)) {
        const own = await this.ownClientId(actor);
        if (!own) return [];
        filter.onlyId = own;
      }
      return this.clients.list(actor.tenantId, filter, after, limit);
    });
    return toPage(rows, limit, (c) => ({ at: c.createdAt.toISOString(), id: c.id }));
  }

  get(actor: Actor, id: string): Promise<Client> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.visible(actor, id));
  }

  update(actor: Actor, id: string, version: number, patch: ClientPatch): Promise<Client> {
    const field = forbiddenClientField(actor, patch as Record<string, unknown>);
    if (field) throw ClientErrors.fieldNotEditable(field);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.visible(actor, id);
      if (before.version !== version) throw ClientErrors.versionConflict(visibleFields(actor, before));
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Client>;
      try {
        const ok = await this.clients.updateIfVersion(actor.tenantId, id, version, { ...changes, updatedAt: this.clock.now() });
        if (!ok) throw ClientErrors.versionConflict(visibleFields(actor, await this.clients.findById(actor.tenantId, id)));
      } catch (err) {
        if (isUniqueViolation(err, 'clients_seller_idx')) throw ClientErrors.sellerIdTaken();
        throw err;
      }
      await this.audit.record(actor, {
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        before: pickFields(before, Object.keys(changes)),
        after: changes,
      });
      return (await this.clients.findById(actor.tenantId, id))!;
    });
  }

  users(actor: Actor, clientId: string): Promise<ClientUserRow[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visible(actor, clientId);
      return this.clients.users(actor.tenantId, clientId);
    });
  }

  /** Invites a person as a user of this client; accepting links them (see onModuleInit). */
  inviteUser(actor: Actor, clientId: string, email: string): Promise<CreatedInvitation> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visible(actor, clientId);
      const created = await this.invitations.create(actor, { email, role: 'client' });
      await this.clients.addPendingInvitation(actor.tenantId, created.invitation.id, clientId);
      return created;
    });
  }

  linkUser(actor: Actor, clientId: string, membershipId: string): Promise<ClientUserRow[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visible(actor, clientId);
      const member = await this.members.find(actor, membershipId);
      if (!member) throw ClientErrors.memberNotFound();
      if (member.role !== 'client') throw ClientErrors.notAClientUser();
      try {
        await this.clients.linkUser(actor.tenantId, clientId, membershipId, this.clock.now());
      } catch (err) {
        if (isUniqueViolation(err)) throw ClientErrors.userAlreadyLinked();
        throw err;
      }
      await this.audit.record(actor, { action: 'client.user_linked', entityType: 'client', entityId: clientId, after: { membershipId } });
      return this.clients.users(actor.tenantId, clientId);
    });
  }

  unlinkUser(actor: Actor, clientId: string, membershipId: string): Promise<void> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visible(actor, clientId);
      if (!(await this.clients.unlinkUser(actor.tenantId, clientId, membershipId))) throw ClientErrors.memberNotFound();
      await this.audit.record(actor, { action: 'client.user_unlinked', entityType: 'client', entityId: clientId, before: { membershipId } });
    });
  }

  /** Membership ids of a client's users, for notifying them (no access check: callers have done it). */
  async userMembershipIds(actor: Actor, clientId: string): Promise<string[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () =>
      (await this.clients.users(actor.tenantId, clientId)).filter((u) => u.status === 'active').map((u) => u.membershipId),
    );
  }

  /** The client a client user belongs to (null for staff or an unlinked client user). */
  ownClientId(actor: Actor): Promise<string | null> {
    return this.access.ownClientId(actor);
  }

  /** The client if the actor may see it; otherwise the same 404 as a missing one. */
  private visible(actor: Actor, id: string): Promise<Client> {
    return this.access.visible(actor, id);
  }

  private async insertChecked(client: Client): Promise<void> {
    try {
      await this.clients.insert(client);
    } catch (err) {
      if (isUniqueViolation(err, 'clients_seller_idx')) throw ClientErrors.sellerIdTaken();
      throw err;
    }
  }
}


/** What a conflict may show of the current record: client users never see the internal note. */
function visibleFields(actor: Actor, c: Client | null): Partial<Client> | null {
  if (!c || isStaff(actor)) return c;
  const { internalNote: _n, ...rest } = c;
  return rest;
}
