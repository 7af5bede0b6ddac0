import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService, pickFields } from '@reinstate/audit';
import { TenantHooks } from '@reinstate/identity';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { STAFF_ROLES } from '../clients/client-access.policy';
import { MembershipPlan, type PlanTier } from './membership-plan.entity';
import { MembershipRepository } from './membership.repository';
import { MembershipErrors } from './memberships.errors';

export interface PlanInput {
  nameJa: string;
  nameEn: string;
  tier: PlanTier;
  termDays?: number | null;
  emergencySupport?: boolean;
  maxOpenCases?: number | null;
  emergencyResponseMinutes?: number;
  active?: boolean;
}

/** What every new consultancy starts with: a 14-day trial and a full membership. */
export const SEEDED_PLANS: PlanInput[] = [
  { nameJa: '無料トライアル（14日間）', nameEn: 'Free trial (14 days)', tier: 'trial', termDays: 14, emergencySupport: false, maxOpenCases: 5 },
  { nameJa: '正会員', nameEn: 'Full membership', tier: 'full', termDays: null, emergencySupport: true, maxOpenCases: null, emergencyResponseMinutes: 60 },
];

@Injectable()
export class MembershipPlanService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: MembershipRepository,
    private readonly tenantHooks: TenantHooks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.tenantHooks.onCreated(async ({ actor }) => {
      await this.repo.insertPlans(SEEDED_PLANS.map((p) => this.build(actor, p)));
    });
  }

  list(actor: Actor): Promise<MembershipPlan[]> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.repo.listPlans(actor.tenantId));
  }

  create(actor: Actor, input: PlanInput): Promise<MembershipPlan> {
    requireRole(actor, ['admin']);
    assertPlanRules(input);
    const plan = this.build(actor, input);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.repo.insertPlans([plan]);
      await this.audit.record(actor, { action: 'plan.created', entityType: 'membership_plan', entityId: plan.id, after: { ...input } });
      return plan;
    });
  }

  update(actor: Actor, id: string, patch: Partial<PlanInput>): Promise<MembershipPlan> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.repo.findPlan(actor.tenantId, id);
      if (!before) throw MembershipErrors.planNotFound();
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<MembershipPlan>;
      assertPlanRules({ ...before, ...changes });
      await this.repo.updatePlan(actor.tenantId, id, { ...changes, updatedAt: this.clock.now() });
      await this.audit.record(actor, { action: 'plan.updated', entityType: 'membership_plan', entityId: id, before: pickFields(before, Object.keys(changes)), after: changes });
      return (await this.repo.findPlan(actor.tenantId, id))!;
    });
  }

  /** For staff screens and the upgrade offer. */
  async get(actor: Actor, id: string): Promise<MembershipPlan> {
    requireRole(actor, [...STAFF_ROLES, 'client']);
    const plan = await this.db.run({ tenantId: actor.tenantId }, () => this.repo.findPlan(actor.tenantId, id));
    if (!plan) throw MembershipErrors.planNotFound();
    return plan;
  }

  private build(actor: Actor, p: PlanInput): MembershipPlan {
    const now = this.clock.now();
    return Object.assign(new MembershipPlan(), {
      tenantId: actor.tenantId,
      id: newId(),
      nameJa: p.nameJa,
      nameEn: p.nameEn,
      tier: p.tier,
      termDays: p.termDays ?? null,
      emergencySupport: p.emergencySupport ?? false,
      maxOpenCases: p.maxOpenCases ?? null,
      emergencyResponseMinutes: p.emergencyResponseMinutes ?? 60,
      active: p.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
  }
}

/** The plan rules the database also enforces, checked first for a clear message. */
export function assertPlanRules(p: Pick<PlanInput, 'tier' | 'emergencySupport' | 'termDays'>): void {
  if (p.tier === 'trial' && p.emergencySupport) throw MembershipErrors.trialWithEmergency();
  if (p.tier === 'trial' && !p.termDays) throw MembershipErrors.trialNeedsLength();
}

