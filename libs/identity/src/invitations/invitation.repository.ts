import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { Invitation } from './invitation.entity';

export type InvitationStatusFilter = 'pending' | 'accepted' | 'revoked' | 'expired';

@Injectable()
export class InvitationRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(inv: Invitation): Promise<void> {
    await this.db.manager().insert(Invitation, inv);
  }

  findById(tenantId: string, id: string, lock = false): Promise<Invitation | null> {
    const qb = this.db
      .manager()
      .createQueryBuilder(Invitation, 'i')
      .where('i.tenant_id = :tenantId AND i.id = :id', { tenantId, id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Pre-tenant look-up by token hash through the SECURITY DEFINER function: yields ids only. */
  async locateByTokenHash(tokenHash: Buffer): Promise<{ tenantId: string; id: string } | null> {
    const rows: { tenant_id: string; id: string }[] = await this.db
      .manager()
      .query('SELECT tenant_id, id FROM auth_invitation_by_token($1)', [tokenHash]);
    return rows[0] ? { tenantId: rows[0].tenant_id, id: rows[0].id } : null;
  }

  async update(
    tenantId: string,
    id: string,
    patch: Partial<Pick<Invitation, 'sentAt' | 'acceptedAt' | 'acceptedMembershipId' | 'revokedAt'>>,
  ): Promise<void> {
    await this.db.manager().update(Invitation, { tenantId, id }, patch);
  }

  async list(
    tenantId: string,
    status: InvitationStatusFilter | undefined,
    now: Date,
    after: KeysetCursor | null,
    limit: number,
  ): Promise<Invitation[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(Invitation, 'i')
      .where('i.tenant_id = :tenantId', { tenantId });
    if (status === 'accepted') qb.andWhere('i.accepted_at IS NOT NULL');
    if (status === 'revoked') qb.andWhere('i.revoked_at IS NOT NULL');
    if (status === 'pending') qb.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', { now });
    if (status === 'expired') qb.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= :now', { now });
    if (after) qb.andWhere('(i.created_at, i.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('i.created_at', 'ASC').addOrderBy('i.id', 'ASC').limit(limit + 1).getMany();
  }
}
