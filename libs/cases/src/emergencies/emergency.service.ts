import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ReminderService } from '@reinstate/reminders';
import { ClientMembershipService, ClientService, isStaff, STAFF_ROLES } from '@reinstate/clients';
import { MembershipService } from '@reinstate/identity';
import { NotificationService } from '@reinstate/notifications';
import { Actor, Clock, DomainError, NotFoundError, TenantDb, clampLimit, decodeCursor, newId, requireRole, toPage, type Page } from '@reinstate/platform';
import { CaseRepository } from '../cases/case.repository';
import { CaseService, type OpenCaseInput } from '../cases/case.service';
import { OnCallService } from '../on-call/on-call.service';
import { ServiceClockService } from '../service-clock/service-clock.service';
import { TimelineService } from '../timeline/timeline.service';
import { Emergency } from './emergency.entity';

export interface RaiseEmergencyInput {
  caseId?: string;
  /** Open a new case together with the emergency. */
  newCase?: OpenCaseInput;
  /** Staff raising on behalf of a client. */
  clientId?: string;
  description: string;
  callbackNumber: string;
}

export const EmergencyErrors = {
  notFound: () => new NotFoundError('EMERGENCY_NOT_FOUND', 'No such emergency.'),
  caseOrNew: () =>
    new DomainError('CASE_REQUIRED', 'invalid', 'Name an existing case (caseId) or describe a new one (newCase), not both.', [{ field: 'caseId', issue: 'exactly_one' }]),
  alreadyAcknowledged: () => new DomainError('ALREADY_ACKNOWLEDGED', 'conflict', 'This emergency was already acknowledged.'),
};

/** Emergency support: full members only; lands with the on-call consultant (or every admin). */
@Injectable()
export class EmergencyService {
  constructor(
    private readonly db: TenantDb,
    private readonly cases: CaseService,
    private readonly caseRepo: CaseRepository,
    private readonly clients: ClientService,
    private readonly entitlements: ClientMembershipService,
    private readonly onCall: OnCallService,
    private readonly members: MembershipService,
    private readonly timeline: TimelineService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly reminders: ReminderService,
    private readonly serviceClock: ServiceClockService,
    private readonly clock: Clock,
  ) {}

  raise(actor: Actor, input: RaiseEmergencyInput): Promise<Emergency> {
    if (!!input.caseId === !!input.newCase) throw EmergencyErrors.caseOrNew();
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const existing = input.caseId ? await this.cases.visible(actor, input.caseId) : null;
      const clientId = existing?.clientId ?? (isStaff(actor) ? input.newCase?.clientId ?? input.clientId : await this.clients.ownClientId(actor));
      if (!clientId) throw new DomainError('CLIENT_REQUIRED', 'invalid', 'Say which client the emergency is for.', [{ field: 'clientId', issue: 'required' }]);
      const granted = await this.entitlements.require(actor, clientId, 'emergency_support');
      const c = existing ?? (await this.cases.open(actor, { ...input.newCase!, clientId: isStaff(actor) ? clientId : undefined })).case;
      const now = this.clock.now();
      const assignee = await this.onCall.onCallAt(actor, now);
      const emergency = Object.assign(new Emergency(), {
        tenantId: actor.tenantId,
        id: newId(),
        caseId: c.id,
        clientId,
        raisedBy: actor.membershipId,
        description: input.description,
        callbackNumber: input.callbackNumber,
        responseTargetMinutes: granted.emergencyResponseMinutes ?? 60,
        assignedMembershipId: assignee,
        raisedAt: now,
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
      await this.db.manager().insert(Emergency, emergency);
      await this.caseRepo.escalate(actor.tenantId, c.id, assignee, now);
      // Critical now, and perhaps a new lead: the service clock takes the critical target.
      await this.serviceClock.priorityChanged(actor, c.id);
      await this.timeline.append(actor, c.id, { kind: 'emergency.raised', payload: { emergencyId: emergency.id, assignedTo: assignee } });
      await this.audit.record(actor, {
        action: 'emergency.raised',
        entityType: 'emergency',
        entityId: emergency.id,
        after: { caseId: c.id, assignedTo: assignee, responseTargetMinutes: emergency.responseTargetMinutes },
      });
      // Not acknowledged within the target: escalate to the admins, then again.
      const admins = await this.members.activeMembershipIds(actor, ['admin']);
      const target = emergency.responseTargetMinutes * 60_000;
      const reminderPayload = { caseId: c.id, caseNumber: c.number, callbackNumber: emergency.callbackNumber, responseTargetMinutes: emergency.responseTargetMinutes };
      await this.reminders.replace(
        actor,
        { type: 'emergency', id: emergency.id },
        'emergency.',
        [1, 2].flatMap((n) =>
          admins.map((r) => ({
            kind: 'emergency.unacknowledged',
            recipientMembershipId: r,
            dueAt: new Date(now.getTime() + n * target),
            uniqueKey: `emergency:${emergency.id}:${n}:${r}`,
            payload: { ...reminderPayload, escalation: n },
          })),
        ),
      );
      await this.notifications.notify(actor, {
        recipients: assignee ? [assignee] : admins,
        kind: 'emergency.raised',
        subjectType: 'emergency',
        subjectId: emergency.id,
        payload: { caseId: c.id, caseNumber: c.number, callbackNumber: emergency.callbackNumber, responseTargetMinutes: emergency.responseTargetMinutes },
      });
      return emergency;
    });
  }

  /** The consultant takes it; the time to acknowledgement is what the response target measures. */
  acknowledge(actor: Actor, id: string): Promise<Emergency> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const e = await this.db.manager().findOne(Emergency, { where: { tenantId: actor.tenantId, id }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw EmergencyErrors.notFound();
      if (e.acknowledgedAt) throw EmergencyErrors.alreadyAcknowledged();
      const now = this.clock.now();
      await this.db.manager().update(Emergency, { tenantId: actor.tenantId, id }, { acknowledgedAt: now, acknowledgedBy: actor.membershipId });
      await this.timeline.append(actor, e.caseId, { kind: 'emergency.acknowledged', payload: { emergencyId: id, secondsToAcknowledge: Math.round((now.getTime() - e.raisedAt.getTime()) / 1000) } });
      await this.reminders.cancel(actor, { type: 'emergency', id });
      await this.audit.record(actor, { action: 'emergency.acknowledged', entityType: 'emergency', entityId: id });
      return { ...e, acknowledgedAt: now, acknowledgedBy: actor.membershipId };
    });
  }

  get(actor: Actor, id: string): Promise<Emergency> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const e = await this.db.manager().findOneBy(Emergency, { tenantId: actor.tenantId, id });
      if (!e) throw EmergencyErrors.notFound();
      await this.cases.visible(actor, e.caseId).catch(() => {
        throw EmergencyErrors.notFound();
      });
      return e;
    });
  }

  /** Staff view, oldest first: what is open and for how long. */
  async list(actor: Actor, query: { open?: boolean; cursor?: string; limit?: number }): Promise<Page<Emergency>> {
    requireRole(actor, STAFF_ROLES);
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () => {
      const qb = this.db.manager().createQueryBuilder(Emergency, 'e').where('e.tenant_id = :tenantId', { tenantId: actor.tenantId });
      if (query.open) qb.andWhere('e.acknowledged_at IS NULL');
      if (after) qb.andWhere('(e.raised_at, e.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
      return qb.orderBy('e.raised_at', 'ASC').addOrderBy('e.id', 'ASC').limit(limit + 1).getMany();
    });
    return toPage(rows, limit, (e) => ({ at: e.raisedAt.toISOString(), id: e.id }));
  }
}
