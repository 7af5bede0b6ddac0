import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { AuditEvent } from './audit-event.entity';

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(event: AuditEvent): Promise<void> {
    await this.db.manager().insert(AuditEvent, event);
  }

  /** Newest first; keyset over (occurred_at, id) served by the (tenant_id, …, occurred_at DESC) indexes. */
  async list(tenantId: string, filter: AuditFilter, after: KeysetCursor | null, limit: number): Promise<AuditEvent[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(AuditEvent, 'e')
      .where('e.tenant_id = :tenantId', { tenantId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) qb.andWhere('e.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });
    if (after) qb.andWhere('(e.occurred_at, e.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit + 1).getMany();
  }
}
