import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

const KINDS = "'invoice', 'receipt', 'supplier_letter', 'letter_of_authorization', 'identity', 'utility_bill', 'notice', 'correspondence', 'other'";

/** Uploaded documents, their access log, document requests (the client's checklist) and checklist templates. */
export class Documents1764000300000 implements MigrationInterface {
  name = 'Documents1764000300000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE document_requests (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
         description text CHECK (char_length(description) <= 5000),
         due_on date,
         status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fulfilled', 'cancelled')),
         source text NOT NULL CHECK (source IN ('manual', 'checklist')),
         requested_by uuid NOT NULL,
         fulfilled_at timestamptz,
         fulfilled_document_id uuid,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, requested_by) REFERENCES memberships(tenant_id, id),
         CHECK ((status = 'fulfilled') = (fulfilled_at IS NOT NULL))
       )`,
      `CREATE INDEX document_requests_case_idx ON document_requests (tenant_id, case_id, created_at, id)`,
      `CREATE INDEX document_requests_due_idx ON document_requests (tenant_id, status, due_on)`,
      ...tenantTableSecurity('document_requests'),

      `CREATE TABLE documents (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
         storage_key text NOT NULL CHECK (char_length(storage_key) BETWEEN 1 AND 512),
         mime text NOT NULL,
         charset text,
         size_bytes bigint NOT NULL CHECK (size_bytes > 0),
         sha256 bytea NOT NULL CHECK (octet_length(sha256) = 32),
         issued_on date,
         supplier_name text CHECK (char_length(supplier_name) <= 300),
         supplier_contact text CHECK (char_length(supplier_contact) <= 500),
         warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
         request_id uuid,
         uploaded_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, case_id, sha256),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, request_id) REFERENCES document_requests(tenant_id, id),
         FOREIGN KEY (tenant_id, uploaded_by) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX documents_case_idx ON documents (tenant_id, case_id, created_at, id)`,
      ...tenantTableSecurity('documents', 'SELECT, INSERT, UPDATE'),
      `ALTER TABLE document_requests ADD FOREIGN KEY (tenant_id, fulfilled_document_id) REFERENCES documents(tenant_id, id)`,
      `ALTER TABLE notices ADD FOREIGN KEY (tenant_id, document_id) REFERENCES documents(tenant_id, id)`,

      // Who viewed or downloaded what, and when: append-only like the audit log.
      `CREATE TABLE document_access_log (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         document_id uuid NOT NULL,
         membership_id uuid NOT NULL,
         action text NOT NULL CHECK (action IN ('view', 'download')),
         at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, document_id) REFERENCES documents(tenant_id, id),
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX document_access_log_doc_idx ON document_access_log (tenant_id, document_id, at, id)`,
      ...tenantTableSecurity('document_access_log', 'SELECT, INSERT'),

      `CREATE TABLE checklist_templates (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         category text NOT NULL,
         items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array' AND jsonb_array_length(items) <= 50),
         updated_by uuid NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, category),
         FOREIGN KEY (tenant_id, updated_by) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('checklist_templates'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notices DROP CONSTRAINT IF EXISTS notices_tenant_id_document_id_fkey');
    for (const t of ['checklist_templates', 'document_access_log', 'documents', 'document_requests']) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
  }
}
