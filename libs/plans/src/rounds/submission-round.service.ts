import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { STAFF_ROLES } from '@reinstate/clients';
import { CaseService, TimelineService } from '@reinstate/cases';
import { DocumentService } from '@reinstate/documents';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { PlanReviewService } from '../approval/plan-review.service';
import { countFindings } from '../drafts/plan-content.policy';
import { documentOf, PlanService } from '../drafts/plan.service';
import { PlanErrors } from '../plans.errors';
import { diffPlans, summarizeDiff, type DiffSummary, type SectionDiff } from '../revisions/diff';
import { checkSubmission, statusAfterReply } from './submission.policy';
import { SubmissionRound, type RoundOutcome, type SubmittedDocument } from './submission-round.entity';

export interface SubmitInput {
  revision: number;
  documentIds?: string[];
  approvalOverrideReason?: string;
  checkOverrideReason?: string;
}

export interface ReplyInput {
  outcome: RoundOutcome;
  text: string;
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
      const c = await this.plans.openCase(actor, caseId);
      const plan = await this.plans.lockedPlan(actor, caseId);
      const revision = await this.plans.visibleRevision(actor, plan, input.revision);
      const rounds = await this.rounds(actor.tenantId, caseId);
      const last = rounds[rounds.length - 1];
      const approval = await this.reviews.approvalOf(actor.tenantId, plan.id, revision.number);
      // Checked again now: documents may have been uploaded and settings changed since the save.
      const findings = await this.plans.runChecks(actor, c, plan, revision.sections);
      const verdict = checkSubmission({
        role: actor.role,
        approved: approval !== null,
        approvalOverrideReason: input.approvalOverrideReason,
        blockers: countFindings(findings).blockers,
        checkOverrideReason: input.checkOverrideReason,
        openRound: last && (last.outcome === null || last.outcome === 'no_reply') ? last.number : null,
      });
      if (!verdict.ok) {
        if (verdict.code === 'ROUND_AWAITING_REPLY') throw PlanErrors.roundOpen(last!.number);
        if (verdict.code === 'REVISION_NOT_APPROVED') throw PlanErrors.notApproved(revision.number);
        if (verdict.code === 'OVERRIDE_FORBIDDEN') throw PlanErrors.overrideForbidden();
        throw PlanErrors.blockers(countFindings(findings).blockers, findings.filter((f) => f.severity === 'blocker'));
      }
      const documents = await this.attachments(actor, caseId, input.documentIds ?? []);
      // An admin's override may skip the client's step: the case still walks the status table.
      if (verdict.overridesApproval && c.status === 'client_review') await this.cases.transition(actor, caseId, 'ready_to_submit');
      await this.cases.transition(actor, caseId, 'submitted');
      const round = Object.assign(new SubmissionRound(), {
        tenantId: actor.tenantId,
        id: newId(),
        planId: plan.id,
        caseId,
        number: rounds.length + 1,
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
      await this.db.manager().insert(SubmissionRound, round);
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
      const c = await this.plans.openCase(actor, caseId);
      const plan = await this.plans.lockedPlan(actor, caseId);
      const round = (await this.rounds(actor.tenantId, caseId)).find((r) => r.number === number);
      if (!round) throw PlanErrors.roundNotFound(number);
      if (round.outcome !== null && round.outcome !== 'no_reply') throw PlanErrors.replyRecorded(number);
      const receivedAt = input.receivedAt ?? this.clock.now();
      const notice = await this.cases.addNotice(actor, caseId, { text: input.text, receivedAt });
      const changes = { outcome: input.outcome, replyNoticeId: notice.id, replyReceivedAt: receivedAt, replyRecordedBy: actor.membershipId };
      await this.db.manager().update(SubmissionRound, { tenantId: actor.tenantId, id: round.id }, changes);
      Object.assign(round, changes);
      if (input.outcome === 'more_info_requested' && plan.headRevision !== round.revisionNumber) {
        const sent = await this.plans.visibleRevision(actor, plan, round.revisionNumber);
        await this.plans.append(actor, c, plan, { sections: sent.sections, origin: 'next_round', note: `Round ${number + 1} starts from the revision sent in round ${number}` });
      }
      const to = statusAfterReply(input.outcome);
      if (c.status !== to) await this.cases.transition(actor, caseId, to);
      await this.timeline.append(actor, caseId, { kind: 'plan.reply_recorded', payload: { round: number, outcome: input.outcome, noticeId: notice.id } });
      await this.audit.record(actor, { action: 'plan.reply_recorded', entityType: 'submission_round', entityId: round.id, after: { round: number, outcome: input.outcome } });
      return round;
    });
  }

  /** Round history, oldest first, each with what changed since the round before. */
  list(actor: Actor, caseId: string): Promise<RoundView[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      const rounds = await this.rounds(actor.tenantId, caseId);
      const views: RoundView[] = [];
      for (const [i, round] of rounds.entries()) {
        const previous = rounds[i - 1];
        if (!previous) {
          views.push({ round, changes: null });
          continue;
        }
        // Both revisions were sent, hence shared: visible to the client too.
        const a = await this.plans.visibleRevision(actor, plan, previous.revisionNumber);
        const b = await this.plans.visibleRevision(actor, plan, round.revisionNumber);
        const sections = diffPlans(documentOf(plan.language, a.sections), documentOf(plan.language, b.sections));
        views.push({ round, changes: { fromRevision: a.number, sections, summary: summarizeDiff(sections, plan.language) } });
      }
      return views;
    });
  }

  private rounds(tenantId: string, caseId: string): Promise<SubmissionRound[]> {
    return this.db.manager().find(SubmissionRound, { where: { tenantId, caseId }, order: { number: 'ASC' }, take: 100 });
  }

  private async attachments(actor: Actor, caseId: string, ids: string[]): Promise<SubmittedDocument[]> {
    if (!ids.length) return [];
    const onCase = new Map((await this.documents.list(actor, caseId)).map((d) => [d.id, d]));
    return [...new Set(ids)].map((id) => {
      const d = onCase.get(id);
      if (!d) throw PlanErrors.documentNotOnCase(id);
      return { id: d.id, filename: d.fileName, sha256: d.sha256.toString('hex') };
    });
  }
}
