import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanFinding, PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';

/** The plan of action (改善計画書) of one case; its text lives in revisions. */
@Entity('plans')
export class Plan {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') language: PlanLanguage;
  /** Number of the newest revision: the `version` an edit must be based on. */
  @Column('integer', { name: 'head_revision' }) headRevision: number;
  @Column('uuid', { name: 'template_id', nullable: true }) templateId: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

export type RevisionOrigin = 'template' | 'edit' | 'suggestion' | 'next_round';

/** One saved state of a plan. Never changed after insert (the database grants no UPDATE on it). */
@Entity('plan_revisions')
export class PlanRevision {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('integer') number: number;
  @Column('integer', { name: 'based_on', nullable: true }) basedOn: number | null;
  @Column('text') origin: RevisionOrigin;
  @Column('jsonb') sections: PlanSection[];
  @Column('text', { nullable: true }) note: string | null;
  /** The plan checks' findings with the tenant's settings at save time. */
  @Column('jsonb') findings: PlanFinding[];
  @Column('integer') blockers: number;
  @Column('integer') warnings: number;
  @Column('uuid', { name: 'author_membership_id' }) authorMembershipId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  /** When the client was first shown it (review request or submission); null = staff only. */
  @Column('timestamptz', { name: 'shared_at', nullable: true }) sharedAt: Date | null;
}
