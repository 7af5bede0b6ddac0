import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanFinding } from '../plan-checks/plan-checks.types';

export const ROUND_OUTCOMES = ['reinstated', 'rejected', 'more_info_requested', 'no_reply'] as const;
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];

/** What was attached to a submission, frozen at the time (the document may be renamed later). */
export interface SubmittedDocument {
  id: string;
  filename: string;
  sha256: string;
}

/** One submission to the marketplace: the exact revision and documents sent, and the reply. */
@Entity('submission_rounds')
export class SubmissionRound {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('integer') number: number;
  @Column('integer', { name: 'revision_number' }) revisionNumber: number;
  @Column('jsonb') documents: SubmittedDocument[];
  /** The checks as run just before submission. */
  @Column('jsonb') findings: PlanFinding[];
  @Column('uuid', { name: 'approval_review_id', nullable: true }) approvalReviewId: string | null;
  @Column('text', { name: 'approval_override_reason', nullable: true }) approvalOverrideReason: string | null;
  @Column('text', { name: 'check_override_reason', nullable: true }) checkOverrideReason: string | null;
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('text', { nullable: true }) outcome: RoundOutcome | null;
  @Column('uuid', { name: 'reply_notice_id', nullable: true }) replyNoticeId: string | null;
  @Column('timestamptz', { name: 'reply_received_at', nullable: true }) replyReceivedAt: Date | null;
  @Column('uuid', { name: 'reply_recorded_by', nullable: true }) replyRecordedBy: string | null;
}
