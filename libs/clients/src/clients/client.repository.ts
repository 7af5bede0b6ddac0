import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { Client } from './client.entity';

export interface ClientFilter {
  q?: string;
  marketplace?: string;
  usesFba?: boolean;
  /** Restricts to one client (a client user's own). */
  onlyId?: string;
}

export interface ClientUserRow {
  membershipId: string;
  userId: string;
  email: string;
  displayName: string;
  status: string;
}

@Injectable()
export class ClientRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(client: Client): Promise<void> {
    await this.db.manager().insert(Client, client);
  }

  findById(tenantId: string, id: string, lock = false): Promise<Client | null> {
    const qb = this.db.manager().createQueryBuilder(Client, 'c').where('c.tenant_id = :tenantId AND c.id = :id', { tenantId, id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Optimistic update: only when the stored version is the one the caller read. */
  async updateIfVersion(tenantId: string, id: string, version: number, patch: Partial<Client>): Promise<boolean> {
    const res = await this.db
      .manager()
      .createQueryBuilder()
      .update(Client)
      .set({ ...patch, version: () => 'version + 1' })
      .where('tenant_id = :tenantId AND id = :id AND version = :version', { tenantId, id, version })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  list(tenantId: string, filter: ClientFilter, after: KeysetCursor | null, limit: number): Promise<Client[]> {
    const qb = this.db.manager().createQueryBuilder(Client, 'c').where('c.tenant_id = :tenantId', { tenantId });
    if (filter.onlyId) qb.andWhere('c.id = :onlyId', { onlyId: filter.onlyId });
    if (filter.q) {
      // Prefix match on the name (index clients_name_idx), exact on seller id.
      qb.andWhere("(lower(c.company_name) LIKE :prefix ESCAPE '\\' OR c.seller_id = :exact)", {
        prefix: `${filter.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
        exact: filter.q.toUpperCase(),
      });
    }
    if (filter.marketplace) qb.andWhere('c.marketplace = :marketplace', { marketplace: filter.marketplace });
    if (filter.usesFba !== undefined) qb.andWhere('c.uses_fba = :usesFba', { usesFba: filter.usesFba });
    if (after) qb.andWhere('(c.created_at, c.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('c.created_at', 'ASC').addOrderBy('c.id', 'ASC').limit(limit + 1).getMany();
  }

  async clientIdOfMembership(tenantId: string, membershipId: string): Promise<string | null> {
    const rows = await this.db.select<{ client_id: string }>({
      text: 'SELECT client_id FROM client_users WHERE tenant_id = $1 AND membership_id = $2',
      values: [tenantId, membershipId],
    });
    return rows[0]?.client_id ?? null;
  }

  async linkUser(tenantId: string, clientId: string, membershipId: string, at: Date): Promise<void> {
    await this.db
      .manager()
      .query('INSERT INTO client_users (tenant_id, client_id, membership_id, created_at) VALUES ($1, $2, $3, $4)', [
        tenantId,
        clientId,
        membershipId,
        at,
      ]);
  }

  async unlinkUser(tenantId: string, clientId: string, membershipId: string): Promise<boolean> {
    const res: [unknown[], number] = await this.db
      .manager()
      .query('DELETE FROM client_users WHERE tenant_id = $1 AND client_id = $2 AND membership_id = $3', [
        tenantId,
        clientId,
        membershipId,
      ]);
    return res[1] === 1;
  }

  async users(tenantId: string, clientId: string): Promise<ClientUserRow[]> {
    const rows: { membership_id: string; user_id: string; email: string; display_name: string; status: string }[] = await this.db
      .manager()
      .query(
        `SELECT cu.membership_id, m.user_id, u.email, u.display_name, m.status
           FROM client_users cu
           JOIN memberships m ON m.tenant_id = cu.tenant_id AND m.id = cu.membership_id
           JOIN users u ON u.id = m.user_id
          WHERE cu.tenant_id = $1 AND cu.client_id = $2
          ORDER BY cu.created_at, cu.membership_id`,
        [tenantId, clientId],
      );
    return rows.map((r) => ({ membershipId: r.membership_id, userId: r.user_id, email: r.email, displayName: r.display_name, status: r.status }));
  }

  async addPendingInvitation(tenantId: string, invitationId: string, clientId: string): Promise<void> {
    await this.db
      .manager()
      .query('INSERT INTO client_invitations (tenant_id, invitation_id, client_id) VALUES ($1, $2, $3)', [tenantId, invitationId, clientId]);
  }

  async clientOfInvitation(tenantId: string, invitationId: string): Promise<string | null> {
    const rows: { client_id: string }[] = await this.db
      .manager()
      .query('SELECT client_id FROM client_invitations WHERE tenant_id = $1 AND invitation_id = $2', [tenantId, invitationId]);
    return rows[0]?.client_id ?? null;
  }
}
