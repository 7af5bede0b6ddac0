import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Document, DocumentAccess } from './document.entity';

@Injectable()
export class DocumentRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(doc: Document): Promise<void> {
    await this.db.manager().insert(Document, doc);
  }

  findById(tenantId: string, id: string): Promise<Document | null> {
    return this.db.manager().findOneBy(Document, { tenantId, id });
  }

  findByHash(tenantId: string, caseId: string, sha256: Buffer): Promise<Document | null> {
    return this.db.manager().findOneBy(Document, { tenantId, caseId, sha256 });
  }

  /** A case's documents, oldest first (bounded: a case holds hundreds at most). */
  listForCase(tenantId: string, caseId: string): Promise<Document[]> {
    return this.db
      .manager()
      .createQueryBuilder(Document, 'd')
      .where('d.tenant_id = :tenantId AND d.case_id = :caseId', { tenantId, caseId })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(1000)
      .getMany();
  }

  async logAccess(entry: DocumentAccess): Promise<void> {
    await this.db.manager().insert(DocumentAccess, entry);
  }

  accessLog(tenantId: string, documentId: string): Promise<DocumentAccess[]> {
    return this.db
      .manager()
      .createQueryBuilder(DocumentAccess, 'a')
      .where('a.tenant_id = :tenantId AND a.document_id = :documentId', { tenantId, documentId })
      .orderBy('a.at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(1000)
      .getMany();
  }
}
