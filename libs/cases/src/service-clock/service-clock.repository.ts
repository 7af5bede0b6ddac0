import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { Case } from '../cases/case.entity';
import type { ServiceClockSettings } from './service-clock-rules.policy';
import { ServiceClockPause, type PauseReason } from './service-clock-pause.entity';

export interface StoredSettings extends ServiceClockSettings {
  updatedAt: Date;
  updatedBy: string;
}

/** The clock's derived columns on the case. */
export interface CaseClockColumns {
  serviceStartedAt: Date | null;
  serviceTargetMinutes: number | null;
  serviceDueAt: Date | null;
  serviceBreachedAt: Date | null;
  waitingOnClient: boolean;
}

@Injectable()
export class ServiceClockRepository {
  constructor(private readonly db: TenantDb) {}

  async settings(tenantId: string): Promise<StoredSettings | null> {
    // date[] as text: the driver would turn dates into local-midnight Date objects.
    const rows: { weekdays: StoredSettings['weekdays']; holidays: string[]; targets: StoredSettings['targets']; plan_targets: StoredSettings['planTargets']; updated_at: Date; updated_by: string }[] =
      await this.db
        .manager()
        .query('SELECT weekdays, holidays::text[] AS holidays, targets, plan_targets, updated_at, updated_by FROM service_clock_settings WHERE tenant_id = $1', [tenantId]);
    const r = rows[0];
    return r ? { weekdays: r.weekdays, holidays: r.holidays, targets: r.targets, planTargets: r.plan_targets, updatedAt: r.updated_at, updatedBy: r.updated_by } : null;
  }

  async saveSettings(tenantId: string, s: ServiceClockSettings, by: string, at: Date): Promise<void> {
    await this.db.manager().query(
      `INSERT INTO service_clock_settings (tenant_id, weekdays, holidays, targets, plan_targets, updated_by, updated_at)
       VALUES ($1, $2, $3::date[], $4, $5, $6, $7)
       ON CONFLICT (tenant_id) DO UPDATE SET weekdays = $2, holidays = $3::date[], targets = $4, plan_targets = $5, updated_by = $6, updated_at = $7`,
      [tenantId, JSON.stringify(s.weekdays), s.holidays, JSON.stringify(s.targets), JSON.stringify(s.planTargets), by, at],
    );
  }

  /** The case, row locked: clock changes of one case queue up instead of overwriting each other. */
  lockCase(tenantId: string, caseId: string): Promise<Case | null> {
    return this.db.manager().createQueryBuilder(Case, 'c').where('c.tenant_id = :tenantId AND c.id = :caseId', { tenantId, caseId }).setLock('for_no_key_update').getOne();
  }

  /** Derived state only: no version bump, no updated_at (nobody edited the case). */
  async saveClock(tenantId: string, caseId: string, cols: CaseClockColumns): Promise<void> {
    await this.db.manager().createQueryBuilder().update(Case).set(cols).where('tenant_id = :tenantId AND id = :caseId', { tenantId, caseId }).execute();
  }

  /** Opens a pause of this reason unless one is open already (the partial unique index backs this). */
  async openPause(p: ServiceClockPause): Promise<void> {
    await this.db
      .manager()
      .query(
        `INSERT INTO service_clock_pauses (tenant_id, id, case_id, reason, started_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, case_id, reason) WHERE ended_at IS NULL DO NOTHING`,
        [p.tenantId, p.id, p.caseId, p.reason, p.startedAt],
      );
  }

  /** Closes the open pause(s) of the case; of one reason, or all. */
  async closePauses(tenantId: string, caseId: string, at: Date, reason?: PauseReason): Promise<void> {
    await this.db
      .manager()
      .query(
        `UPDATE service_clock_pauses SET ended_at = greatest($3::timestamptz, started_at)
          WHERE tenant_id = $1 AND case_id = $2 AND ended_at IS NULL AND ($4::text IS NULL OR reason = $4)`,
        [tenantId, caseId, at, reason ?? null],
      );
  }

  /** The case's pauses, oldest first (bounded: a case waits on its client a few dozen times at most). */
  pauses(tenantId: string, caseId: string): Promise<ServiceClockPause[]> {
    return this.db.selectAs(ServiceClockPause, {
      text: `SELECT ${this.db.rowsOf(ServiceClockPause).columns('p')} FROM service_clock_pauses p
              WHERE p.tenant_id = $1 AND p.case_id = $2 ORDER BY p.started_at, p.id LIMIT 1000`,
      values: [tenantId, caseId],
    });
  }
}
