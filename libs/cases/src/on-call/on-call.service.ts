import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { MembershipService, TenantService } from '@reinstate/identity';
import { Actor, Clock, DomainError, NotFoundError, TenantDb, localToUtc, newId, requireRole } from '@reinstate/platform';
import { OnCallShift } from './on-call-shift.entity';

export const OnCallErrors = {
  badTime: (field: string) =>
    new DomainError('INVALID_LOCAL_TIME', 'invalid', `${field} must be a wall-clock time like 2026-11-25T09:00 (the consultancy's time zone).`, [
      { field, issue: 'format' },
    ]),
  endBeforeStart: () => new DomainError('INVALID_SHIFT', 'invalid', 'A shift must end after it starts and last at most 31 days.', [{ field: 'endsAt', issue: 'order' }]),
  notStaff: () =>
    new DomainError('NOT_STAFF', 'unprocessable', 'Only an active consultant or admin can be on call.', [{ field: 'membershipId', issue: 'role' }]),
  notFound: () => new NotFoundError('SHIFT_NOT_FOUND', 'No such on-call shift.'),
};

/** The on-call rota. Admins enter shifts in the consultancy's time zone; they are stored in UTC. */
@Injectable()
export class OnCallService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantService,
    private readonly members: MembershipService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  create(actor: Actor, input: { membershipId: string; startsAt: string; endsAt: string }): Promise<OnCallShift> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { timeZone } = await this.tenants.get(actor);
      const startsAt = localToUtc(input.startsAt, timeZone);
      const endsAt = localToUtc(input.endsAt, timeZone);
      if (!startsAt) throw OnCallErrors.badTime('startsAt');
      if (!endsAt) throw OnCallErrors.badTime('endsAt');
      if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > 31 * 86_400_000) throw OnCallErrors.endBeforeStart();
      const member = await this.members.find(actor, input.membershipId);
      if (!member || member.status !== 'active' || member.role === 'client') throw OnCallErrors.notStaff();
      const shift = Object.assign(new OnCallShift(), {
        tenantId: actor.tenantId,
        id: newId(),
        membershipId: input.membershipId,
        startsAt,
        endsAt,
        createdBy: actor.membershipId,
        createdAt: this.clock.now(),
      });
      await this.db.manager().insert(OnCallShift, shift);
      await this.audit.record(actor, { action: 'on_call.shift_created', entityType: 'on_call_shift', entityId: shift.id, after: { membershipId: shift.membershipId, startsAt, endsAt } });
      return shift;
    });
  }

  /** Shifts overlapping [from, to), earliest first. */
  list(actor: Actor, from: Date, to: Date): Promise<OnCallShift[]> {
    requireRole(actor, ['admin', 'consultant']);
    return this.db.run({ tenantId: actor.tenantId }, () =>
      this.db
        .manager()
        .createQueryBuilder(OnCallShift, 's')
        .where('s.tenant_id = :tenantId AND s.starts_at < :to AND s.ends_at > :from', { tenantId: actor.tenantId, from, to })
        .orderBy('s.starts_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .limit(500)
        .getMany(),
    );
  }

  remove(actor: Actor, id: string): Promise<void> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const res = await this.db.manager().delete(OnCallShift, { tenantId: actor.tenantId, id });
      if (!res.affected) throw OnCallErrors.notFound();
      await this.audit.record(actor, { action: 'on_call.shift_removed', entityType: 'on_call_shift', entityId: id });
    });
  }

  /** Who is on call at `at` (the shift that started first wins), or null. Joins the caller's transaction. */
  async onCallAt(actor: Actor, at: Date): Promise<string | null> {
    const rows: { membership_id: string }[] = await this.db.manager().query(
      `SELECT s.membership_id FROM on_call_shifts s
         JOIN memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id AND m.status = 'active'
        WHERE s.tenant_id = $1 AND s.starts_at <= $2 AND s.ends_at > $2
        ORDER BY s.starts_at, s.id LIMIT 1`,
      [actor.tenantId, at],
    );
    return rows[0]?.membership_id ?? null;
  }
}
