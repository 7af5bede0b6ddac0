import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor, type Role } from '@reinstate/platform';
import { Membership, type MembershipStatus } from './membership.entity';

export interface MemberRow {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  status: MembershipStatus;
  createdAt: Date;
}

export interface UserTenantRow {
  membershipId: string;
  tenantId: string;
  tenantName: string;
  role: Role;
}

@Injectable()
export class MembershipRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(m: Membership): Promise<void> {
    await this.db.manager().insert(Membership, m);
  }

  findById(tenantId: string, id: string, lock = false): Promise<Membership | null> {
    const qb = this.db
      .manager()
      .createQueryBuilder(Membership, 'm')
      .where('m.tenant_id = :tenantId AND m.id = :id', { tenantId, id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findByUser(tenantId: string, userId: string): Promise<Membership | null> {
    return this.db.manager().findOneBy(Membership, { tenantId, userId });
  }

  /** Locks the tenant's active admins so two concurrent demotions cannot both pass the last-admin rule. */
  async lockActiveAdmins(tenantId: string): Promise<number> {
    const rows: unknown[] = await this.db
      .manager()
      .query(
        `SELECT id FROM memberships WHERE tenant_id = $1 AND role = 'admin' AND status = 'active' FOR UPDATE`,
        [tenantId],
      );
    return rows.length;
  }

  async update(tenantId: string, id: string, patch: Partial<Pick<Membership, 'role' | 'status' | 'updatedAt'>>): Promise<void> {
    await this.db.manager().update(Membership, { tenantId, id }, patch);
  }

  async activeIdsByRole(tenantId: string, roles: Role[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db
      .manager()
      .query(`SELECT id FROM memberships WHERE tenant_id = $1 AND status = 'active' AND role = ANY($2) ORDER BY created_at, id`, [
        tenantId,
        roles,
      ]);
    return rows.map((r) => r.id);
  }

  /** Active memberships of the current user (app.user_id policy), across tenants. */
  async activeTenantsOfUser(userId: string): Promise<UserTenantRow[]> {
    const rows = await this.db.select<{ membership_id: string; tenant_id: string; tenant_name: string; role: Role }>({
      text: `SELECT m.id AS membership_id, m.tenant_id, t.name AS tenant_name, m.role
               FROM memberships m JOIN tenants t ON t.id = m.tenant_id
              WHERE m.user_id = $1 AND m.status = 'active'
              ORDER BY t.name, m.tenant_id`,
      values: [userId],
    });
    return rows.map((r) => ({ membershipId: r.membership_id, tenantId: r.tenant_id, tenantName: r.tenant_name, role: r.role }));
  }

  async list(
    tenantId: string,
    filter: { role?: Role; status?: MembershipStatus },
    after: KeysetCursor | null,
    limit: number,
  ): Promise<MemberRow[]> {
    const params: unknown[] = [tenantId];
    const where = ['m.tenant_id = $1'];
    if (filter.role) where.push(`m.role = $${params.push(filter.role)}`);
    if (filter.status) where.push(`m.status = $${params.push(filter.status)}`);
    if (after) where.push(`(m.created_at, m.id) > ($${params.push(after.at)}::timestamptz, $${params.push(after.id)}::uuid)`);
    const rows: MemberDbRow[] = await this.db.manager().query(
      `SELECT ${MEMBER_COLUMNS}
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE ${where.join(' AND ')}
        ORDER BY m.created_at, m.id
        LIMIT $${params.push(limit + 1)}`,
      params,
    );
    return rows.map(toMemberRow);
  }

  async memberRow(tenantId: string, id: string): Promise<MemberRow | null> {
    const rows: MemberDbRow[] = await this.db.manager().query(
      `SELECT ${MEMBER_COLUMNS}
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND m.id = $2`,
      [tenantId, id],
    );
    return rows[0] ? toMemberRow(rows[0]) : null;
  }
}

const MEMBER_COLUMNS = 'm.id, m.user_id, u.email, u.display_name, m.role, m.status, m.created_at';

interface MemberDbRow {
  id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  status: MembershipStatus;
  created_at: Date;
}

function toMemberRow(r: MemberDbRow): MemberRow {
  return {
    id: r.id,
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    status: r.status,
    createdAt: r.created_at,
  };
}
