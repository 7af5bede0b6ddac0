import { Injectable } from '@nestjs/common';
import { ClientService } from '@reinstate/clients';
import { MembershipService, TenantService } from '@reinstate/identity';
import { Actor, Clock } from '@reinstate/platform';
import { deadlineReminderTimes, ReminderService, type Reminder } from '@reinstate/reminders';
import type { Case } from './case.entity';
import { DUE_SOON_MINUTES } from '../service-clock/service-clock-rules.policy';

/** Hours a plan may wait for the client's review before a nudge; days without a marketplace reply before a follow-up. */
export const CLIENT_REVIEW_NUDGE_HOURS = 48;
export const NO_REPLY_DAYS = 7;

/** Deadline reminders of a case, kept in step with its deadline in the same transaction. */
@Injectable()
export class CaseReminders {
  constructor(
    private readonly reminders: ReminderService,
    private readonly clients: ClientService,
    private readonly members: MembershipService,
    private readonly tenants: TenantService,
    private readonly clock: Clock,
  ) {}

  /** 72 h, 24 h and 3 h (per tenant) before the marketplace deadline, to the lead (or admins) and the client's users. */
  async syncDeadline(actor: Actor, c: Case): Promise<void> {
    const subject = { type: 'case', id: c.id };
    if (!c.marketplaceDeadline || ['reinstated', 'rejected', 'closed'].includes(c.status)) {
      await this.reminders.replace(actor, subject, 'deadline.', []);
      return;
    }
    const deadline = c.marketplaceDeadline;
    const [settings, tenant] = [await this.reminders.settings(actor), await this.tenants.get(actor)];
    const staff = c.leadMembershipId ? [c.leadMembershipId] : await this.members.activeMembershipIds(actor, ['admin']);
    const clientUsers = await this.clients.userMembershipIds(actor, c.clientId);
    const deadlineLocal = localTime(deadline, tenant.timeZone);
    const specs = deadlineReminderTimes(deadline, settings.deadlineOffsetsHours, this.clock.now()).flatMap(({ offsetHours, dueAt }) =>
      [...staff.map((r) => ({ r, client: false })), ...clientUsers.map((r) => ({ r, client: true }))].map(({ r, client }) => ({
        kind: 'deadline.approaching',
        recipientMembershipId: r,
        dueAt,
        uniqueKey: `deadline:${c.id}:${deadline.toISOString()}:${offsetHours}:${r}`,
        payload: { caseId: c.id, caseNumber: c.number, caseTitle: c.title, hoursLeft: offsetHours, deadline: deadline.toISOString(), deadlineLocal },
        // Deadlines under 24 h go at any hour; earlier nudges to clients wait for business hours.
        businessHoursOnly: client && offsetHours >= 24,
      })),
    );
    await this.reminders.replace(actor, subject, 'deadline.', specs);
  }

  /**
   * Status-driven reminders: a plan waiting for the client's review (nudge after 48 h, business
   * hours), and a submission with no reply (follow-up suggestion to the lead after 7 days).
   * Leaving the status cancels them.
   */
  async syncStatus(actor: Actor, c: Case): Promise<void> {
    const now = this.clock.now();
    const payload = { caseId: c.id, caseNumber: c.number, caseTitle: c.title };
    const reviewSpecs =
      c.status === 'client_review'
        ? (await this.clients.userMembershipIds(actor, c.clientId)).map((r) => ({
            kind: 'client_review.pending',
            recipientMembershipId: r,
            dueAt: new Date(now.getTime() + CLIENT_REVIEW_NUDGE_HOURS * 3_600_000),
            uniqueKey: `client_review:${c.id}:${now.toISOString()}:${r}`,
            payload,
            businessHoursOnly: true,
          }))
        : [];
    await this.reminders.replace(actor, { type: 'case', id: c.id }, 'client_review.', reviewSpecs);
    const waiting = c.status === 'submitted' || c.status === 'awaiting_reply';
    const staff = c.leadMembershipId ? [c.leadMembershipId] : await this.members.activeMembershipIds(actor, ['admin']);
    const replySpecs = waiting
      ? staff.map((r) => ({
          kind: 'submission.no_reply',
          recipientMembershipId: r,
          dueAt: new Date(now.getTime() + NO_REPLY_DAYS * 86_400_000),
          uniqueKey: `no_reply:${c.id}:${c.unsuccessfulAppeals}:${r}`,
          payload: { ...payload, days: NO_REPLY_DAYS },
        }))
      : [];
    await this.reminders.replace(actor, { type: 'case', id: c.id }, 'submission.', replySpecs);
  }

  /**
   * Service clock reminders: "about to breach" to the lead (admins when nobody leads) and
   * "breached" to the lead and the admins. Replaced whenever the due time moves, cancelled while
   * paused or stopped; once breached, the breach notice stays (a later pause does not take it back).
   * `period` identifies the work period and its pauses before the due time (see deriveClock).
   */
  async syncServiceClock(actor: Actor, c: Case, clock: { dueAt: Date | null; breachedAt: Date | null; dueSoonAt: Date | null; period: string }): Promise<void> {
    const subject = { type: 'case', id: c.id };
    const due = clock.dueAt ?? clock.breachedAt;
    if (!due) {
      await this.reminders.replace(actor, subject, 'service_clock.', []);
      return;
    }
    const now = this.clock.now();
    const admins = await this.members.activeMembershipIds(actor, ['admin']);
    const lead = c.leadMembershipId ? [c.leadMembershipId] : admins;
    const tenant = await this.tenants.get(actor);
    const dueLocal = localTime(due, tenant.timeZone);
    const payload = { caseId: c.id, caseNumber: c.number, caseTitle: c.title, dueAt: due.toISOString(), dueLocal, minutesLeft: DUE_SOON_MINUTES };
    const soon =
      clock.dueAt && clock.dueSoonAt && clock.dueAt.getTime() > now.getTime()
        ? lead.map((r) => ({
            kind: 'service_clock.due_soon',
            recipientMembershipId: r,
            dueAt: new Date(Math.max(clock.dueSoonAt!.getTime(), now.getTime())),
            uniqueKey: `service_clock.due_soon:${c.id}:${clock.period}:${r}`,
            payload,
          }))
        : [];
    const breached = [...new Set([...lead, ...admins])].map((r) => ({
      kind: 'service_clock.breached',
      recipientMembershipId: r,
      dueAt: due,
      uniqueKey: `service_clock.breached:${c.id}:${clock.period}:${r}`,
      payload,
    }));
    await this.reminders.replace(actor, subject, 'service_clock.', [...soon, ...breached]);
  }

  list(actor: Actor, caseId: string): Promise<Reminder[]> {
    return this.reminders.listFor(actor, { type: 'case', id: caseId });
  }

  cancelAll(actor: Actor, caseId: string): Promise<void> {
    return this.reminders.cancel(actor, { type: 'case', id: caseId });
  }
}

/** A time as the reminder mails print it, in the tenant's zone (e.g. 2026/11/25 9:00). */
function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('ja-JP', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}
