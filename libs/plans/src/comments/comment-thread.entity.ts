import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommentAnchor } from '../revisions/anchor';

export type ThreadVisibility = 'internal' | 'shared';
export type SuggestionState = 'pending' | 'accepted' | 'rejected';

/** A review thread anchored to a quoted span of one revision; may carry a suggested edit. */
@Entity('plan_comment_threads')
export class CommentThread {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  /** The revision the quote was taken from. */
  @Column('integer', { name: 'revision_number' }) revisionNumber: number;
  @Column('jsonb') anchor: CommentAnchor;
  @Column('text') visibility: ThreadVisibility;
  @Column('text') status: 'open' | 'resolved';
  @Column('text', { nullable: true }) suggestion: string | null;
  @Column('text', { name: 'suggestion_state', nullable: true }) suggestionState: SuggestionState | null;
  /** The revision an accepted suggestion produced. */
  @Column('integer', { name: 'suggestion_revision', nullable: true }) suggestionRevision: number | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('uuid', { name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** One message of a thread (the first one is the comment itself). */
@Entity('plan_comments')
export class PlanComment {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'thread_id' }) threadId: string;
  @Column('uuid', { name: 'author_membership_id' }) authorMembershipId: string;
  @Column('text') body: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
