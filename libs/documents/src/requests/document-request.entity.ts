import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentKind } from '../checklists/default-checklists';

export type RequestStatus = 'open' | 'fulfilled' | 'cancelled';

/** One item of a client's checklist: a document the consultant asked for. */
@Entity('document_requests')
export class DocumentRequest {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') kind: DocumentKind;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('date', { name: 'due_on', nullable: true }) dueOn: string | null;
  @Column('text') status: RequestStatus;
  @Column('text') source: 'manual' | 'checklist';
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('timestamptz', { name: 'fulfilled_at', nullable: true }) fulfilledAt: Date | null;
  @Column('uuid', { name: 'fulfilled_document_id', nullable: true }) fulfilledDocumentId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

@Entity('checklist_templates')
export class ChecklistTemplate {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') category: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb array of ChecklistItem
  @Column('jsonb') items: any[];
  @Column('uuid', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
