import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NoticeReading } from '../notice-reader/notice-reader.types';

/** A marketplace message on a case, stored verbatim, with what the reader made of it. */
@Entity('notices')
export class Notice {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') source: 'paste' | 'upload';
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('text', { name: 'from_address', nullable: true }) fromAddress: string | null;
  @Column('text') body: string;
  @Column('uuid', { name: 'document_id', nullable: true }) documentId: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb; typed as NoticeReading by the service
  @Column('jsonb') reading: NoticeReading | any;
  @Column('integer', { name: 'reader_version' }) readerVersion: number;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column('uuid', { name: 'confirmed_by', nullable: true }) confirmedBy: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
