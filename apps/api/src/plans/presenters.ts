import type { Actor } from '@reinstate/platform';
import type { Plan, PlanComment, PlanReview, PlanRevision, PlanTemplate, RevisionSummary, RoundView, SavedRevision, ThreadView } from '@reinstate/plans';
import type { CommentDto, PlanOfActionDto, RevisionDto, RevisionSummaryDto, ReviewDto, RoundDto, SavedRevisionDto, TemplateDto, ThreadDto } from './plans.dto';
import { iso } from '../http/iso';

/**
 * Client users see the text and who wrote it; the plan checks, the working note and where the
 * drafts stand (the head's number) are the consultancy's own.
 */
export function presentRevisionSummary(r: RevisionSummary, actor: Actor): RevisionSummaryDto {
  const base = { number: r.number, basedOn: r.basedOn, origin: r.origin, authorMembershipId: r.authorMembershipId, createdAt: r.createdAt.toISOString(), sharedAt: iso(r.sharedAt) };
  if (actor.role === 'client') return { ...base, basedOn: null, note: null };
  return { ...base, note: r.note, blockers: r.blockers, warnings: r.warnings };
}

export function presentRevision(r: PlanRevision, actor: Actor): RevisionDto {
  const dto: RevisionDto = { ...presentRevisionSummary(r, actor), sections: r.sections as RevisionDto['sections'] };
  if (actor.role !== 'client') dto.findings = r.findings as unknown as RevisionDto['findings'];
  return dto;
}

export function presentPlan(plan: Plan, revision: PlanRevision, actor: Actor): PlanOfActionDto {
  const version = actor.role === 'client' ? revision.number : plan.headRevision;
  return { id: plan.id, caseId: plan.caseId, language: plan.language, version, templateId: actor.role === 'client' ? null : plan.templateId, revision: presentRevision(revision, actor) };
}

export function presentSaved(saved: SavedRevision, actor: Actor): SavedRevisionDto {
  return { revision: presentRevision(saved.revision, actor), changes: saved.changes as SavedRevisionDto['changes'] };
}

export function presentTemplate(t: PlanTemplate): TemplateDto {
  return { id: t.id, name: t.name, language: t.language, category: t.category, sections: t.sections as TemplateDto['sections'], version: t.version, updatedAt: t.updatedAt.toISOString() };
}

export function presentComment(c: PlanComment): CommentDto {
  return { id: c.id, authorMembershipId: c.authorMembershipId, body: c.body, createdAt: c.createdAt.toISOString() };
}

export function presentThread(v: ThreadView): ThreadDto {
  const t = v.thread;
  return {
    id: t.id,
    revisionNumber: t.revisionNumber,
    anchor: { ...t.anchor },
    visibility: t.visibility,
    status: t.status,
    suggestion: t.suggestion,
    suggestionState: t.suggestionState,
    suggestionRevision: t.suggestionRevision,
    position: { ...v.position },
    comments: v.comments.map(presentComment),
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
  };
}

export function presentReview(r: PlanReview): ReviewDto {
  return {
    id: r.id,
    revisionNumber: r.revisionNumber,
    message: r.message,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt.toISOString(),
    decision: r.decision,
    comment: r.comment,
    decidedAt: iso(r.decidedAt),
  };
}

/** Override reasons and the frozen findings are the consultancy's business, not the client's. */
export function presentRound(v: RoundView | { round: RoundView['round']; changes?: undefined }, actor: Actor): RoundDto {
  const r = v.round;
  const base: RoundDto = {
    number: r.number,
    revisionNumber: r.revisionNumber,
    documents: r.documents.map((d) => ({ ...d })),
    submittedAt: r.submittedAt.toISOString(),
    submittedBy: r.submittedBy,
    outcome: r.outcome,
    replyNoticeId: r.replyNoticeId,
    replyReceivedAt: iso(r.replyReceivedAt),
    ...(v.changes !== undefined ? { changes: v.changes as RoundDto['changes'] } : {}),
  };
  if (actor.role === 'client') return base;
  return { ...base, approvalOverrideReason: r.approvalOverrideReason, checkOverrideReason: r.checkOverrideReason, findings: r.findings as unknown as RoundDto['findings'] };
}
