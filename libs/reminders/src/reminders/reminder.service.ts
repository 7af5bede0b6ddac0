import { Injectable, Logger } from '@nestjs/common';
import { MailTransport, NotificationService, renderTemplate } from '@reinstate/notifications';
import { TenantService } from '@reinstate/identity';
import { Actor, Clock, TenantDb, newId, requireRole, systemActor } from '@reinstate/platform';
import { Reminder } from './reminder.entity';
import { ReminderRepository } from './reminder.repository';
import { withinBusinessHours, type BusinessHours } from './reminder-timing.policy';

export interface ReminderSpec {
  kind: string;
  recipientMembershipId: string;
  dueAt: Date;
  /** Unique within the tenant: the same key never makes a second reminder. */
  uniqueKey: string;
  payload?: Record<string, unknown>;
  /** A nudge to a client: held until the consultancy's business hours. */
  businessHoursOnly?: boolean;
}

export interface ReminderSettings {
  deadlineOffsetsHours: number[];
  businessDays: number[];
  businessStart: string;
  businessEnd: string;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { deadlineOffsetsHours: [72, 24, 3], businessDays: [1, 2, 3, 4, 5], businessStart: '09:00', businessEnd: '18:00' };

export type DeliveryOutcome = 'sent' | 'skipped';

/**
 * Reminders as rows (DESIGN.md §5). Producers call `replace`/`cancel` inside the transaction of
 * the change that causes them; the worker claims due rows and calls `deliver`, which records
 * each channel under a unique key before the reminder counts as sent.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly repo: ReminderRepository,
    private readonly tenants: TenantService,
    private readonly notifications: NotificationService,
    private readonly mail: MailTransport,
    private readonly clock: Clock,
  ) {}

  /** Makes the subject's reminders of a kind family exactly `specs`: others are cancelled, new ones added. */
  async replace(actor: Actor, subject: { type: string; id: string }, kindPrefix: string, specs: ReminderSpec[]): Promise<void> {
    await this.db.run({ tenantId: actor.tenantId }, async () => {
      const now = this.clock.now();
      // Only client nudges need the business hours; most calls (e.g. intake without a deadline) have none.
      const hours = specs.some((sp) => sp.businessHoursOnly) ? await this.businessHours(actor) : null;
      await this.repo.cancel(actor.tenantId, subject.type, subject.id, kindPrefix, specs.map((s) => s.uniqueKey), now);
      await this.repo.insertOrRevive(
        specs.map((s) =>
          Object.assign(new Reminder(), {
            tenantId: actor.tenantId,
            id: newId(),
            kind: s.kind,
            subjectType: subject.type,
            subjectId: subject.id,
            recipientMembershipId: s.recipientMembershipId,
            dueAt: s.businessHoursOnly && hours ? withinBusinessHours(s.dueAt, hours) : s.dueAt,
            status: 'pending',
            uniqueKey: s.uniqueKey,
            payload: s.payload ?? {},
            queuedAt: null,
            sentAt: null,
            cancelledAt: null,
            lastError: null,
            createdAt: now,
          }),
        ),
      );
    });
  }

  async cancel(actor: Actor, subject: { type: string; id: string }, kindPrefix = ''): Promise<void> {
    await this.db.run({ tenantId: actor.tenantId }, () => this.repo.cancel(actor.tenantId, subject.type, subject.id, kindPrefix, [], this.clock.now()));
  }

  listFor(actor: Actor, subject: { type: string; id: string }): Promise<Reminder[]> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.repo.listForSubject(actor.tenantId, subject.type, subject.id));
  }

  async settings(actor: Actor): Promise<ReminderSettings> {
    return (await this.db.run({ tenantId: actor.tenantId }, () => this.repo.settings(actor.tenantId))) ?? DEFAULT_REMINDER_SETTINGS;
  }

  saveSettings(actor: Actor, settings: ReminderSettings): Promise<ReminderSettings> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.repo.saveSettings(actor.tenantId, settings);
      return settings;
    });
  }

  optOuts(actor: Actor): Promise<string[]> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.repo.optOuts(actor.tenantId, actor.membershipId));
  }

  setOptOuts(actor: Actor, kinds: string[]): Promise<string[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.repo.setOptOuts(actor.tenantId, actor.membershipId, [...new Set(kinds)]);
      return this.repo.optOuts(actor.tenantId, actor.membershipId);
    });
  }

  // --- the worker's side ---

  /** Marks due reminders of every tenant queued and returns them (also re-queues ones lost from Redis). */
  claimDue(limit: number, requeueAfterSeconds = 120): Promise<{ tenantId: string; id: string }[]> {
    return this.db.run({}, () => this.repo.claimDue(this.clock.now(), limit, requeueAfterSeconds));
  }

  /**
   * Delivers one reminder, idempotently: under the row lock, a reminder already sent or cancelled
   * is skipped, and each channel is recorded once. The .eml file is named after the reminder, so
   * a crash between writing it and committing rewrites the same file on retry (SMTP, like every
   * mail relay, is at-least-once in that window).
   */
  async deliver(tenantId: string, id: string): Promise<DeliveryOutcome> {
    const actor = systemActor(tenantId);
    // Phase 1: the in-app notification, committed on its own so a failing mail server cannot take it back.
    const first = await this.db.run({ tenantId }, async () => {
      const target = await this.repo.lockForDelivery(tenantId, id);
      if (!target || !['pending', 'queued'].includes(target.reminder.status)) return null;
      const now = this.clock.now();
      if (target.memberStatus !== 'active') {
        await this.repo.setStatus(tenantId, id, 'cancelled', now, 'recipient no longer active');
        return null;
      }
      if (!target.alreadyDelivered.includes('in_app')) {
        const r = target.reminder;
        const rendered = renderTemplate(r.kind, target.locale, { ...r.payload, tenant: target.tenantName, timeZone: target.timeZone });
        await this.notifications.notify(actor, {
          recipients: [r.recipientMembershipId],
          kind: r.kind,
          subjectType: r.subjectType,
          subjectId: r.subjectId,
          payload: { ...r.payload, title: rendered.subject, reminderId: r.id },
        });
        await this.repo.recordDelivery(tenantId, id, 'in_app', now);
      }
      return target;
    });
    if (!first) return 'skipped';
    // Phase 2: the e-mail, under the row lock again; a failure rolls back only this phase and the job retries.
    return this.db.run({ tenantId }, async () => {
      const target = await this.repo.lockForDelivery(tenantId, id);
      if (!target || !['pending', 'queued'].includes(target.reminder.status)) return 'skipped';
      const r = target.reminder;
      const now = this.clock.now();
      if (!target.emailOptOut && !target.alreadyDelivered.includes('email')) {
        const rendered = renderTemplate(r.kind, target.locale, { ...r.payload, tenant: target.tenantName, timeZone: target.timeZone });
        await this.mail.send({ id: `reminder-${r.id}`, tenantId, to: target.email, subject: rendered.subject, text: rendered.text, fromName: target.tenantName });
        await this.repo.recordDelivery(tenantId, id, 'email', now);
      }
      await this.repo.setStatus(tenantId, id, 'sent', now);
      return 'sent' as const;
    });
  }

  /** After the last retry: the reminder is failed (the dead-letter view lists it), never dropped. */
  async markFailed(tenantId: string, id: string, error: string): Promise<void> {
    await this.db.run({ tenantId }, () => this.repo.setStatus(tenantId, id, 'failed', this.clock.now(), error.slice(0, 1000)));
  }

  metrics(): Promise<{ due: number; queued: number; sent: number; failed: number; lagSeconds: number }> {
    return this.db.run({}, () => this.repo.metrics(this.clock.now()));
  }

  private async businessHours(actor: Actor): Promise<BusinessHours> {
    const [tenant, s] = [await this.tenants.get(actor), await this.settings(actor)];
    return { timeZone: tenant.timeZone, days: s.businessDays, start: s.businessStart, end: s.businessEnd };
  }
}
