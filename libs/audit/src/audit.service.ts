import { Injectable } from '@nestjs/common';
import {
  Actor,
  Clock,
  TenantDb,
  clampLimit,
  decodeCursor,
  isSystemActor,
  newId,
  requireRole,
  toPage,
  type Page,
} from '@reinstate/platform';
import { AuditEvent } from './audit-event.entity';
import { AuditRepository, type AuditFilter } from './audit.repository';
import { changeSummary } from './audit-summary.policy';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditListQuery extends AuditFilter {
  cursor?: string;
  limit?: number;
}

/**
 * The append-only audit log. `record` joins the caller's transaction (TenantDb refuses to
 * run outside one), so an action and its audit row commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly db: TenantDb,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, entry: AuditEntry): Promise<void> {
    const event = new AuditEvent();
    event.tenantId = actor.tenantId;
    event.id = newId();
    event.occurredAt = this.clock.now();
    event.actorUserId = isSystemActor(actor) ? null : actor.userId;
    event.actorRole = isSystemActor(actor) ? 'system' : actor.role;
    event.action = entry.action;
    event.entityType = entry.entityType;
    event.entityId = entry.entityId;
    event.requestId = this.db.requestId();
    event.summary = changeSummary(entry.before ?? null, entry.after ?? null);
    await this.repo.insert(event);
  }

  async list(actor: Actor, query: AuditListQuery): Promise<Page<AuditEvent>> {
    requireRole(actor, ['admin']);
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () =>
      this.repo.list(actor.tenantId, query, after, limit),
    );
    return toPage(rows, limit, (e) => ({ at: e.occurredAt.toISOString(), id: e.id }));
  }
}
