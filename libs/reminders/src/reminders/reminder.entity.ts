import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReminderStatus = 'pending' | 'queued' | 'sent' | 'cancelled' | 'failed';

/** A reminder is data: it exists, is due, is sent once, or is cancelled with what caused it. */
@Entity('reminders')
export class Reminder {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: string;
  @Column('text', { name: 'subject_type' }) subjectType: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'recipient_membership_id' }) recipientMembershipId: string;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('text') status: ReminderStatus;
  @Column('text', { name: 'unique_key' }) uniqueKey: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb
  @Column('jsonb') payload: Record<string, any>;
  @Column('timestamptz', { name: 'queued_at', nullable: true }) queuedAt: Date | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
