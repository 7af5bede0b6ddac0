import { clockView, healthFlags, type Case, type CaseEvent, type CaseSummary, type Notice, type ServiceClockPause } from '@reinstate/cases';
import { isStaff } from '@reinstate/clients';
import type { Actor } from '@reinstate/platform';
import type { CaseDto, CaseSummaryDto, NoticeDto, ServiceClockDto, TimelineItemDto } from './cases.dto';
import { iso } from '../http/iso';

/**
 * A case as a list or the queue shows it, as the actor may see it at `now` (the service clock's
 * "breached" depends on it). The service clock is the consultancy's internal timing: staff only;
 * clients see "waiting on you". Field by field rather than a rest spread of the entity: lists
 * present up to 200 of these, and the spread was the costliest line of the queue (bench/cases).
 */
export function presentCaseSummary(c: CaseSummary, actor: Actor, now: Date): CaseSummaryDto {
  const deadline = iso(c.marketplaceDeadline);
  const dto: CaseSummaryDto = {
    id: c.id,
    number: c.number,
    clientId: c.clientId,
    title: c.title,
    marketplace: c.marketplace,
    severity: c.severity,
    categories: c.categories,
    status: c.status,
    closeReason: c.closeReason,
    priority: c.priority,
    leadMembershipId: c.leadMembershipId,
    waitingOnClient: c.waitingOnClient,
    intakeConfirmed: c.intakeConfirmedAt !== null,
    marketplaceDeadline: deadline,
    marketplaceClock: {
      deadline,
      overdue: c.marketplaceDeadline !== null && c.marketplaceDeadline.getTime() <= now.getTime(),
      unsuccessfulAppeals: c.unsuccessfulAppeals,
      appealLimit: c.appealLimit,
      appealsLeft: c.appealLimit === null ? null : Math.max(0, c.appealLimit - c.unsuccessfulAppeals),
    },
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
  if (isStaff(actor)) {
    dto.serviceClock = presentServiceClock(c, now);
    dto.nextDueAt = iso(c.nextDueAt);
  }
  return dto;
}

/** The whole case (detail, and the answer of every change): the summary plus notes, ASINs, account health; staff also see the clock's pauses. */
export function presentCase(c: Case, actor: Actor, now: Date, pauses?: ServiceClockPause[]): CaseDto {
  const dto = presentCaseSummary(c, actor, now) as CaseDto;
  dto.description = c.description;
  dto.senderDepartment = c.senderDepartment;
  dto.asins = c.asins;
  dto.unsuccessfulAppeals = c.unsuccessfulAppeals;
  dto.appealLimit = c.appealLimit;
  dto.accountHealthRating = c.accountHealthRating;
  dto.orderDefectRate = c.orderDefectRate;
  dto.cancellationRate = c.cancellationRate;
  dto.lateShipmentRate = c.lateShipmentRate;
  dto.validTrackingRate = c.validTrackingRate;
  dto.healthFlags = healthFlags(c);
  dto.openedVia = c.openedVia;
  if (isStaff(actor)) {
    dto.internalNote = c.internalNote;
    if (pauses) dto.serviceClock!.pauses = pauses.map((p) => ({ reason: p.reason, startedAt: p.startedAt.toISOString(), endedAt: iso(p.endedAt) }));
  }
  return dto;
}

function presentServiceClock(c: CaseSummary, now: Date): ServiceClockDto {
  const v = clockView(c, now);
  return {
    state: v.state,
    startedAt: iso(v.startedAt),
    targetMinutes: v.targetMinutes,
    dueAt: iso(v.dueAt),
    breached: v.breached,
    breachedAt: iso(v.breachedAt),
    waitingOnClient: v.waitingOnClient,
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
