import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(tenant: Tenant): Promise<void> {
    await this.db.manager().insert(Tenant, tenant);
  }

  findById(id: string): Promise<Tenant | null> {
    return this.db.manager().findOneBy(Tenant, { id });
  }

  async update(id: string, patch: Partial<Pick<Tenant, 'name' | 'timeZone' | 'defaultLocale' | 'updatedAt'>>): Promise<void> {
    await this.db.manager().update(Tenant, { id }, patch);
  }
}
