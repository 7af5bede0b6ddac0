import { clockView, healthFlags, type Case, type CaseEvent, type Notice, type ServiceClockPause } from '@reinstate/cases';
import { isStaff } from '@reinstate/clients';
import type { Actor } from '@reinstate/platform';
import type { CaseDto, NoticeDto, ServiceClockDto, TimelineItemDto } from './cases.dto';
import { iso } from '../http/iso';

/**
 * A case as the actor may see it at `now` (the service clock's "breached" depends on it). The
 * service clock is the consultancy's internal timing: staff only; clients see "waiting on you".
 */
export function presentCase(c: Case, actor: Actor, now: Date, pauses?: ServiceClockPause[]): CaseDto {
  // Field by field rather than a rest spread of the entity: lists present up to 200 of these, and
  // the spread was the costliest line of the queue route (bench/cases).
  const staff = isStaff(actor);
  const deadline = iso(c.marketplaceDeadline);
  const dto: CaseDto = {
    id: c.id,
    number: c.number,
    clientId: c.clientId,
    title: c.title,
    description: c.description,
    marketplace: c.marketplace,
    severity: c.severity,
    categories: c.categories,
    senderDepartment: c.senderDepartment,
    asins: c.asins,
    unsuccessfulAppeals: c.unsuccessfulAppeals,
    appealLimit: c.appealLimit,
    accountHealthRating: c.accountHealthRating,
    orderDefectRate: c.orderDefectRate,
    cancellationRate: c.cancellationRate,
    lateShipmentRate: c.lateShipmentRate,
    validTrackingRate: c.validTrackingRate,
    status: c.status,
    priority: c.priority,
    leadMembershipId: c.leadMembershipId,
    openedVia: c.openedVia,
    waitingOnClient: c.waitingOnClient,
    version: c.version,
    closeReason: c.closeReason,
    marketplaceDeadline: deadline,
    healthFlags: healthFlags(c),
    intakeConfirmed: c.intakeConfirmedAt !== null,
    marketplaceClock: {
      deadline,
      overdue: c.marketplaceDeadline !== null && c.marketplaceDeadline.getTime() <= now.getTime(),
      unsuccessfulAppeals: c.unsuccessfulAppeals,
      appealLimit: c.appealLimit,
      appealsLeft: c.appealLimit === null ? null : Math.max(0, c.appealLimit - c.unsuccessfulAppeals),
    },
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
  if (staff) {
    dto.internalNote = c.internalNote;
    dto.serviceClock = presentServiceClock(c, now, pauses);
    dto.nextDueAt = iso(c.nextDueAt);
  }
  return dto;
}

function presentServiceClock(c: Case, now: Date, pauses?: ServiceClockPause[]): ServiceClockDto {
  const v = clockView(c, now);
  return {
    state: v.state,
    startedAt: iso(v.startedAt),
    targetMinutes: v.targetMinutes,
    dueAt: iso(v.dueAt),
    breached: v.breached,
    breachedAt: iso(v.breachedAt),
    waitingOnClient: v.waitingOnClient,
    ...(pauses ? { pauses: pauses.map((p) => ({ reason: p.reason, startedAt: p.startedAt.toISOString(), endedAt: iso(p.endedAt) })) } : {}),
  };
}

export function presentNotice(n: Notice): NoticeDto {
  return {
    id: n.id,
    caseId: n.caseId,
    source: n.source,
    receivedAt: n.receivedAt.toISOString(),
    subject: n.subject,
    fromAddress: n.fromAddress,
    body: n.body,
    documentId: n.documentId,
    reading: n.reading,
    confirmedAt: iso(n.confirmedAt),
    createdAt: n.createdAt.toISOString(),
  };
}

export function presentEvent(e: CaseEvent): TimelineItemDto {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    kind: e.kind,
    actorMembershipId: e.actorMembershipId,
    internal: e.internal,
    payload: e.payload,
  };
}
