import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Severity } from '../plan-checks/plan-checks.types';

/** A tenant's choice for one plan-check rule: another severity, or off. */
@Entity('plan_check_settings')
export class PlanCheckSetting {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text', { name: 'rule_id' }) ruleId: string;
  @Column('text', { nullable: true }) severity: Severity | null;
  @Column('boolean') enabled: boolean;
  @Column('uuid', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
