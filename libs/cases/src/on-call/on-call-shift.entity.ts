import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A consultant's on-call period: emergencies raised inside it go to them. */
@Entity('on_call_shifts')
export class OnCallShift {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'membership_id' }) membershipId: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
