import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { IsNull, Not } from 'typeorm';
import { PlanReview } from './plan-review.entity';

@Injectable()
export class PlanReviewRepository {
  constructor(private readonly db: TenantDb) {}

  /** Closes an unanswered request (a newer one replaces it, or the plan went out without it). */
  async supersedePending(tenantId: string, planId: string, by: string, at: Date): Promise<void> {
    await this.db.manager().update(PlanReview, { tenantId, planId, decision: IsNull() }, { decision: 'superseded', decidedBy: by, decidedAt: at });
  }

  async insert(review: PlanReview): Promise<void> {
    await this.db.manager().insert(PlanReview, review);
  }

  find(tenantId: string, planId: string, id: string): Promise<PlanReview | null> {
    return this.db.manager().findOneBy(PlanReview, { tenantId, planId, id });
  }

  async decide(review: PlanReview): Promise<void> {
    await this.db
      .manager()
      .update(PlanReview, { tenantId: review.tenantId, id: review.id }, { decision: review.decision, comment: review.comment, decidedBy: review.decidedBy, decidedAt: review.decidedAt });
  }

  /** Newest first; a plan is reviewed a handful of times, the bound only keeps it finite. */
  list(tenantId: string, planId: string): Promise<PlanReview[]> {
    return this.db.manager().find(PlanReview, { where: { tenantId, planId }, order: { requestedAt: 'DESC', id: 'DESC' }, take: 500 });
  }

  /** The newest request for this revision that was not replaced: pending, approved or refused. */
  latestFor(tenantId: string, planId: string, revisionNumber: number): Promise<PlanReview | null> {
    return this.db.manager().findOne(PlanReview, {
      where: [
        { tenantId, planId, revisionNumber, decision: IsNull() },
        { tenantId, planId, revisionNumber, decision: Not('superseded') },
      ],
      order: { requestedAt: 'DESC', id: 'DESC' },
    });
  }
}
