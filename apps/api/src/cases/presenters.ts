import { healthFlags, type Case, type CaseEvent, type Notice } from '@reinstate/cases';
import { isStaff } from '@reinstate/clients';
import type { Actor } from '@reinstate/platform';
import type { CaseDto, NoticeDto, TimelineItemDto } from './cases.dto';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCase(c: Case, actor: Actor): CaseDto {
  const { tenantId: _t, internalNote, marketplaceDeadline, intakeConfirmedAt, intakeConfirmedBy: _b, openedBy: _o, closeReason, createdAt, updatedAt, ...rest } = c;
  return {
    ...rest,
    ...(isStaff(actor) ? { internalNote } : {}),
    closeReason,
    marketplaceDeadline: iso(marketplaceDeadline),
    healthFlags: healthFlags(c),
    intakeConfirmed: intakeConfirmedAt !== null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
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
