import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientService, STAFF_ROLES } from '@reinstate/clients';
import type { Case } from '@reinstate/cases';
import { DocumentService } from '@reinstate/documents';
import { Actor, Clock, TenantDb, requireRole } from '@reinstate/platform';
import { checkPlan, RULES } from '../plan-checks/plan-checks';
import type { PlanCheckContext, PlanCheckSettings, PlanDocument, PlanFinding, RuleId, Severity } from '../plan-checks/plan-checks.types';
import { RULE_IDS } from '../plan-checks/plan-checks.types';
import { PlanErrors } from '../plans.errors';
import { PlanCheckSetting } from './plan-check-setting.entity';
import { PlanCheckSettingRepository } from './plan-check-setting.repository';

export interface RuleSettingView {
  ruleId: RuleId;
  defaultSeverity: Severity;
  severity: Severity;
  enabled: boolean;
  description: { ja: string; en: string };
}

export interface RuleSettingInput {
  ruleId: string;
  severity?: Severity | null;
  enabled?: boolean;
}

/** Runs the pure plan checker with the case's facts and the tenant's rule settings. */
@Injectable()
export class PlanCheckService {
  constructor(
    private readonly db: TenantDb,
    private readonly settings: PlanCheckSettingRepository,
    private readonly clients: ClientService,
    private readonly documents: DocumentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Call inside the caller's transaction; the case is already known to be visible. */
  /** `documents`: the case's documents when the caller already has them (else listed here). */
  async run(actor: Actor, c: Case, plan: PlanDocument, documents?: readonly { id: string }[]): Promise<PlanFinding[]> {
    return checkPlan(plan, await this.contextOf(actor, c, documents), await this.settingsOf(actor.tenantId));
  }

  async contextOf(actor: Actor, c: Case, documents?: readonly { id: string }[]): Promise<PlanCheckContext> {
    const client = await this.clients.get(actor, c.clientId);
    const docs = documents ?? (await this.documents.list(actor, c.id));
    return { usesFba: client.usesFba, uploadedDocumentIds: docs.map((d) => d.id), noticeAsins: c.asins };
  }

  async settingsOf(tenantId: string): Promise<PlanCheckSettings> {
    const rows = await this.settings.all(tenantId);
    const rules: PlanCheckSettings['rules'] = {};
    for (const r of rows) rules[r.ruleId as RuleId] = { enabled: r.enabled, ...(r.severity ? { severity: r.severity } : {}) };
    return { rules };
  }

  /** Every rule with its default and the tenant's choice (staff). */
  list(actor: Actor): Promise<RuleSettingView[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const settings = (await this.settingsOf(actor.tenantId)).rules ?? {};
      return RULES.map((rule) => ({
        ruleId: rule.id,
        defaultSeverity: rule.defaultSeverity,
        severity: settings[rule.id]?.severity ?? rule.defaultSeverity,
        enabled: settings[rule.id]?.enabled ?? true,
        description: rule.description,
      }));
    });
  }

  /** Admins set severities or turn rules off; a null severity goes back to the default. */
  update(actor: Actor, changes: RuleSettingInput[]): Promise<RuleSettingView[]> {
    requireRole(actor, ['admin']);
    for (const c of changes) if (!(RULE_IDS as readonly string[]).includes(c.ruleId)) throw PlanErrors.unknownRule(c.ruleId);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = (await this.settingsOf(actor.tenantId)).rules ?? {};
      const now = this.clock.now();
      for (const c of changes) {
        const prev = before[c.ruleId as RuleId];
        await this.settings.upsert(
          Object.assign(new PlanCheckSetting(), {
            tenantId: actor.tenantId,
            ruleId: c.ruleId,
            severity: c.severity === undefined ? (prev?.severity ?? null) : c.severity,
            enabled: c.enabled ?? prev?.enabled ?? true,
            updatedBy: actor.membershipId,
            updatedAt: now,
          }),
        );
      }
      await this.audit.record(actor, { action: 'plan_checks.settings_changed', entityType: 'tenant', entityId: actor.tenantId, before: { rules: before }, after: { changes } });
      return this.list(actor);
    });
  }
}
