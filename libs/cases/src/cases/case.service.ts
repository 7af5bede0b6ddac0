import { Injectable } from '@nestjs/common';
import { AuditService, pickFields } from '@reinstate/audit';
import { canSeeClient, ClientMembershipService, ClientService, isStaff, STAFF_ROLES } from '@reinstate/clients';
import { MembershipService } from '@reinstate/identity';
import { NotificationService } from '@reinstate/notifications';
import { Actor, Clock, TenantDb, clampLimit, decodeSortCursor, newId, requireRole, type Page } from '@reinstate/platform';
import type { Notice } from '../notices/notice.entity';
import { NoticeService, type NoticeInput } from '../notices/notice.service';
import type { CaseEvent } from '../timeline/case-event.entity';
import { TimelineService } from '../timeline/timeline.service';
import { STATUS_CHANGED_EVENT } from '../timeline/timeline-events';
import type { AccountHealthFigures } from './account-health.policy';
import { Case, type CasePriority, type CaseStatus, type CaseSummary } from './case.entity';
import type { Reminder } from '@reinstate/reminders';
import { checkTransition, countsAsUnsuccessfulAppeal, isOpen } from '../workflow/case-status.policy';
import { CaseHooks } from './case-hooks';
import { CaseReminders } from './case-reminders';
import { AssignmentService } from '../assignment/assignment.service';
import { defaultTitle, prefill, suggestedFields, type NoticeFields } from './case-intake.policy';
import { CaseRepository, toSortedPage, type CaseFilter, type CaseSort } from './case.repository';
import { ServiceClockService } from '../service-clock/service-clock.service';
import type { ServiceClockPause } from '../service-clock/service-clock-pause.entity';
import { CaseErrors } from './cases.errors';

export interface OpenCaseInput extends Partial<NoticeFields>, Partial<AccountHealthFigures> {
  clientId?: string;
  title?: string;
  description?: string;
  internalNote?: string;
  marketplace?: string;
  unsuccessfulAppeals?: number;
  notice?: NoticeInput;
}

export type CasePatch = Partial<Omit<OpenCaseInput, 'clientId' | 'notice'>> & { priority?: CasePriority };

/** Fields a client user may change on its own case. */
const CLIENT_EDITABLE = new Set(['description']);

/** Intake and the case record itself. Access: staff see the tenant's cases, client users their client's. */
@Injectable()
export class CaseService {
  constructor(
    private readonly db: TenantDb,
    private readonly cases: CaseRepository,
    private readonly clients: ClientService,
    private readonly entitlements: ClientMembershipService,
    private readonly memberships: MembershipService,
    private readonly notices: NoticeService,
    private readonly timeline: TimelineService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly hooks: CaseHooks,
    private readonly caseReminders: CaseReminders,
    private readonly assignment: AssignmentService,
    private readonly serviceClock: ServiceClockService,
    private readonly clock: Clock,
  ) {}

  /** Opens a case (staff, or a client user from the portal), optionally from a pasted notice. */
  open(actor: Actor, input: OpenCaseInput): Promise<{ case: Case; notice: Notice | null }> {
    if (!isStaff(actor) && input.internalNote !== undefined) throw CaseErrors.fieldNotEditable('internalNote');
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const clientId = await this.resolveClient(actor, input.clientId);
      const client = await this.clients.get(actor, clientId);
      // Portal intake counts against the membership's open-case allowance; staff can always open.
      if (!isStaff(actor)) await this.entitlements.require(actor, clientId, 'open_case', await this.cases.countOpen(actor.tenantId, clientId));
      const now = this.clock.now();
      const receivedAt = input.notice?.receivedAt ?? now;
      const reading = input.notice ? await this.notices.preview(actor, input.notice.text, receivedAt) : null;
      const fields = prefill(input, reading ? suggestedFields(reading) : emptyNoticeFields());
      const c = Object.assign(new Case(), {
        tenantId: actor.tenantId,
        id: newId(),
        number: await this.cases.nextNumber(actor.tenantId),
        clientId,
        title: input.title?.trim() || defaultTitle(fields, reading?.subject?.value ?? null),
        description: input.description ?? null,
        internalNote: input.internalNote ?? null,
        marketplace: input.marketplace ?? client.marketplace,
        ...fields,
        unsuccessfulAppeals: input.unsuccessfulAppeals ?? 0,
        accountHealthRating: input.accountHealthRating ?? null,
        orderDefectRate: input.orderDefectRate ?? null,
        cancellationRate: input.cancellationRate ?? null,
        lateShipmentRate: input.lateShipmentRate ?? null,
        validTrackingRate: input.validTrackingRate ?? null,
        status: 'intake',
        closeReason: null,
        priority: 'normal',
        leadMembershipId: null,
        openedBy: actor.membershipId,
        openedVia: isStaff(actor) ? 'staff' : 'portal',
        intakeConfirmedAt: null,
        intakeConfirmedBy: null,
        serviceStartedAt: null,
        serviceTargetMinutes: null,
        serviceDueAt: null,
        serviceBreachedAt: null,
        waitingOnClient: false,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await this.cases.insert(c);
      await this.timeline.append(actor, c.id, { kind: 'case.opened', payload: { via: c.openedVia, number: c.number } });
      const notice = input.notice ? await this.notices.add(actor, c.id, { ...input.notice, receivedAt }, reading!) : null;
      // Automatic assignment by the tenant's rules: language, expertise, load, round-robin.
      const lead = await this.assignment.autoAssign(actor, c, client.preferredLanguage);
      await this.caseReminders.syncDeadline(actor, { ...c, leadMembershipId: lead });
      await this.serviceClock.opened(actor, c.id);
      await this.audit.record(actor, { action: 'case.opened', entityType: 'case', entityId: c.id, after: { clientId, number: c.number, via: c.openedVia } });
      if (!isStaff(actor)) {
        await this.notifications.notify(actor, {
          recipients: await this.memberships.activeMembershipIds(actor, ['admin']),
          kind: 'case.opened_by_client',
          subjectType: 'case',
          subjectId: c.id,
          payload: { number: c.number, title: c.title },
        });
      }
      return { case: (await this.cases.findById(actor.tenantId, c.id))!, notice };
    });
  }

  /** The tenant's cases (client users: their own client's), filtered and sorted, keyset-paginated. */
  async list(actor: Actor, query: CaseFilter & { sort?: CaseSort; cursor?: string; limit?: number }): Promise<Page<CaseSummary>> {
    const limit = clampLimit(query.limit);
    const sort = query.sort ?? 'created';
    // The service clock is the consultancy's own: its breach filter, and a sort (or cursor) that
    // would reveal its due times, are not for client users.
    if (!isStaff(actor) && query.breached !== undefined) throw CaseErrors.staffOnlyFilter('breached');
    if (!isStaff(actor) && sort === 'next_due') throw CaseErrors.staffOnlyFilter('sort');
    const after = decodeSortCursor(query.cursor, sort);
    const { sort: _s, cursor: _c, limit: _l, ...filter } = query;
    // A client user's list is its own client's, looked up in the same statement (another client's
    // clientId then matches nothing: an empty page, as for a client it may not see).
    if (!isStaff(actor)) filter.clientOfMembership = actor.membershipId;
    // Custom plans: how selective a status or category is differs by value (see ReadOptions).
    const rows = await this.db.read({ tenantId: actor.tenantId }, () => this.cases.list(actor.tenantId, filter, sort, after, limit, this.clock.now()), {
      customPlans: true,
    });
    return toSortedPage(rows, limit, sort);
  }

  get(actor: Actor, id: string): Promise<Case> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.visible(actor, id));
  }

  /**
   * One case with its lead consultant's name (clients see who their consultant is) and, for staff,
   * the clock's pauses. One read: the statements go out together, the ownership check follows.
   */
  detail(actor: Actor, id: string): Promise<{ case: Case; pauses: ServiceClockPause[] | null; lead: { membershipId: string; displayName: string } | null }> {
    const staff = isStaff(actor);
    return this.db.read({ tenantId: actor.tenantId }, async () => {
      const [c, own, lead, pauses] = await Promise.all([
        this.cases.findById(actor.tenantId, id),
        this.clients.ownClientId(actor),
        this.cases.leadOf(actor.tenantId, id),
        staff ? this.serviceClock.pauses(actor, id) : null,
      ]);
      if (!c || !canSeeClient(actor, c.clientId, own)) throw CaseErrors.notFound();
      return { case: c, pauses, lead };
    });
  }

  update(actor: Actor, id: string, version: number, patch: CasePatch): Promise<Case> {
    // Only fields actually sent count (a DTO instance may carry declared fields as undefined).
    const forbidden = isStaff(actor) ? undefined : Object.entries(patch).find(([k, v]) => v !== undefined && !CLIENT_EDITABLE.has(k))?.[0];
    if (forbidden) throw CaseErrors.fieldNotEditable(forbidden);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.visible(actor, id);
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Case>;
      if (before.version !== version || !(await this.cases.updateIfVersion(actor.tenantId, id, version, { ...changes, updatedAt: this.clock.now() }))) {
        throw CaseErrors.versionConflict(visibleFields(actor, await this.cases.findById(actor.tenantId, id)));
      }
      if ('priority' in changes && changes.priority !== before.priority) await this.serviceClock.priorityChanged(actor, id);
      const after = (await this.cases.findById(actor.tenantId, id))!;
      if ('marketplaceDeadline' in changes) await this.caseReminders.syncDeadline(actor, after);
      await this.timeline.append(actor, id, { kind: 'case.updated', internal: 'internalNote' in changes, payload: { fields: Object.keys(changes) } });
      await this.audit.record(actor, {
        action: 'case.updated',
        entityType: 'case',
        entityId: id,
        before: pickFields(before, Object.keys(changes)),
        after: changes,
      });
      return after;
    });
  }

  addNotice(actor: Actor, caseId: string, input: NoticeInput): Promise<Notice> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visible(actor, caseId);
      return this.notices.add(actor, caseId, input);
    });
  }

  /**
   * Moves the case along the status flow (one table: workflow/case-status.policy). A failed or
   * "more information" reply after submission counts as an unsuccessful appeal; an ended case
   * has its reminders cancelled.
   */
  transition(actor: Actor, id: string, to: CaseStatus, closeReason?: string): Promise<Case> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.visible(actor, id);
      const locked = (await this.cases.findById(actor.tenantId, id, true))!;
      const check = checkTransition(locked.status, to, { closeReason, role: actor.role });
      if (!check.ok) throw CaseErrors.transition(check.code, locked.status, to, check.allowed);
      const now = this.clock.now();
      await this.cases.updateIfVersion(actor.tenantId, id, locked.version, {
        status: to,
        closeReason: to === 'closed' ? (closeReason as Case['closeReason']) : null,
        unsuccessfulAppeals: locked.unsuccessfulAppeals + (countsAsUnsuccessfulAppeal(locked.status, to) ? 1 : 0),
        updatedAt: now,
      });
      if (!isOpen(to)) await this.caseReminders.cancelAll(actor, id);
      else await this.caseReminders.syncStatus(actor, (await this.cases.findById(actor.tenantId, id))!);
      await this.serviceClock.statusChanged(actor, id, locked.status, to);
      await this.timeline.append(actor, id, { kind: STATUS_CHANGED_EVENT, payload: { from: locked.status, to, closeReason: closeReason ?? null } });
      await this.audit.record(actor, { action: 'case.status_changed', entityType: 'case', entityId: id, before: { status: c.status }, after: { status: to, closeReason } });
      return (await this.cases.findById(actor.tenantId, id))!;
    });
  }

  /** Manual (re)assignment by an admin; deadline reminders follow the new lead. */
  assign(actor: Actor, id: string, lead: string): Promise<Case> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.visible(actor, id);
      await this.assignment.assign(actor, c, lead);
      await this.serviceClock.leadChanged(actor, id);
      const after = (await this.cases.findById(actor.tenantId, id))!;
      await this.caseReminders.syncDeadline(actor, after);
      return after;
    });
  }

  /** The case's reminders (staff): what will go out, when, to whom. */
  async reminders(actor: Actor, id: string): Promise<Reminder[]> {
    requireRole(actor, STAFF_ROLES);
    await this.get(actor, id);
    return this.caseReminders.list(actor, id);
  }

  /** The case's timeline, if the actor may see the case (client users: shared items only). */
  async timelineOf(actor: Actor, caseId: string, query: { cursor?: string; limit?: number }): Promise<Page<CaseEvent>> {
    await this.get(actor, caseId);
    return this.timeline.list(actor, caseId, query);
  }

  async listNotices(actor: Actor, caseId: string): Promise<Notice[]> {
    await this.get(actor, caseId);
    return this.notices.listForCase(actor, caseId);
  }

  /**
   * The consultant confirms or corrects what the reader suggested; only now do the notice's
   * fields overwrite the case's. Omitted fields keep the case's current values.
   */
  confirmNotice(actor: Actor, caseId: string, noticeId: string, confirmed: Partial<NoticeFields>): Promise<{ case: Case; notice: Notice }> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.visible(actor, caseId);
      const notice = await this.notices.find(actor, caseId, noticeId);
      if (!notice) throw CaseErrors.noticeNotFound();
      const changes = Object.fromEntries(Object.entries(confirmed).filter(([, v]) => v !== undefined)) as Partial<Case>;
      const now = this.clock.now();
      await this.cases.updateIfVersion(actor.tenantId, caseId, c.version, {
        ...changes,
        intakeConfirmedAt: c.intakeConfirmedAt ?? now,
        intakeConfirmedBy: c.intakeConfirmedBy ?? actor.membershipId,
        updatedAt: now,
      });
      await this.notices.markConfirmed(actor, notice);
      await this.timeline.append(actor, caseId, { kind: 'notice.confirmed', payload: { noticeId, fields: Object.keys(changes) } });
      await this.audit.record(actor, { action: 'notice.confirmed', entityType: 'notice', entityId: noticeId, after: changes as Record<string, unknown> });
      const result = { case: (await this.cases.findById(actor.tenantId, caseId))!, notice: (await this.notices.find(actor, caseId, noticeId))! };
      if ('marketplaceDeadline' in changes) await this.caseReminders.syncDeadline(actor, result.case);
      await this.hooks.runNoticeConfirmed({ actor, ...result });
      return result;
    });
  }

  /** The case if the actor may see it, else the same 404 as a missing one. Joins the caller's transaction. */
  async visible(actor: Actor, id: string): Promise<Case> {
    const c = await this.db.run({ tenantId: actor.tenantId }, () => this.cases.findById(actor.tenantId, id));
    if (!c) throw CaseErrors.notFound();
    if (!isStaff(actor) && (await this.clients.ownClientId(actor)) !== c.clientId) throw CaseErrors.notFound();
    return c;
  }

  private async resolveClient(actor: Actor, requested: string | undefined): Promise<string> {
    if (isStaff(actor)) {
      if (!requested) throw CaseErrors.clientRequired();
      return requested;
    }
    const own = await this.clients.ownClientId(actor);
    if (!own) throw CaseErrors.noClientAccount();
    if (requested && requested !== own) throw CaseErrors.clientNotFound();
    return own;
  }
}

function emptyNoticeFields(): NoticeFields {
  return { severity: null, categories: [], senderDepartment: null, asins: [], marketplaceDeadline: null, appealLimit: null };
}

/** What a conflict may show of the current record: client users never see staff-only fields. */
function visibleFields(actor: Actor, c: Case | null): Partial<Case> | null {
  if (!c || isStaff(actor)) return c;
  // As the client's presenter: no staff notes, no service clock (the consultancy's own timing).
  const {
    tenantId: _t,
    internalNote: _n,
    intakeConfirmedBy: _b,
    openedBy: _o,
    serviceStartedAt: _ss,
    serviceTargetMinutes: _st,
    serviceDueAt: _sd,
    serviceBreachedAt: _sb,
    nextDueAt: _nd,
    ...rest
  } = c;
  return rest;
}
