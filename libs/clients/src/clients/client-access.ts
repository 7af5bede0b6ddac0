import { Injectable } from '@nestjs/common';
import { TenantDb, type Actor } from '@reinstate/platform';
import { canSeeClient } from './client-access.policy';
import type { Client } from './client.entity';
import { ClientRepository } from './client.repository';
import { ClientErrors } from './clients.errors';

/**
 * Which seller account an actor may see: staff the tenant's, a client user its own. One provider
 * for ClientService and ClientMembershipService alike (the latter cannot take ClientService: that
 * one starts the default trial through it).
 */
@Injectable()
export class ClientAccess {
  constructor(
    private readonly db: TenantDb,
    private readonly clients: ClientRepository,
  ) {}

  /** The client account a client user belongs to; null for staff. */
  ownClientId(actor: Actor): Promise<string | null> {
    if (actor.role !== 'client') return Promise.resolve(null);
    return this.db.run({ tenantId: actor.tenantId }, () => this.clients.clientIdOfMembership(actor.tenantId, actor.membershipId));
  }

  /** The client if the actor may see it, else the same 404 as a missing one. Joins the caller's transaction. */
  async visible(actor: Actor, id: string): Promise<Client> {
    const client = await this.clients.findById(actor.tenantId, id);
    if (!client || !canSeeClient(actor, client.id, await this.ownClientId(actor))) throw ClientErrors.notFound();
    return client;
  }
}
