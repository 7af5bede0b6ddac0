import { Injectable } from '@nestjs/common';
import { Actor, Clock, TenantDb, clampLimit, decodeCursor, newId, toPage, type Page } from '@reinstate/platform';
import { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';

export interface NotifyInput {
  recipients: string[];
  kind: string;
  subjectType: string;
  subjectId: string | null;
  payload?: Record<string, unknown>;
}

/**
 * In-app notifications. `notify` joins the caller's transaction, so a notification exists
 * exactly when the change that caused it does. E-mail delivery comes with the worker issue.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async notify(actor: Actor, input: NotifyInput): Promise<void> {
    const now = this.clock.now();
    const recipients = [...new Set(input.recipients)].filter((r) => r !== actor.membershipId);
    await this.db.run({ tenantId: actor.tenantId }, () =>
      this.repo.insertMany(
        recipients.map((recipient) =>
          Object.assign(new Notification(), {
            tenantId: actor.tenantId,
            id: newId(),
            recipientMembershipId: recipient,
            kind: input.kind,
            subjectType: input.subjectType,
            subjectId: input.subjectId,
            payload: input.payload ?? {},
            createdAt: now,
            readAt: null,
          }),
        ),
      ),
    );
  }

  async listMine(actor: Actor, query: { unread?: boolean; cursor?: string; limit?: number }): Promise<Page<Notification>> {
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () =>
      this.repo.list(actor.tenantId, actor.membershipId, query.unread === true, after, limit),
    );
    return toPage(rows, limit, (n) => ({ at: n.createdAt.toISOString(), id: n.id }));
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.repo.unreadCount(actor.tenantId, actor.membershipId));
  }

  markRead(actor: Actor, ids: string[] | null): Promise<number> {
    return this.db.run({ tenantId: actor.tenantId }, () =>
      this.repo.markRead(actor.tenantId, actor.membershipId, ids, this.clock.now()),
    );
  }
}
