import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SenderDepartment, Severity, ViolationCategory } from '../notice-reader/notice-reader.types';

export const CASE_STATUSES = [
  'intake',
  'triage',
  'drafting',
  'internal_review',
  'client_review',
  'ready_to_submit',
  'submitted',
  'awaiting_reply',
  'more_info_requested',
  'reinstated',
  'rejected',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CasePriority = 'low' | 'normal' | 'high' | 'critical';

/** numeric columns arrive from pg as strings; the entity speaks numbers. */
const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One appeal: a marketplace action against a client's account, worked until it ends. */
@Entity('cases')
export class Case {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('integer') number: number;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  /** Staff only. */
  @Column('text', { name: 'internal_note', nullable: true }) internalNote: string | null;
  @Column('text') marketplace: string;
  @Column('text', { nullable: true }) severity: Severity | null;
  @Column('text', { array: true }) categories: ViolationCategory[];
  @Column('text', { name: 'sender_department', nullable: true }) senderDepartment: SenderDepartment | null;
  @Column('text', { array: true }) asins: string[];
  @Column('timestamptz', { name: 'marketplace_deadline', nullable: true }) marketplaceDeadline: Date | null;
  @Column('integer', { name: 'unsuccessful_appeals' }) unsuccessfulAppeals: number;
  @Column('integer', { name: 'appeal_limit', nullable: true }) appealLimit: number | null;
  @Column('integer', { name: 'account_health_rating', nullable: true }) accountHealthRating: number | null;
  @Column('numeric', { name: 'order_defect_rate', nullable: true, transformer: decimal }) orderDefectRate: number | null;
  @Column('numeric', { name: 'cancellation_rate', nullable: true, transformer: decimal }) cancellationRate: number | null;
  @Column('numeric', { name: 'late_shipment_rate', nullable: true, transformer: decimal }) lateShipmentRate: number | null;
  @Column('numeric', { name: 'valid_tracking_rate', nullable: true, transformer: decimal }) validTrackingRate: number | null;
  @Column('text') status: CaseStatus;
  @Column('text', { name: 'close_reason', nullable: true }) closeReason: 'withdrawn' | 'lost' | 'duplicate' | null;
  @Column('text') priority: CasePriority;
  @Column('uuid', { name: 'lead_membership_id', nullable: true }) leadMembershipId: string | null;
  @Column('uuid', { name: 'opened_by' }) openedBy: string;
  @Column('text', { name: 'opened_via' }) openedVia: 'staff' | 'portal';
  @Column('timestamptz', { name: 'intake_confirmed_at', nullable: true }) intakeConfirmedAt: Date | null;
  @Column('uuid', { name: 'intake_confirmed_by', nullable: true }) intakeConfirmedBy: string | null;
  // The service clock's derived state, recomputed (service-clock/) with every change that moves it.
  /** Start of the current work period; null while the clock is stopped (the marketplace has the ball, or the case ended). */
  @Column('timestamptz', { name: 'service_started_at', nullable: true }) serviceStartedAt: Date | null;
  @Column('integer', { name: 'service_target_minutes', nullable: true }) serviceTargetMinutes: number | null;
  /** When the target is reached; null while paused or stopped. */
  @Column('timestamptz', { name: 'service_due_at', nullable: true }) serviceDueAt: Date | null;
  /** When the current period's target was reached, as of the last recompute (see clockView for "now"). */
  @Column('timestamptz', { name: 'service_breached_at', nullable: true }) serviceBreachedAt: Date | null;
  /** A pause is open: the client owes a review or documents. */
  @Column('boolean', { name: 'waiting_on_client' }) waitingOnClient: boolean;
  /** least(marketplace deadline, service due): computed by PostgreSQL, never written. */
  @Column({ type: 'timestamptz', name: 'next_due_at', nullable: true, insert: false, update: false }) nextDueAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('integer') version: number;
}

/**
 * What a list or the queue shows of a case: who, what, where it stands and both clocks. The
 * notes, ASINs and account-health figures are on the detail (DESIGN §9: a list selects the
 * columns it shows; a 50-row page of whole cases was 68 KB and most of its CPU, bench/cases).
 */
export const CASE_SUMMARY_FIELDS = [
  'id',
  'number',
  'clientId',
  'title',
  'marketplace',
  'severity',
  'categories',
  'marketplaceDeadline',
  'unsuccessfulAppeals',
  'appealLimit',
  'status',
  'closeReason',
  'priority',
  'leadMembershipId',
  'intakeConfirmedAt',
  'serviceStartedAt',
  'serviceTargetMinutes',
  'serviceDueAt',
  'serviceBreachedAt',
  'waitingOnClient',
  'nextDueAt',
  'createdAt',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof Case)[];
export type CaseSummary = Pick<Case, (typeof CASE_SUMMARY_FIELDS)[number]>;
