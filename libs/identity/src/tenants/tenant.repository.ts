import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(tenant: Tenant): Promise<void> {
    await this.db.manager().insert(Tenant, tenant);
  }

  async findById(id: string): Promise<Tenant | null> {
    const rows = await this.db.selectAs(Tenant, { text: `SELECT ${this.db.rowsOf(Tenant).columns('t')} FROM tenants t WHERE t.id = $1`, values: [id] });
    return rows[0] ?? null;
  }

  async update(id: string, patch: Partial<Pick<Tenant, 'name' | 'timeZone' | 'defaultLocale' | 'updatedAt'>>): Promise<void> {
    await this.db.manager().update(Tenant, { id }, patch);
  }
}
