import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A full member's crisis: a consultant takes over at once, any hour. */
@Entity('emergencies')
export class Emergency {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('uuid', { name: 'raised_by' }) raisedBy: string;
  @Column('text') description: string;
  @Column('text', { name: 'callback_number' }) callbackNumber: string;
  @Column('integer', { name: 'response_target_minutes' }) responseTargetMinutes: number;
  @Column('uuid', { name: 'assigned_membership_id', nullable: true }) assignedMembershipId: string | null;
  @Column('timestamptz', { name: 'raised_at' }) raisedAt: Date;
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
  @Column('uuid', { name: 'acknowledged_by', nullable: true }) acknowledgedBy: string | null;
}
