import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { Actor, Clock, TenantDb, requireRole } from '@reinstate/platform';
import { IdentityErrors } from '../identity.errors';
import { Tenant } from './tenant.entity';
import { TenantRepository } from './tenant.repository';
import { assertTimeZone } from './time-zone.policy';

export interface TenantSettingsPatch {
  name?: string;
  timeZone?: string;
  defaultLocale?: 'ja' | 'en';
}

/** The consultancy's own settings. */
@Injectable()
export class TenantService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  get(actor: Actor): Promise<Tenant> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const tenant = await this.tenants.findById(actor.tenantId);
      if (!tenant) throw IdentityErrors.tenantNotFound();
      return tenant;
    });
  }

  update(actor: Actor, patch: TenantSettingsPatch): Promise<Tenant> {
    requireRole(actor, ['admin']);
    if (patch.timeZone !== undefined) assertTimeZone(patch.timeZone);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.tenants.findById(actor.tenantId);
      if (!before) throw IdentityErrors.tenantNotFound();
      const changes = {
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
        ...(patch.defaultLocale !== undefined ? { defaultLocale: patch.defaultLocale } : {}),
      };
      await this.tenants.update(actor.tenantId, { ...changes, updatedAt: this.clock.now() });
      await this.audit.record(actor, {
        action: 'tenant.settings_updated',
        entityType: 'tenant',
        entityId: actor.tenantId,
        before: { name: before.name, timeZone: before.timeZone, defaultLocale: before.defaultLocale },
        after: { name: before.name, timeZone: before.timeZone, defaultLocale: before.defaultLocale, ...changes },
      });
      return (await this.tenants.findById(actor.tenantId))!;
    });
  }
}
