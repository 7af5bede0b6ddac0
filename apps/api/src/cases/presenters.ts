import { clockView, healthFlags, type Case, type CaseEvent, type Notice, type ServiceClockPause } from '@reinstate/cases';
import { isStaff } from '@reinstate/clients';
import type { Actor } from '@reinstate/platform';
import type { CaseDto, NoticeDto, ServiceClockDto, TimelineItemDto } from './cases.dto';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A case as the actor may see it at `now` (the service clock's "breached" depends on it). The
 * service clock is the consultancy's internal timing: staff only; clients see "waiting on you".
 */
export function presentCase(c: Case, actor: Actor, now: Date, pauses?: ServiceClockPause[]): CaseDto {
  const {
    tenantId: _t,
    internalNote,
    marketplaceDeadline,
    intakeConfirmedAt,
    intakeConfirmedBy: _b,
    openedBy: _o,
    closeReason,
    createdAt,
    updatedAt,
    serviceStartedAt: _ss,
    serviceTargetMinutes: _st,
    serviceDueAt: _sd,
    serviceBreachedAt: _sb,
    nextDueAt,
    ...rest
  } = c;
  const staff = isStaff(actor);
  return {
    ...rest,
    ...(staff ? { internalNote } : {}),
    closeReason,
    marketplaceDeadline: iso(marketplaceDeadline),
    healthFlags: healthFlags(c),
    intakeConfirmed: intakeConfirmedAt !== null,
    marketplaceClock: {
      deadline: iso(marketplaceDeadline),
      overdue: marketplaceDeadline !== null && marketplaceDeadline.getTime() <= now.getTime(),
      unsuccessfulAppeals: c.unsuccessfulAppeals,
      appealLimit: c.appealLimit,
      appealsLeft: c.appealLimit === null ? null : Math.max(0, c.appealLimit - c.unsuccessfulAppeals),
    },
    ...(staff ? { serviceClock: presentServiceClock(c, now, pauses), nextDueAt: iso(nextDueAt) } : {}),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
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
