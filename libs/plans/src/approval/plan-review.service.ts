import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientService, STAFF_ROLES } from '@reinstate/clients';
import { TimelineService } from '@reinstate/cases';
import { NotificationService } from '@reinstate/notifications';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { PlanService } from '../drafts/plan.service';
import { PlanErrors } from '../plans.errors';
import { PlanReview } from './plan-review.entity';
import { PlanReviewRepository } from './plan-review.repository';

/**
 * The client's approval. Staff send one revision for review (the case goes to client_review and
 * the revision becomes visible to the client); the client approves it (ready_to_submit) or asks
 * for changes (back to drafting). Sending again supersedes an unanswered request.
 */
@Injectable()
export class PlanReviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly reviews: PlanReviewRepository,
    private readonly plans: PlanService,
    private readonly timeline: TimelineService,
    private readonly clients: ClientService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  request(actor: Actor, caseId: string, input: { revision: number; message?: string }): Promise<PlanReview> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan, case: c } = await this.plans.lockForChange(actor, caseId);
      const revision = await this.plans.visibleRevision(actor, plan, input.revision);
      const now = this.clock.now();
      await this.reviews.supersedePending(actor.tenantId, plan.id, actor.membershipId, now);
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
      await this.reviews.insert(review);
      await this.plans.markShared(revision);
      // From drafting directly; from ready_to_submit or after a reply back through drafting.
      await this.plans.moveCase(actor, c, 'client_review');
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
      const { plan, case: c } = await this.plans.lockForChange(actor, caseId);
      requireRole(actor, ['client']);
      const review = await this.reviews.find(actor.tenantId, plan.id, reviewId);
      if (!review) throw PlanErrors.reviewNotFound();
      if (review.decision !== null) throw PlanErrors.reviewPending();
      Object.assign(review, { decision: input.decision, comment: input.comment ?? null, decidedBy: actor.membershipId, decidedAt: this.clock.now() });
      await this.reviews.decide(review);
      await this.plans.moveCase(actor, c, input.decision === 'approved' ? 'ready_to_submit' : 'drafting');
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
      await this.audit.record(actor, { action: kind, entityType: 'plan_review', entityId: reviewId, after: { revision: review.revisionNumber, comment: review.comment } });
      return review;
    });
  }

  list(actor: Actor, caseId: string): Promise<PlanReview[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      return this.reviews.list(actor.tenantId, plan.id);
    });
  }

  /**
   * The client's approval of exactly this revision, if it stands: the newest request for it that
   * was not replaced must be approved. A later request for the same revision (pending, or
   * answered with "changes requested") takes an earlier approval back.
   */
  async approvalOf(tenantId: string, planId: string, revisionNumber: number): Promise<PlanReview | null> {
    const latest = await this.reviews.latestFor(tenantId, planId, revisionNumber);
    return latest?.decision === 'approved' ? latest : null;
  }

  /** A submission goes out without waiting for an unanswered request (an admin's override). */
  supersedePending(actor: Actor, planId: string): Promise<void> {
    return this.reviews.supersedePending(actor.tenantId, planId, actor.membershipId, this.clock.now());
  }
}
