import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import type { PlanLanguage } from '../plan-checks/plan-checks.types';
import { PlanTemplate } from './plan-template.entity';

@Injectable()
export class PlanTemplateRepository {
  constructor(private readonly db: TenantDb) {}

  /** By name; a tenant keeps tens of templates, the bound only keeps it finite. */
  list(tenantId: string, filter: { category?: string; language?: PlanLanguage }): Promise<PlanTemplate[]> {
    const qb = this.db.manager().createQueryBuilder(PlanTemplate, 't').where('t.tenant_id = :tenantId', { tenantId });
    if (filter.category) qb.andWhere('t.category = :category', { category: filter.category });
    if (filter.language) qb.andWhere('t.language = :language', { language: filter.language });
    return qb.orderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC').limit(500).getMany();
  }

  find(tenantId: string, id: string): Promise<PlanTemplate | null> {
    return this.db.manager().findOneBy(PlanTemplate, { tenantId, id });
  }

  async insert(t: PlanTemplate): Promise<void> {
    await this.db.manager().insert(PlanTemplate, t);
  }

  async updateIfVersion(tenantId: string, id: string, version: number, changes: Partial<PlanTemplate>): Promise<boolean> {
    const res = await this.db
      .manager()
      .createQueryBuilder()
      .update(PlanTemplate)
      .set({ ...changes, version: () => 'version + 1' })
      .where('tenant_id = :tenantId AND id = :id AND version = :version', { tenantId, id, version })
      .execute();
    return res.affected === 1;
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.db.manager().delete(PlanTemplate, { tenantId, id });
  }

  /** The newest template of the category in the language, else the newest one for any category. */
  newestFor(tenantId: string, category: string | null, language: PlanLanguage): Promise<PlanTemplate | null> {
    return this.db
      .manager()
      .createQueryBuilder(PlanTemplate, 't')
      .where('t.tenant_id = :tenantId AND t.language = :language', { tenantId, language })
      .andWhere('(t.category = :category OR t.category IS NULL)', { category })
      .orderBy('t.category IS NULL', 'ASC')
      .addOrderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(1)
      .getOne();
  }
}
