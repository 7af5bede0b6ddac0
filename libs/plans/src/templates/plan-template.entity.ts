import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';

/** A tenant's starting structure for plans of one violation category (or any, when null). */
@Entity('plan_templates')
export class PlanTemplate {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') language: PlanLanguage;
  @Column('text', { nullable: true }) category: string | null;
  @Column('jsonb') sections: PlanSection[];
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('integer') version: number;
}
