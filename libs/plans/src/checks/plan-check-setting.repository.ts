import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { PlanCheckSetting } from './plan-check-setting.entity';

@Injectable()
export class PlanCheckSettingRepository {
  constructor(private readonly db: TenantDb) {}

  /** At most one row per rule (the primary key), so a few dozen. */
  all(tenantId: string): Promise<PlanCheckSetting[]> {
    return this.db.manager().find(PlanCheckSetting, { where: { tenantId } });
  }

  async upsert(setting: PlanCheckSetting): Promise<void> {
    await this.db.manager().upsert(PlanCheckSetting, setting, ['tenantId', 'ruleId']);
  }
}
