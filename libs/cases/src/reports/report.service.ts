import { Injectable } from '@nestjs/common';
import { ClientService, isStaff, STAFF_ROLES } from '@reinstate/clients';
import { Actor, TenantDb, requireRole } from '@reinstate/platform';
import { CASE_STATUSES, type CaseStatus } from '../cases/case.entity';
import { fillStatusCounts, periodProblems, shapeOutcomeReport, visibleToRole, type OutcomeReport, type ReportPeriod } from './report.policy';
import { ReportRepository, type CountFilter } from './report.repository';
import { ReportErrors } from './reports.errors';

export interface StatusCounts {
  total: number;
  statuses: { status: CaseStatus; count: number }[];
}

/** Counts and outcome figures, aggregated by PostgreSQL; no case is loaded into memory. */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: TenantDb,
    private readonly reports: ReportRepository,
    private readonly clients: ClientService,
  ) {}

  /**
   * Cases per status, zeros included. Client users count only their own client's cases; asking
   * for another client answers zeros, as the case list answers an empty page.
   */
  statusCounts(actor: Actor, filter: CountFilter): Promise<StatusCounts> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const scoped: CountFilter = { ...filter };
      let rows: { status: string; n: number }[] = [];
      if (isStaff(actor)) rows = await this.reports.statusCounts(actor.tenantId, scoped);
      else {
        const own = await this.clients.ownClientId(actor);
        if (own && (!filter.clientId || filter.clientId === own)) rows = await this.reports.statusCounts(actor.tenantId, { ...scoped, clientId: own });
      }
      const statuses = fillStatusCounts(CASE_STATUSES, rows);
      return { total: statuses.reduce((n, s) => n + s.count, 0), statuses };
    });
  }

  /** Outcome figures for staff; consultants see their own per-consultant row only. */
  async outcomes(actor: Actor, period: ReportPeriod): Promise<OutcomeReport & { timeZone: string }> {
    requireRole(actor, STAFF_ROLES);
    const problems = periodProblems(period);
    if (problems.length) throw ReportErrors.invalidPeriod(problems);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const report = shapeOutcomeReport(await this.reports.outcomes(actor.tenantId, period));
      return { ...visibleToRole(report, actor.role as 'admin' | 'consultant', actor.membershipId), timeZone: await this.reports.timeZone(actor.tenantId) };
    });
  }
}
