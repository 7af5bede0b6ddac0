import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PauseReason = 'client_review' | 'documents';

/** A stretch the case waited on the client (its review, or documents it owes); the clock does not count it. */
@Entity('service_clock_pauses')
export class ServiceClockPause {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') reason: PauseReason;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  /** Null while it lasts. */
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
}
