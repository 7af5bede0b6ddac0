import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { Notification } from './notification.entity';

@Injectable()
export class NotificationRepository {
  constructor(private readonly db: TenantDb) {}

  async insertMany(rows: Notification[]): Promise<void> {
    if (rows.length > 0) await this.db.manager().insert(Notification, rows);
  }

  /** Newest first, for one recipient; served by (tenant_id, recipient_membership_id, created_at DESC, id DESC). */
  list(tenantId: string, recipient: string, unreadOnly: boolean, after: KeysetCursor | null, limit: number): Promise<Notification[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(Notification, 'n')
      .where('n.tenant_id = :tenantId AND n.recipient_membership_id = :recipient', { tenantId, recipient });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (after) qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(limit + 1).getMany();
  }

  async unreadCount(tenantId: string, recipient: string): Promise<number> {
    const rows: { n: number }[] = await this.db
      .manager()
      .query(
        'SELECT count(*)::int AS n FROM notifications WHERE tenant_id = $1 AND recipient_membership_id = $2 AND read_at IS NULL',
        [tenantId, recipient],
      );
    return rows[0]?.n ?? 0;
  }

  /** Marks the given (or all) unread notifications of the recipient read; returns how many changed. */
  async markRead(tenantId: string, recipient: string, ids: string[] | null, at: Date): Promise<number> {
    const params: unknown[] = [tenantId, recipient, at];
    const only = ids ? `AND id = ANY($${params.push(ids)})` : '';
    const res: [unknown[], number] = await this.db
      .manager()
      .query(
        `UPDATE notifications SET read_at = $3 WHERE tenant_id = $1 AND recipient_membership_id = $2 AND read_at IS NULL ${only}`,
        params,
      );
    return res[1];
  }
}
