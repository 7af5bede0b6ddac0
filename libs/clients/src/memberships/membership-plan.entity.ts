import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PlanTier = 'trial' | 'full';

/** A membership plan a consultancy sells, with what it entitles. */
@Entity('membership_plans')
export class MembershipPlan {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'name_ja' }) nameJa: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  @Column('text') tier: PlanTier;
  /** Trial length, or the billing period of a full plan; null = open-ended. */
  @Column('integer', { name: 'term_days', nullable: true }) termDays: number | null;
  @Column('boolean', { name: 'emergency_support' }) emergencySupport: boolean;
  /** null = no limit. */
  @Column('integer', { name: 'max_open_cases', nullable: true }) maxOpenCases: number | null;
  @Column('integer', { name: 'emergency_response_minutes' }) emergencyResponseMinutes: number;
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

export type MembershipStatus = 'active' | 'expired' | 'cancelled';

/** One period of a client's membership. */
@Entity('client_memberships')
export class ClientMembership {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  /** Stored status; read it through effectiveStatus(), which also knows the clock. */
  @Column('text') status: MembershipStatus;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
