import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An in-app notification for one member. */
@Entity('notifications')
export class Notification {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'recipient_membership_id' })
  recipientMembershipId: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'subject_type' })
  subjectType: string;

  @Column('uuid', { name: 'subject_id', nullable: true })
  subjectId: string | null;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb
  @Column('jsonb')
  payload: Record<string, any>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
