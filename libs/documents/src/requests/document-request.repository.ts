import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { ChecklistTemplate, DocumentRequest } from './document-request.entity';

@Injectable()
export class DocumentRequestRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(rows: DocumentRequest[]): Promise<void> {
    if (rows.length > 0) await this.db.manager().insert(DocumentRequest, rows);
  }

  findById(tenantId: string, id: string, lock = false): Promise<DocumentRequest | null> {
    const qb = this.db.manager().createQueryBuilder(DocumentRequest, 'r').where('r.tenant_id = :tenantId AND r.id = :id', { tenantId, id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  listForCase(tenantId: string, caseId: string): Promise<DocumentRequest[]> {
    return this.db
      .manager()
      .createQueryBuilder(DocumentRequest, 'r')
      .where('r.tenant_id = :tenantId AND r.case_id = :caseId', { tenantId, caseId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(1000)
      .getMany();
  }

  /** Whether the case has an open request (document_requests_case_idx narrows to the case). */
  async hasOpen(tenantId: string, caseId: string): Promise<boolean> {
    const rows: { open: boolean }[] = await this.db
      .manager()
      .query(`SELECT EXISTS (SELECT 1 FROM document_requests WHERE tenant_id = $1 AND case_id = $2 AND status = 'open') AS open`, [tenantId, caseId]);
    return rows[0]?.open ?? false;
  }

  async update(tenantId: string, id: string, patch: Partial<DocumentRequest>): Promise<void> {
    await this.db.manager().update(DocumentRequest, { tenantId, id }, patch);
  }

  getTemplate(tenantId: string, category: string): Promise<ChecklistTemplate | null> {
    return this.db.manager().findOneBy(ChecklistTemplate, { tenantId, category });
  }

  listTemplates(tenantId: string): Promise<ChecklistTemplate[]> {
    return this.db.manager().findBy(ChecklistTemplate, { tenantId });
  }

  async upsertTemplate(t: ChecklistTemplate): Promise<void> {
    await this.db
      .manager()
      .createQueryBuilder()
      .insert()
      .into(ChecklistTemplate)
      .values(t)
      .orUpdate(['items', 'updated_by', 'updated_at'], ['tenant_id', 'category'])
      .execute();
  }
}
