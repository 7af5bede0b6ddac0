import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { MembershipService } from '@reinstate/identity';
import { ReminderService } from '@reinstate/reminders';
import { Actor, Clock, TenantDb, clampLimit, decodeCursor, isUniqueViolation, newId, requireRole, toPage, type Page, DomainError } from '@reinstate/platform';
import { STAFF_ROLES } from '../clients/client-access.policy';
import { ClientAccess } from '../clients/client-access';
import { ClientRepository } from '../clients/client.repository';
import { ClientErrors } from '../clients/clients.errors';
import { ClientMembership, type MembershipPlan, type MembershipStatus, type PlanTier } from './membership-plan.entity';
import { changeKind, effectiveStatus, entitlementsOf, grants, periodEnd, plansGranting, type Entitlement, type Entitlements } from './membership.policy';
import { MembershipRepository, type MemberListRow } from './membership.repository';
import { MembershipErrors } from './memberships.errors';

export interface MembershipView extends ClientMembership {
  effectiveStatus: MembershipStatus;
  plan: MembershipPlan | null;
}

/**
 * Clients' membership periods and the one place every feature asks for entitlements.
 * Changes lock the client row, so concurrent changes queue; the partial unique index
 * (one active period per client) is the backstop.
 */
@Injectable()
export class ClientMembershipService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: MembershipRepository,
    private readonly clients: ClientRepository,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly reminders: ReminderService,
    private readonly members: MembershipService,
    private readonly clock: Clock,
  ) {}

  /** Starts, upgrades, downgrades or renews: the active period ends now and one on `planId` begins. */
  changePlan(actor: Actor, clientId: string, planId: string): Promise<MembershipView> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.lockClient(actor, clientId);
      const plan = await this.repo.findPlan(actor.tenantId, planId);
      if (!plan) throw MembershipErrors.planNotFound();
      if (!plan.active) throw MembershipErrors.planInactive();
      const now = this.clock.now();
      const current = await this.repo.activePeriod(actor.tenantId, clientId);
      if (current) await this.repo.endPeriod(actor.tenantId, current.membership.id, 'expired', now);
      const period = Object.assign(new ClientMembership(), {
        tenantId: actor.tenantId,
        id: newId(),
        clientId,
        planId,
        startsAt: now,
        endsAt: periodEnd(now, plan),
        status: 'active',
        endedAt: null,
        createdBy: actor.membershipId,
        createdAt: now,
      });
      try {
        await this.repo.insertPeriod(period);
      } catch (err) {
        if (isUniqueViolation(err, 'client_memberships_one_active')) {
          throw new DomainError('CONCURRENT_UPDATE', 'conflict', 'The membership was changed at the same time; reload and try again.');
        }
        throw err;
      }
      await this.syncTrialReminders(actor, clientId, period, plan);
      const kind = changeKind(current && effectiveStatus(current.membership, now) === 'active' ? current.plan : null, plan);
      await this.audit.record(actor, {
        action: `membership.${kind}`,
        entityType: 'client',
        entityId: clientId,
        before: current ? { planId: current.plan.id, tier: current.plan.tier } : null,
        after: { planId: plan.id, tier: plan.tier, endsAt: period.endsAt },
      });
      return { ...period, effectiveStatus: 'active', plan };
    });
  }

  /** Starts the tenant's first active trial plan for a new client (inside the caller's transaction). */
  async startDefaultTrial(actor: Actor, clientId: string): Promise<void> {
    const trial = (await this.repo.listPlans(actor.tenantId)).find((p) => p.tier === 'trial' && p.active);
    if (!trial) return;
    const now = this.clock.now();
    await this.repo.insertPeriod(
      Object.assign(new ClientMembership(), {
        tenantId: actor.tenantId,
        id: newId(),
        clientId,
        planId: trial.id,
        startsAt: now,
        endsAt: periodEnd(now, trial),
        status: 'active',
        endedAt: null,
        createdBy: actor.membershipId,
        createdAt: now,
      }),
    );
    await this.syncTrialReminders(actor, clientId, { endsAt: periodEnd(now, trial) }, trial);
    await this.audit.record(actor, { action: 'membership.trial_started', entityType: 'client', entityId: clientId, after: { planId: trial.id } });
  }

  /** "Trial ends in 3 days" and "trial ended", to admins and the client's users; cancelled when the trial is left. */
  private async syncTrialReminders(actor: Actor, clientId: string, period: { endsAt: Date | null }, plan: MembershipPlan | null): Promise<void> {
    const subject = { type: 'client', id: clientId };
    if (!plan || plan.tier !== 'trial' || !period.endsAt) {
      await this.reminders.replace(actor, subject, 'trial.', []);
      return;
    }
    const endsAt = period.endsAt;
    const admins = await this.members.activeMembershipIds(actor, ['admin']);
    const users = (await this.clients.users(actor.tenantId, clientId)).map((u) => u.membershipId);
    const client = await this.clients.findById(actor.tenantId, clientId);
    const payload = { clientId, clientName: client?.companyName ?? '', endsAt: endsAt.toISOString(), endsLocal: endsAt.toISOString().slice(0, 10) };
    const specs = [
      ...admins.map((r) => ({ r, client: false })),
      ...users.map((r) => ({ r, client: true })),
    ].flatMap(({ r, client }) => [
      { kind: 'trial.ending', recipientMembershipId: r, dueAt: new Date(endsAt.getTime() - 3 * 86_400_000), uniqueKey: `trial.ending:${clientId}:${endsAt.toISOString()}:${r}`, payload, businessHoursOnly: client },
      { kind: 'trial.ended', recipientMembershipId: r, dueAt: endsAt, uniqueKey: `trial.ended:${clientId}:${endsAt.toISOString()}:${r}`, payload, businessHoursOnly: client },
    ]);
    await this.reminders.replace(actor, subject, 'trial.', specs.filter((sp) => sp.dueAt.getTime() > this.clock.now().getTime()));
  }

  cancel(actor: Actor, clientId: string): Promise<MembershipView> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.lockClient(actor, clientId);
      const now = this.clock.now();
      const current = await this.repo.activePeriod(actor.tenantId, clientId);
      if (!current || effectiveStatus(current.membership, now) !== 'active') throw MembershipErrors.noActiveMembership();
      await this.repo.endPeriod(actor.tenantId, current.membership.id, 'cancelled', now);
      await this.syncTrialReminders(actor, clientId, { endsAt: null }, null);
      await this.audit.record(actor, { action: 'membership.cancelled', entityType: 'client', entityId: clientId, before: { planId: current.plan.id } });
      return { ...current.membership, status: 'cancelled', endedAt: now, effectiveStatus: 'cancelled', plan: current.plan };
    });
  }

  /** The history, oldest first; client users may read their own. */
  history(actor: Actor, clientId: string): Promise<MembershipView[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.access.visible(actor, clientId);
      const plans = new Map((await this.repo.listPlans(actor.tenantId)).map((p) => [p.id, p]));
      const now = this.clock.now();
      return (await this.repo.history(actor.tenantId, clientId)).map((m) => ({ ...m, effectiveStatus: effectiveStatus(m, now), plan: plans.get(m.planId) ?? null }));
    });
  }

  /** What the client may do now; readable by the client itself and staff. */
  entitlements(actor: Actor, clientId: string): Promise<Entitlements & { current: MembershipView | null }> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.access.visible(actor, clientId);
      const current = await this.repo.activePeriod(actor.tenantId, clientId);
      const now = this.clock.now();
      return {
        ...entitlementsOf(current, now),
        current: current ? { ...current.membership, effectiveStatus: effectiveStatus(current.membership, now), plan: current.plan } : null,
      };
    });
  }

  /**
   * The one check every feature calls: throws ENTITLEMENT_REQUIRED naming the plans that would
   * grant it. Joins the caller's transaction.
   */
  async require(actor: Actor, clientId: string, entitlement: Entitlement, openCases = 0): Promise<Entitlements> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const e = entitlementsOf(await this.repo.activePeriod(actor.tenantId, clientId), this.clock.now());
      if (!grants(e, entitlement, openCases)) {
        throw MembershipErrors.entitlementRequired(entitlement, plansGranting(await this.repo.listPlans(actor.tenantId), entitlement, openCases));
      }
      return e;
    });
  }

  /**
   * The tier of the client's membership in force now, or null: what the service clock's plan
   * targets key on. Joins the caller's transaction; no access check (internal use only).
   */
  async activeTier(actor: Actor, clientId: string): Promise<PlanTier | null> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const current = await this.repo.activePeriod(actor.tenantId, clientId);
      return current && effectiveStatus(current.membership, this.clock.now()) === 'active' ? current.plan.tier : null;
    });
  }

  async list(
    actor: Actor,
    query: { planId?: string; status?: MembershipStatus; tier?: string; endingWithinDays?: number; cursor?: string; limit?: number },
  ): Promise<Page<MemberListRow>> {
    requireRole(actor, STAFF_ROLES);
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const now = this.clock.now();
    const endingBefore = query.endingWithinDays ? new Date(now.getTime() + query.endingWithinDays * 86_400_000) : undefined;
    const rows = await this.db.run({ tenantId: actor.tenantId }, () =>
      this.repo.list(actor.tenantId, now, { planId: query.planId, status: query.status, tier: query.tier, endingBefore }, after, limit),
    );
    return toPage(rows, limit, (r) => ({ at: r.createdAt.toISOString(), id: r.membershipId }));
  }

  private async lockClient(actor: Actor, clientId: string): Promise<void> {
    if (!(await this.clients.findById(actor.tenantId, clientId, true))) throw ClientErrors.notFound();
  }

}
