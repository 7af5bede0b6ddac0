import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Notice } from './notice.entity';

@Injectable()
export class NoticeRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(n: Notice): Promise<void> {
    await this.db.manager().insert(Notice, n);
  }

  findById(tenantId: string, caseId: string, id: string): Promise<Notice | null> {
    return this.db.manager().findOneBy(Notice, { tenantId, caseId, id });
  }

  /** A case's notices in the order they arrived (a case collects tens, not thousands). */
  listForCase(tenantId: string, caseId: string): Promise<Notice[]> {
    return this.db
      .manager()
      .createQueryBuilder(Notice, 'n')
      .where('n.tenant_id = :tenantId AND n.case_id = :caseId', { tenantId, caseId })
      .orderBy('n.received_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .limit(500)
      .getMany();
  }

  async markConfirmed(tenantId: string, id: string, by: string, at: Date): Promise<void> {
    await this.db.manager().update(Notice, { tenantId, id }, { confirmedAt: at, confirmedBy: by });
  }
}
