import type { Actor } from '@reinstate/platform';
import type { Plan, PlanComment, PlanReview, PlanRevision, PlanTemplate, RevisionSummary, RoundView, SavedRevision, ThreadView } from '@reinstate/plans';
import type { CommentDto, PlanDto, RevisionDto, RevisionSummaryDto, ReviewDto, RoundDto, SavedRevisionDto, TemplateDto, ThreadDto } from './plans.dto';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentRevisionSummary(r: RevisionSummary): RevisionSummaryDto {
  return {
    number: r.number,
    basedOn: r.basedOn,
    origin: r.origin,
    note: r.note,
    blockers: r.blockers,
    warnings: r.warnings,
    authorMembershipId: r.authorMembershipId,
    createdAt: r.createdAt.toISOString(),
    sharedAt: iso(r.sharedAt),
  };
}

export function presentRevision(r: PlanRevision): RevisionDto {
  return { ...presentRevisionSummary(r), sections: r.sections as RevisionDto['sections'], findings: r.findings as unknown as RevisionDto['findings'] };
}

export function presentPlan(plan: Plan, revision: PlanRevision): PlanDto {
  return { id: plan.id, caseId: plan.caseId, language: plan.language, version: plan.headRevision, templateId: plan.templateId, revision: presentRevision(revision) };
}

export function presentSaved(saved: SavedRevision): SavedRevisionDto {
  return { revision: presentRevision(saved.revision), changes: saved.changes as SavedRevisionDto['changes'] };
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
