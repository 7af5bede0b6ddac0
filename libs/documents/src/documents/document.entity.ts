import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentKind } from '../checklists/default-checklists';
import type { EvidenceWarning } from '../checklists/evidence-checks.policy';

/** An uploaded file's metadata; the bytes live in the storage driver under `storageKey`. */
@Entity('documents')
export class Document {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') kind: DocumentKind;
  @Column('text', { name: 'file_name' }) fileName: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text') mime: string;
  @Column('text', { nullable: true }) charset: string | null;
  @Column('bigint', { name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) sizeBytes: number;
  @Column('bytea') sha256: Buffer;
  @Column('date', { name: 'issued_on', nullable: true }) issuedOn: string | null;
  @Column('text', { name: 'supplier_name', nullable: true }) supplierName: string | null;
  @Column('text', { name: 'supplier_contact', nullable: true }) supplierContact: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb
  @Column('jsonb') warnings: EvidenceWarning[] | any;
  @Column('uuid', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

@Entity('document_access_log')
export class DocumentAccess {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'document_id' }) documentId: string;
  @Column('uuid', { name: 'membership_id' }) membershipId: string;
  @Column('text') action: 'view' | 'download';
  @Column('timestamptz') at: Date;
}
