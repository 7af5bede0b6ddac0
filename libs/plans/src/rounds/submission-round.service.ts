import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { STAFF_ROLES } from '@reinstate/clients';
import { CaseService, TimelineService } from '@reinstate/cases';
import { DocumentService, type Document } from '@reinstate/documents';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { PlanReviewService } from '../approval/plan-review.service';
import { countFindings } from '../drafts/plan-content.policy';
import { documentOf, PlanService } from '../drafts/plan.service';
import { PlanErrors } from '../plans.errors';
import { diffPlans, summarizeDiff, type DiffSummary, type SectionDiff } from '../revisions/diff';
import { checkSubmission, statusAfterReply } from './submission.policy';
import { SubmissionRound, type RoundOutcome, type SubmittedDocument } from './submission-round.entity';
import { SubmissionRoundRepository } from './submission-round.repository';

export interface SubmitInput {
  revision: number;
  documentIds?: string[];
  approvalOverrideReason?: string;
  checkOverrideReason?: string;
}

export interface ReplyInput {
  outcome: RoundOutcome;
  /** The marketplace's words; required unless the outcome is that none came. */
  text?: string;
  receivedAt?: Date;
}

export interface RoundView {
  round: SubmissionRound;
  /** What changed since the previous round's revision (null for round 1). */
  changes: { fromRevision: number; sections: SectionDiff[]; summary: DiffSummary } | null;
}

/**
 * Submission rounds: each freezes the revision sent, the documents attached and the checks as
 * they stood; the marketplace's reply becomes a notice of the case and moves its status.
 */
@Injectable()
export class SubmissionRoundService {
  constructor(
    private readonly db: TenantDb,
    private readonly rounds: SubmissionRoundRepository,
    private readonly plans: PlanService,
    private readonly reviews: PlanReviewService,
    private readonly cases: CaseService,
    private readonly documents: DocumentService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  submit(actor: Actor, caseId: string, input: SubmitInput): Promise<SubmissionRound> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan, case: c } = await this.plans.lockForChange(actor, caseId);
      const revision = await this.plans.visibleRevision(actor, plan, input.revision);
      const last = await this.rounds.last(actor.tenantId, caseId);
      const approval = await this.reviews.approvalOf(actor.tenantId, plan.id, revision.number);
      // Checked again now: documents may have been uploaded and settings changed since the save.
      const caseDocuments = await this.documents.list(actor, caseId);
      const findings = await this.plans.runChecks(actor, c, plan, revision.sections, caseDocuments);
      const verdict = checkSubmission({
        role: actor.role,
        approved: approval !== null,
        approvalOverrideReason: input.approvalOverrideReason,
        blockers: countFindings(findings).blockers,
        checkOverrideReason: input.checkOverrideReason,
        // "No reply" is an answer too: the plan may be sent again.
        openRound: last && last.outcome === null ? last.number : null,
      });
      if (!verdict.ok) {
        if (verdict.code === 'ROUND_AWAITING_REPLY') throw PlanErrors.roundOpen(last!.number);
        if (verdict.code === 'REVISION_NOT_APPROVED') throw PlanErrors.notApproved(revision.number);
        if (verdict.code === 'OVERRIDE_FORBIDDEN') throw PlanErrors.overrideForbidden();
        throw PlanErrors.blockers(countFindings(findings).blockers, findings.filter((f) => f.severity === 'blocker'));
      }
      const documents = attachments(caseDocuments, input.documentIds ?? []);
      // An unanswered review is moot once the plan is out; an admin's override still walks the
      // status table step by step (each step audited), it never jumps it.
      await this.reviews.supersedePending(actor, plan.id);
      await this.plans.moveCase(actor, c, 'submitted');
      const round = Object.assign(new SubmissionRound(), {
        tenantId: actor.tenantId,
        id: newId(),
        planId: plan.id,
        caseId,
        number: (last?.number ?? 0) + 1,
        revisionNumber: revision.number,
        documents,
        findings,
        approvalReviewId: approval?.id ?? null,
        approvalOverrideReason: verdict.overridesApproval ? input.approvalOverrideReason!.trim() : null,
        checkOverrideReason: verdict.overridesChecks ? input.checkOverrideReason!.trim() : null,
        submittedBy: actor.membershipId,
        submittedAt: this.clock.now(),
        outcome: null,
        replyNoticeId: null,
        replyReceivedAt: null,
        replyRecordedBy: null,
      });
      await this.rounds.insert(round);
      await this.plans.markShared(revision);
      await this.timeline.append(actor, caseId, { kind: 'plan.round_submitted', payload: { round: round.number, revision: revision.number, documents: documents.length } });
      await this.audit.record(actor, {
        action: 'plan.round_submitted',
        entityType: 'submission_round',
        entityId: round.id,
        after: { round: round.number, revision: revision.number, approvalOverrideReason: round.approvalOverrideReason, checkOverrideReason: round.checkOverrideReason },
      });
      return round;
    });
  }

  /**
   * Records the marketplace's answer to round `number`: stored as a notice of the case, the case
   * moves on (an unsuccessful answer counts against the appeal limit), and "more information
   * requested" starts the next round from the revision that was sent.
   */
  recordReply(actor: Actor, caseId: string, number: number, input: ReplyInput): Promise<SubmissionRound> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan, case: c } = await this.plans.lockForChange(actor, caseId);
      const round = await this.rounds.find(actor.tenantId, caseId, number);
      if (!round) throw PlanErrors.roundNotFound(number);
      // A real answer may follow "no reply" (it replaces it); nothing follows a real answer.
      if (round.outcome !== null && round.outcome !== 'no_reply') throw PlanErrors.replyRecorded(number);
      const later = await this.rounds.last(actor.tenantId, caseId);
      if (later && later.number !== number) throw PlanErrors.roundSuperseded(number);
      const text = input.text?.trim();
      if (!text && input.outcome !== 'no_reply') throw PlanErrors.replyTextRequired();
      const receivedAt = input.receivedAt ?? this.clock.now();
      // The marketplace's words are a notice of the case, read like any other; silence is not.
      const notice = text ? await this.cases.addNotice(actor, caseId, { text, receivedAt }) : null;
      const changes = { outcome: input.outcome, replyNoticeId: notice?.id ?? null, replyReceivedAt: notice ? receivedAt : null, replyRecordedBy: actor.membershipId };
      await this.rounds.recordReply(round, changes);
      Object.assign(round, changes);
      if (input.outcome === 'more_info_requested' && plan.headRevision !== round.revisionNumber) {
        const sent = await this.plans.visibleRevision(actor, plan, round.revisionNumber);
        await this.plans.append(actor, c, plan, {
          sections: sent.sections,
          origin: 'next_round',
          basedOn: sent.number,
          note: `Round ${number + 1} starts from the revision sent in round ${number}`,
        });
      }
      const to = statusAfterReply(input.outcome);
      if (c.status !== to) await this.cases.transition(actor, caseId, to);
      await this.timeline.append(actor, caseId, { kind: 'plan.reply_recorded', payload: { round: number, outcome: input.outcome, noticeId: notice?.id ?? null } });
      await this.audit.record(actor, { action: 'plan.reply_recorded', entityType: 'submission_round', entityId: round.id, after: { round: number, outcome: input.outcome } });
      return round;
    });
  }

  /** Round history, oldest first, each with what changed since the round before. */
  list(actor: Actor, caseId: string): Promise<RoundView[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      const rounds = await this.rounds.list(actor.tenantId, caseId);
      // Every sent revision was shared, so the client may see all of them; one query for all.
      const sections = await this.plans.sectionsOf(actor, plan, [...new Set(rounds.map((r) => r.revisionNumber))]);
      return rounds.map((round, i) => {
        const previous = rounds[i - 1];
        if (!previous) return { round, changes: null };
        const diff = diffPlans(documentOf(plan.language, sections.get(previous.revisionNumber)!), documentOf(plan.language, sections.get(round.revisionNumber)!));
        return { round, changes: { fromRevision: previous.revisionNumber, sections: diff, summary: summarizeDiff(diff, plan.language) } };
      });
    });
  }
}

/** The attached documents as frozen with the round; every id must be one of the case's documents. */
function attachments(onCase: readonly Document[], ids: string[]): SubmittedDocument[] {
  const byId = new Map(onCase.map((d) => [d.id, d]));
  return [...new Set(ids)].map((id) => {
    const d = byId.get(id);
    if (!d) throw PlanErrors.documentNotOnCase(id);
    return { id: d.id, filename: d.fileName, sha256: d.sha256.toString('hex') };
  });
}
