import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { STAFF_ROLES } from '@reinstate/clients';
import { Actor, Clock, TenantDb, isUniqueViolation, newId, requireRole } from '@reinstate/platform';
import { PlanTemplateRepository } from './plan-template.repository';
import type { PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';
import { contentProblems, defaultSections, normaliseSections } from '../drafts/plan-content.policy';
import { PlanErrors } from '../plans.errors';
import { PlanTemplate } from './plan-template.entity';

export interface TemplateInput {
  name: string;
  language: PlanLanguage;
  category?: string | null;
  sections: PlanSection[];
}

/** The tenant's plan templates per violation category: admins keep them, staff start plans from them. */
@Injectable()
export class PlanTemplateService {
  constructor(
    private readonly db: TenantDb,
    private readonly templates: PlanTemplateRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, filter: { category?: string; language?: PlanLanguage }): Promise<PlanTemplate[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, () => this.templates.list(actor.tenantId, filter));
  }

  get(actor: Actor, id: string): Promise<PlanTemplate> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, () => this.find(actor.tenantId, id));
  }

  create(actor: Actor, input: TemplateInput): Promise<PlanTemplate> {
    requireRole(actor, ['admin']);
    assertContent(input.sections);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const now = this.clock.now();
      const t = Object.assign(new PlanTemplate(), {
        tenantId: actor.tenantId,
        id: newId(),
        name: input.name.trim(),
        language: input.language,
        category: input.category ?? null,
        sections: normaliseSections(input.sections),
        createdBy: actor.membershipId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await this.insertOrNameTaken(() => this.templates.insert(t));
      await this.audit.record(actor, { action: 'plan_template.created', entityType: 'plan_template', entityId: t.id, after: { name: t.name, language: t.language, category: t.category } });
      return t;
    });
  }

  update(actor: Actor, id: string, version: number, patch: Partial<TemplateInput>): Promise<PlanTemplate> {
    requireRole(actor, ['admin']);
    if (patch.sections) assertContent(patch.sections);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.find(actor.tenantId, id);
      const changes: Partial<PlanTemplate> = {};
      if (patch.name !== undefined) changes.name = patch.name.trim();
      if (patch.language !== undefined) changes.language = patch.language;
      if (patch.category !== undefined) changes.category = patch.category;
      if (patch.sections !== undefined) changes.sections = normaliseSections(patch.sections);
      const updated = await this.insertOrNameTaken(() => this.templates.updateIfVersion(actor.tenantId, id, version, { ...changes, updatedAt: this.clock.now() }));
      if (!updated) throw PlanErrors.versionConflict({ id: before.id, name: before.name, version: before.version, updatedAt: before.updatedAt.toISOString() });
      await this.audit.record(actor, { action: 'plan_template.updated', entityType: 'plan_template', entityId: id, before: { name: before.name }, after: { fields: Object.keys(changes) } });
      return this.find(actor.tenantId, id);
    });
  }

  remove(actor: Actor, id: string): Promise<void> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const t = await this.find(actor.tenantId, id);
      await this.templates.delete(actor.tenantId, id);
      await this.audit.record(actor, { action: 'plan_template.deleted', entityType: 'plan_template', entityId: id, before: { name: t.name } });
    });
  }

  /**
   * The sections a new plan starts with: the named template (in the plan's language), else the
   * tenant's newest template for the case's first category in that language, else its newest
   * template for any category, else the built-in skeleton.
   */
  async startingSections(tenantId: string, input: { templateId?: string; category: string | null; language: PlanLanguage; usesFba: boolean }): Promise<{ sections: PlanSection[]; templateId: string | null }> {
    if (input.templateId) {
      const t = await this.find(tenantId, input.templateId);
      if (t.language !== input.language) throw PlanErrors.templateLanguage(t.language, input.language);
      return { sections: t.sections, templateId: t.id };
    }
    const t = await this.templates.newestFor(tenantId, input.category, input.language);
    if (t) return { sections: t.sections, templateId: t.id };
    return { sections: defaultSections(input.language, input.usesFba), templateId: null };
  }

  private async find(tenantId: string, id: string): Promise<PlanTemplate> {
    const t = await this.templates.find(tenantId, id);
    if (!t) throw PlanErrors.templateNotFound();
    return t;
  }

  private async insertOrNameTaken<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      if (isUniqueViolation(err, 'plan_templates_name_key')) throw PlanErrors.templateNameTaken();
      throw err;
    }
  }
}

function assertContent(sections: PlanSection[]): void {
  const problems = contentProblems(sections);
  if (problems.length) throw PlanErrors.invalidContent(problems);
}
