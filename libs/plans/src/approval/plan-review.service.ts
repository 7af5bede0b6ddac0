import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientService, STAFF_ROLES } from '@reinstate/clients';
import { NotificationService } from '@reinstate/notifications';
import { CaseService, TimelineService } from '@reinstate/cases';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { IsNull } from 'typeorm';
import { PlanService } from '../drafts/plan.service';
import { PlanErrors } from '../plans.errors';
import { PlanReview } from './plan-review.entity';

/**
 * The client's approval. Staff send one revision for review (the case goes to client_review and
 * the revision becomes visible to the client); the client approves it (ready_to_submit) or asks
 * for changes (back to drafting). Sending a newer revision supersedes an unanswered request.
 */
@Injectable()
export class PlanReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly plans: PlanService,
    private readonly cases: CaseService,
    private readonly timeline: TimelineService,
    private readonly clients: ClientService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  request(actor: Actor, caseId: string, input: { revision: number; message?: string }): Promise<PlanReview> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.plans.openCase(actor, caseId);
      const plan = await this.plans.lockedPlan(actor, caseId);
      const revision = await this.plans.visibleRevision(actor, plan, input.revision);
      const now = this.clock.now();
      await this.db
        .manager()
        .update(PlanReview, { tenantId: actor.tenantId, planId: plan.id, decision: IsNull() }, { decision: 'superseded', decidedBy: actor.membershipId, decidedAt: now });
      const review = Object.assign(new PlanReview(), {
        tenantId: actor.tenantId,
        id: newId(),
        planId: plan.id,
        caseId,
        revisionNumber: revision.number,
        message: input.message ?? null,
        requestedBy: actor.membershipId,
        requestedAt: now,
        decision: null,
        comment: null,
        decidedBy: null,
        decidedAt: null,
      });
      await this.db.manager().insert(PlanReview, review);
      await this.plans.markShared(revision);
      if (c.status !== 'client_review') await this.cases.transition(actor, caseId, 'client_review');
      await this.timeline.append(actor, caseId, { kind: 'plan.review_requested', payload: { reviewId: review.id, revision: revision.number } });
      await this.notifications.notify(actor, {
        recipients: await this.clients.userMembershipIds(actor, c.clientId),
        kind: 'plan.review_requested',
        subjectType: 'case',
        subjectId: caseId,
        payload: { number: c.number, title: c.title, revision: revision.number, reviewId: review.id },
      });
      await this.audit.record(actor, { action: 'plan.review_requested', entityType: 'plan_review', entityId: review.id, after: { revision: revision.number } });
      return review;
    });
  }

  /** The client's answer to the pending request. */
  decide(actor: Actor, caseId: string, reviewId: string, input: { decision: 'approved' | 'changes_requested'; comment?: string }): Promise<PlanReview> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      // Visibility first: another tenant's staff get the same 404 as for a missing case.
      const c = await this.plans.openCase(actor, caseId);
      requireRole(actor, ['client']);
      const plan = await this.plans.lockedPlan(actor, caseId);
      const review = await this.db.manager().findOneBy(PlanReview, { tenantId: actor.tenantId, id: reviewId, planId: plan.id });
      if (!review) throw PlanErrors.reviewNotFound();
      if (review.decision !== null) throw PlanErrors.reviewPending();
      Object.assign(review, { decision: input.decision, comment: input.comment ?? null, decidedBy: actor.membershipId, decidedAt: this.clock.now() });
      await this.db
        .manager()
        .update(PlanReview, { tenantId: actor.tenantId, id: reviewId }, { decision: review.decision, comment: review.comment, decidedBy: review.decidedBy, decidedAt: review.decidedAt });
      await this.cases.transition(actor, caseId, input.decision === 'approved' ? 'ready_to_submit' : 'drafting');
      const kind = input.decision === 'approved' ? 'plan.approved' : 'plan.changes_requested';
      await this.timeline.append(actor, caseId, { kind, payload: { reviewId, revision: review.revisionNumber } });
      // The consultant who asked and the case's lead hear the answer at once.
      await this.notifications.notify(actor, {
        recipients: [review.requestedBy, ...(c.leadMembershipId ? [c.leadMembershipId] : [])],
        kind,
        subjectType: 'case',
        subjectId: caseId,
        payload: { number: c.number, title: c.title, revision: review.revisionNumber, comment: review.comment },
      });
      await this.audit.record(actor, { action: `plan.${input.decision}`, entityType: 'plan_review', entityId: reviewId, after: { revision: review.revisionNumber, comment: review.comment } });
      return review;
    });
  }

  list(actor: Actor, caseId: string): Promise<PlanReview[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      return this.db.manager().find(PlanReview, { where: { tenantId: actor.tenantId, planId: plan.id }, order: { requestedAt: 'DESC', id: 'DESC' }, take: 500 });
    });
  }

  /** The client's approval of exactly this revision, if given. */
  approvalOf(tenantId: string, planId: string, revisionNumber: number): Promise<PlanReview | null> {
    return this.db.manager().findOne(PlanReview, { where: { tenantId, planId, revisionNumber, decision: 'approved' }, order: { decidedAt: 'DESC' } });
  }
}
