import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Reminder } from './reminder.entity';

export interface DeliveryTarget {
  reminder: Reminder;
  email: string;
  locale: 'ja' | 'en';
  memberStatus: string;
  tenantName: string;
  timeZone: string;
  emailOptOut: boolean;
  alreadyDelivered: string[];
}

@Injectable()
export class ReminderRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Inserts reminders. One that already exists under its unique key is left as it is (pending,
   * queued or already sent: never twice) — unless it was cancelled: then the change that made it
   * moot was undone (a priority set back, a lead reassigned back), and it is due again.
   */
  async insertOrRevive(rows: Reminder[]): Promise<void> {
    // One statement for all of them (a case's intake writes several). A key twice in one batch
    // would make ON CONFLICT DO UPDATE touch a row twice: the first one stands, as before.
    const seen = new Set<string>();
    const batch = rows.filter((r) => !seen.has(r.uniqueKey) && seen.add(r.uniqueKey));
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const values = batch.map(
      (r) =>
        `(${[r.tenantId, r.id, r.kind, r.subjectType, r.subjectId, r.recipientMembershipId, r.dueAt].map((v) => `$${params.push(v)}`).join(', ')}, 'pending', ` +
        `$${params.push(r.uniqueKey)}, $${params.push(r.payload)}::jsonb, $${params.push(r.createdAt)})`,
    );
    await this.db.manager().query(
      `INSERT INTO reminders (tenant_id, id, kind, subject_type, subject_id, recipient_membership_id, due_at, status, unique_key, payload, created_at)
       VALUES ${values.join(', ')}
       ON CONFLICT (tenant_id, unique_key) DO UPDATE
         SET status = 'pending', cancelled_at = NULL, queued_at = NULL, due_at = EXCLUDED.due_at, payload = EXCLUDED.payload
       WHERE reminders.status = 'cancelled'`,
      params,
    );
  }

  /** Cancels the subject's undelivered reminders of a kind family, except those to keep. */
  async cancel(tenantId: string, subjectType: string, subjectId: string, kindPrefix: string, keepKeys: string[], at: Date): Promise<number> {
    const res: [unknown[], number] = await this.db.manager().query(
      `UPDATE reminders SET status = 'cancelled', cancelled_at = $6
        WHERE tenant_id = $1 AND subject_type = $2 AND subject_id = $3 AND kind LIKE $4 || '%'
          AND status IN ('pending', 'queued') AND NOT (unique_key = ANY($5))`,
      [tenantId, subjectType, subjectId, kindPrefix, keepKeys, at],
    );
    return res[1];
  }

  listForSubject(tenantId: string, subjectType: string, subjectId: string): Promise<Reminder[]> {
    return this.db.manager().find(Reminder, { where: { tenantId, subjectType, subjectId }, order: { dueAt: 'ASC', id: 'ASC' }, take: 500 });
  }

  /** Claims due reminders of every tenant through the narrow SECURITY DEFINER function. */
  async claimDue(now: Date, limit: number, requeueAfterSeconds: number): Promise<{ tenantId: string; id: string }[]> {
    const rows: { tenant_id: string; id: string }[] = await this.db
      .manager()
      .query('SELECT tenant_id, id FROM claim_due_reminders($1, $2, make_interval(secs => $3))', [now, limit, requeueAfterSeconds]);
    return rows.map((r) => ({ tenantId: r.tenant_id, id: r.id }));
  }

  /** The reminder (locked) and all that its delivery needs, in one round trip. */
  async lockForDelivery(tenantId: string, id: string): Promise<DeliveryTarget | null> {
    const rows: Record<string, never>[] = await this.db.manager().query(
      `SELECT r.*, u.email, u.locale, m.status AS member_status, t.name AS tenant_name, t.time_zone,
              EXISTS (SELECT 1 FROM email_opt_outs o WHERE o.tenant_id = r.tenant_id AND o.membership_id = r.recipient_membership_id AND o.kind = r.kind) AS opt_out,
              coalesce((SELECT array_agg(d.channel) FROM reminder_deliveries d WHERE d.tenant_id = r.tenant_id AND d.reminder_id = r.id), '{}') AS delivered
         FROM reminders r
         JOIN memberships m ON m.tenant_id = r.tenant_id AND m.id = r.recipient_membership_id
         JOIN users u ON u.id = m.user_id
         JOIN tenants t ON t.id = r.tenant_id
        WHERE r.tenant_id = $1 AND r.id = $2
        FOR UPDATE OF r`,
      [tenantId, id],
    );
    const r = rows[0];
    if (!r) return null;
    const reminder = this.db.manager().create(Reminder, {
      tenantId: r['tenant_id'],
      id: r['id'],
      kind: r['kind'],
      subjectType: r['subject_type'],
      subjectId: r['subject_id'],
      recipientMembershipId: r['recipient_membership_id'],
      dueAt: r['due_at'],
      status: r['status'],
      uniqueKey: r['unique_key'],
      payload: r['payload'],
      queuedAt: r['queued_at'],
      sentAt: r['sent_at'],
      cancelledAt: r['cancelled_at'],
      lastError: r['last_error'],
      createdAt: r['created_at'],
    });
    return {
      reminder,
      email: r['email'],
      locale: r['locale'],
      memberStatus: r['member_status'],
      tenantName: r['tenant_name'],
      timeZone: r['time_zone'],
      emailOptOut: r['opt_out'],
      alreadyDelivered: r['delivered'],
    };
  }

  async recordDelivery(tenantId: string, reminderId: string, channel: 'in_app' | 'email', at: Date): Promise<void> {
    await this.db
      .manager()
      .query('INSERT INTO reminder_deliveries (tenant_id, reminder_id, channel, delivered_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        tenantId,
        reminderId,
        channel,
        at,
      ]);
  }

  async setStatus(tenantId: string, id: string, status: 'sent' | 'failed' | 'cancelled', at: Date, error?: string): Promise<void> {
    await this.db.manager().query(
      `UPDATE reminders SET status = $3,
              sent_at = CASE WHEN $3 = 'sent' THEN $4 ELSE sent_at END,
              cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4 ELSE cancelled_at END,
              last_error = coalesce($5, last_error)
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, status, at, error ?? null],
    );
  }

  async settings(tenantId: string): Promise<{ deadlineOffsetsHours: number[]; businessDays: number[]; businessStart: string; businessEnd: string } | null> {
    const rows: Record<string, never>[] = await this.db
      .manager()
      .query(
        `SELECT deadline_offsets_hours, business_days, to_char(business_start, 'HH24:MI') AS s, to_char(business_end, 'HH24:MI') AS e FROM reminder_settings WHERE tenant_id = $1`,
        [tenantId],
      );
    const r = rows[0];
    return r ? { deadlineOffsetsHours: r['deadline_offsets_hours'], businessDays: r['business_days'], businessStart: r['s'], businessEnd: r['e'] } : null;
  }

  async saveSettings(tenantId: string, s: { deadlineOffsetsHours: number[]; businessDays: number[]; businessStart: string; businessEnd: string }): Promise<void> {
    await this.db.manager().query(
      `INSERT INTO reminder_settings (tenant_id, deadline_offsets_hours, business_days, business_start, business_end, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (tenant_id) DO UPDATE SET deadline_offsets_hours = $2, business_days = $3, business_start = $4, business_end = $5, updated_at = now()`,
      [tenantId, s.deadlineOffsetsHours, s.businessDays, s.businessStart, s.businessEnd],
    );
  }

  async metrics(now: Date): Promise<{ due: number; queued: number; sent: number; failed: number; lagSeconds: number }> {
    const rows: { due: string; queued: string; sent: string; failed: string; oldest_due_at: Date | null }[] = await this.db
      .manager()
      .query('SELECT * FROM reminder_metrics($1)', [now]);
    const r = rows[0]!;
    return {
      due: Number(r.due),
      queued: Number(r.queued),
      sent: Number(r.sent),
      failed: Number(r.failed),
      lagSeconds: r.oldest_due_at ? Math.max(0, Math.round((now.getTime() - r.oldest_due_at.getTime()) / 1000)) : 0,
    };
  }

  async optOuts(tenantId: string, membershipId: string): Promise<string[]> {
    const rows: { kind: string }[] = await this.db
      .manager()
      .query('SELECT kind FROM email_opt_outs WHERE tenant_id = $1 AND membership_id = $2 ORDER BY kind', [tenantId, membershipId]);
    return rows.map((r) => r.kind);
  }

  async setOptOuts(tenantId: string, membershipId: string, kinds: string[]): Promise<void> {
    await this.db.manager().query('DELETE FROM email_opt_outs WHERE tenant_id = $1 AND membership_id = $2', [tenantId, membershipId]);
    if (kinds.length > 0) {
      await this.db
        .manager()
        .query('INSERT INTO email_opt_outs (tenant_id, membership_id, kind) SELECT $1, $2, unnest($3::text[])', [tenantId, membershipId, kinds]);
    }
  }
}
