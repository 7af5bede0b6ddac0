import { Injectable } from '@nestjs/common';
import { Actor, Clock, TenantDb, clampLimit, decodeCursor, isSystemActor, newId, toPage, type KeysetCursor, type Page } from '@reinstate/platform';
import { CaseEvent } from './case-event.entity';

export interface TimelineEntry {
  kind: string;
  internal?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored as jsonb
  payload?: Record<string, any>;
}

/** Appends to and reads a case's timeline. Appending joins the caller's transaction. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TenantDb,
    private readonly clock: Clock,
  ) {}

  async append(actor: Actor, caseId: string, entry: TimelineEntry): Promise<void> {
    await this.db.manager().insert(CaseEvent, {
      tenantId: actor.tenantId,
      id: newId(),
      caseId,
      occurredAt: this.clock.now(),
      kind: entry.kind,
      actorMembershipId: isSystemActor(actor) ? null : actor.membershipId,
      internal: entry.internal ?? false,
      payload: entry.payload ?? {},
    });
  }

  /**
   * Oldest first. The caller has already checked the actor may see the case; client users
   * get only the shared items.
   */
  async list(actor: Actor, caseId: string, query: { cursor?: string; limit?: number }): Promise<Page<CaseEvent>> {
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () => this.query(actor, caseId, after, limit));
    return toPage(rows, limit, (e) => ({ at: e.occurredAt.toISOString(), id: e.id }));
  }

  private query(actor: Actor, caseId: string, after: KeysetCursor | null, limit: number): Promise<CaseEvent[]> {
    const qb = this.db
      .manager()
      .createQueryBuilder(CaseEvent, 'e')
      .where('e.tenant_id = :tenantId AND e.case_id = :caseId', { tenantId: actor.tenantId, caseId });
    if (actor.role === 'client') qb.andWhere('e.internal = false');
    if (after) qb.andWhere('(e.occurred_at, e.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('e.occurred_at', 'ASC').addOrderBy('e.id', 'ASC').limit(limit + 1).getMany();
  }
}
