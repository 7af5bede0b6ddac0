import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientMembershipService, STAFF_ROLES } from '@reinstate/clients';
import { TenantService } from '@reinstate/identity';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import type { Case, CaseStatus } from '../cases/case.entity';
import { CaseReminders } from '../cases/case-reminders';
import { CaseErrors } from '../cases/cases.errors';
import { TimelineService } from '../timeline/timeline.service';
import { isOpen, waitsOnClient } from '../workflow/case-status.policy';
import {
  clockRuns,
  DEFAULT_SERVICE_CLOCK_SETTINGS,
  deriveClock,
  settingsProblems,
  startsWorkPeriod,
  targetFor,
  toCalendar,
  type ServiceClockSettings,
} from './service-clock-rules.policy';
import { ServiceClockPause, type PauseReason } from './service-clock-pause.entity';
import { ServiceClockErrors } from './service-clock.errors';
import { ServiceClockRepository, type CaseClockColumns } from './service-clock.repository';

export interface ServiceClockSettingsView extends ServiceClockSettings {
  /** The tenant's time zone: the calendar's hours and holidays are local to it. */
  timeZone: string;
  /** Null while the tenant runs on the defaults. */
  updatedAt: Date | null;
}

/**
 * The consultancy's service clock on each case. Every change that moves it (status, pauses,
 * priority, lead) calls in here inside its own transaction; the clock's state is recomputed
 * from the stored period and pause rows with the pure policy, and its reminders replaced.
 *
 * Settings changes do not rewrite open cases: a case keeps the target it got when its work
 * period began (or its priority last changed), like an SLA agreed when the ticket came in, and
 * a new calendar applies from each case's next recompute. Rewriting every open case of a tenant
 * in one request would be an unbounded write for an admin's click.
 */
@Injectable()
export class ServiceClockService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: ServiceClockRepository,
    private readonly tenants: TenantService,
    private readonly memberships: ClientMembershipService,
    private readonly caseReminders: CaseReminders,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  settings(actor: Actor): Promise<ServiceClockSettingsView> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, () => this.currentSettings(actor));
  }

  saveSettings(actor: Actor, input: ServiceClockSettings): Promise<ServiceClockSettingsView> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.currentSettings(actor);
      const settings: ServiceClockSettings = { ...input, holidays: [...new Set(input.holidays)].sort() };
      const problems = settingsProblems(settings, before.timeZone);
      if (problems.length) throw ServiceClockErrors.invalidSettings(problems);
      await this.repo.saveSettings(actor.tenantId, settings, actor.membershipId, this.clock.now());
      const { updatedAt: _u, timeZone: _z, ...old } = before;
      await this.audit.record(actor, { action: 'service_clock_settings.saved', entityType: 'tenant', entityId: actor.tenantId, before: { ...old }, after: { ...settings } });
      return this.currentSettings(actor);
    });
  }

  /** A new case: its first work period starts now (inside the intake's transaction). */
  opened(actor: Actor, caseId: string): Promise<void> {
    return this.sync(actor, caseId, { from: null });
  }

  /** After a status change (inside its transaction): pauses for the client's review, starts or stops work periods. */
  async statusChanged(actor: Actor, caseId: string, from: CaseStatus, to: CaseStatus): Promise<void> {
    const now = this.clock.now();
    if (waitsOnClient(to) && !waitsOnClient(from)) await this.repo.openPause(this.pause(actor, caseId, 'client_review', now));
    if (waitsOnClient(from) && !waitsOnClient(to)) await this.repo.closePauses(actor.tenantId, caseId, now, 'client_review');
    await this.sync(actor, caseId, { from });
  }

  /** The priority changed: the target is taken again from the settings (same work period). */
  priorityChanged(actor: Actor, caseId: string): Promise<void> {
    return this.sync(actor, caseId, { retarget: true });
  }

  /** The lead changed: the reminders follow. */
  leadChanged(actor: Actor, caseId: string): Promise<void> {
    return this.sync(actor, caseId, {});
  }

  /**
   * Documents calls this after every change to a case's document requests (inside its
   * transaction): while any is open, the client owes documents and the clock pauses. `owed` is
   * asked only once the case row is locked, so two concurrent request changes cannot each miss
   * the other's request and leave the pause in the wrong state.
   */
  documentsChanged(actor: Actor, caseId: string, owed: () => Promise<boolean>): Promise<void> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.repo.lockCase(actor.tenantId, caseId);
      if (!c) throw CaseErrors.notFound();
      const now = this.clock.now();
      if ((await owed()) && isOpen(c.status)) await this.repo.openPause(this.pause(actor, caseId, 'documents', now));
      else await this.repo.closePauses(actor.tenantId, caseId, now, 'documents');
      await this.sync(actor, caseId, {});
    });
  }

  /** The pause history, oldest first (staff: it shows the consultancy's own timing). */
  pauses(actor: Actor, caseId: string): Promise<ServiceClockPause[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, () => this.repo.pauses(actor.tenantId, caseId));
  }

  /**
   * Recomputes the case's clock from its status, period and pauses, stores the derived state and
   * replaces its reminders. `from` is the status just left (null: the case was just opened).
   */
  private sync(actor: Actor, caseId: string, opts: { from?: CaseStatus | null; retarget?: boolean }): Promise<void> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.repo.lockCase(actor.tenantId, caseId);
      if (!c) throw CaseErrors.notFound();
      const now = this.clock.now();
      if (!isOpen(c.status)) await this.repo.closePauses(actor.tenantId, caseId, now);
      const settings = await this.currentSettings(actor);
      const calendar = toCalendar(settings, settings.timeZone);
      const pauses = await this.repo.pauses(actor.tenantId, caseId);
      const waitingOnClient = pauses.some((p) => p.endedAt === null);

      let startedAt = c.serviceStartedAt;
      let target = c.serviceTargetMinutes;
      const newPeriod = clockRuns(c.status) && (startedAt === null || (opts.from !== undefined && startsWorkPeriod(opts.from, c.status)));
      if (!clockRuns(c.status)) {
        if (startedAt !== null && target !== null) {
          const final = deriveClock(calendar, { startedAt, targetMinutes: target }, pauses, now);
          await this.timeline.append(actor, caseId, { kind: 'service_clock.stopped', internal: true, payload: { status: c.status, breachedAt: final.breachedAt?.toISOString() ?? null } });
        }
        startedAt = null;
        target = null;
      } else if (newPeriod) {
        startedAt = now;
        target = await this.targetOf(actor, c, settings);
        await this.timeline.append(actor, caseId, { kind: 'service_clock.started', internal: true, payload: { status: c.status, targetMinutes: target } });
      } else if (opts.retarget || target === null) {
        target = await this.targetOf(actor, c, settings);
      }

      const cols: CaseClockColumns = { serviceStartedAt: startedAt, serviceTargetMinutes: target, serviceDueAt: null, serviceBreachedAt: null, waitingOnClient };
      let reminders = { dueAt: null as Date | null, breachedAt: null as Date | null, dueSoonAt: null as Date | null, period: '' };
      if (startedAt !== null && target !== null) {
        const d = deriveClock(calendar, { startedAt, targetMinutes: target }, pauses, now);
        cols.serviceDueAt = d.dueAt;
        cols.serviceBreachedAt = d.breachedAt;
        reminders = { ...d, period: `${startedAt.toISOString()}:${(d.dueAt ?? d.breachedAt)?.toISOString() ?? ''}:${d.pausesBeforeDue}` };
      }
      await this.repo.saveClock(actor.tenantId, caseId, cols);
      await this.caseReminders.syncServiceClock(actor, c, reminders);
    });
  }

  private async targetOf(actor: Actor, c: Case, settings: ServiceClockSettings): Promise<number> {
    return targetFor(settings, c.priority, await this.memberships.activeTier(actor, c.clientId));
  }

  private async currentSettings(actor: Actor): Promise<ServiceClockSettingsView> {
    const [stored, tenant] = [await this.repo.settings(actor.tenantId), await this.tenants.get(actor)];
    if (!stored) return { ...DEFAULT_SERVICE_CLOCK_SETTINGS, timeZone: tenant.timeZone, updatedAt: null };
    const { updatedBy: _b, ...rest } = stored;
    return { ...rest, timeZone: tenant.timeZone };
  }

  private pause(actor: Actor, caseId: string, reason: PauseReason, at: Date): ServiceClockPause {
    return Object.assign(new ServiceClockPause(), { tenantId: actor.tenantId, id: newId(), caseId, reason, startedAt: at, endedAt: null });
  }
}
