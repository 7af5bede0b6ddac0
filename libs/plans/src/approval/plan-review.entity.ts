import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReviewDecision = 'approved' | 'changes_requested' | 'superseded';

/** A revision sent to the client for review, and the client's answer. */
@Entity('plan_reviews')
export class PlanReview {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('integer', { name: 'revision_number' }) revisionNumber: number;
  @Column('text', { nullable: true }) message: string | null;
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt: Date;
  /** Null while the client has not answered; `superseded` when a newer revision was sent instead. */
  @Column('text', { nullable: true }) decision: ReviewDecision | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
}
