import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One item of a case's timeline. Internal items are never shown to client users. */
@Entity('case_events')
export class CaseEvent {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('text') kind: string;
  @Column('uuid', { name: 'actor_membership_id', nullable: true }) actorMembershipId: string | null;
  @Column('boolean') internal: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb
  @Column('jsonb') payload: Record<string, any>;
}
