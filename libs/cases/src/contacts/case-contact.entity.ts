import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ContactDepartment = 'account_specialist' | 'account_health_support' | 'technical_support' | 'other';

/** A call or message with one of the marketplace's teams: evidence on the timeline, never a decision. */
@Entity('case_contacts')
export class CaseContact {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') department: ContactDepartment;
  @Column('text') channel: 'phone' | 'email' | 'chat' | 'other';
  @Column('text') direction: 'inbound' | 'outbound';
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('text', { nullable: true }) counterpart: string | null;
  @Column('text') summary: string;
  @Column('boolean', { name: 'shared_with_client' }) sharedWithClient: boolean;
  @Column('uuid', { name: 'logged_by' }) loggedBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
