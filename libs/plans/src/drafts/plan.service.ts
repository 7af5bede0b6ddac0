import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientService, STAFF_ROLES } from '@reinstate/clients';
import { CaseService, PLAN_REVISION_SAVED_EVENT, TimelineService, isOpen, routeBetween, type Case, type CaseStatus } from '@reinstate/cases';
import { Actor, Clock, TenantDb, clampLimit, decodeCursor, isUniqueViolation, newId, requireRole, toPage, type Page } from '@reinstate/platform';
import { PlanCheckService } from '../checks/plan-check.service';
import { DocumentService } from '@reinstate/documents';
import type { PlanDocument, PlanFinding, PlanLanguage, PlanSection } from '../plan-checks/plan-checks.types';
import { PlanErrors } from '../plans.errors';
import { diffPlans, summarizeDiff, type DiffSummary, type SectionDiff } from '../revisions/diff';
import { reopensDrafting } from '../rounds/submission.policy';
import { PlanTemplateService } from '../templates/plan-template.service';
import { Plan, PlanRevision, type RevisionOrigin } from './plan.entity';
import { contentProblems, countFindings, normaliseSections, revisionVisible } from './plan-content.policy';
import { renderPlanText } from './plan-text.policy';
import { PlanRepository, type RevisionSummary } from './plan.repository';

export interface SaveRevisionInput {
  /** The revision number the edit started from: the plan's `version`. */
  version: number;
  sections: PlanSection[];
  note?: string;
}

export interface SavedRevision {
  revision: PlanRevision;
  /** What changed against the revision the edit was based on. */
  changes: { sections: SectionDiff[]; summary: DiffSummary } | null;
}

export interface PlanView {
  plan: Plan;
  /** The head for staff; the newest revision shared with them for client users. */
  revision: PlanRevision;
}

export interface PlanDiff {
  from: number;
  to: number;
  sections: SectionDiff[];
  summary: DiffSummary;
}

/** The plan of action of a case and its immutable revisions. */
@Injectable()
export class PlanService {
  constructor(
    private readonly db: TenantDb,
    private readonly plans: PlanRepository,
    private readonly cases: CaseService,
    private readonly clients: ClientService,
    private readonly templates: PlanTemplateService,
    private readonly checks: PlanCheckService,
    private readonly documents: DocumentService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Starts the plan from a template (or the built-in structure) as revision 1. */
  create(actor: Actor, caseId: string, input: { language?: PlanLanguage; templateId?: string }): Promise<PlanView> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const c = await this.openCase(actor, caseId);
      if (await this.plans.findByCase(actor.tenantId, caseId)) throw PlanErrors.planExists();
      const client = await this.clients.get(actor, c.clientId);
      const language = input.language ?? client.preferredLanguage;
      const start = await this.templates.startingSections(actor.tenantId, { templateId: input.templateId, category: c.categories[0] ?? null, language, usesFba: client.usesFba });
      const now = this.clock.now();
      const plan = Object.assign(new Plan(), {
        tenantId: actor.tenantId,
        id: newId(),
        caseId,
        language,
        headRevision: 1,
        templateId: start.templateId,
        createdBy: actor.membershipId,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await this.plans.insertPlan(plan);
      } catch (err) {
        if (isUniqueViolation(err)) throw PlanErrors.planExists();
        throw err;
      }
      const revision = await this.insertRevision(actor, c, plan, { number: 1, basedOn: null, origin: 'template', sections: start.sections, note: null });
      await this.audit.record(actor, { action: 'plan.created', entityType: 'plan', entityId: plan.id, after: { caseId, language, templateId: start.templateId } });
      return { plan, revision };
    });
  }

  view(actor: Actor, caseId: string): Promise<PlanView> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.visiblePlan(actor, caseId);
      const revision = await this.readersRevision(actor, plan);
      if (!revision) throw PlanErrors.planNotFound();
      return { plan, revision };
    });
  }

  /** What the actor reads as "the plan": the head for staff, the newest shared revision for clients. */
  readersRevision(actor: Actor, plan: Plan): Promise<PlanRevision | null> {
    return actor.role === 'client' ? this.plans.latestShared(actor.tenantId, plan.id) : this.plans.findRevision(actor.tenantId, plan.id, plan.headRevision);
  }

  /**
   * Saves a new revision. The plan row is locked first, so concurrent saves queue; the second
   * one then sees the head moved past its `version` and gets VERSION_CONFLICT with the head.
   */
  saveRevision(actor: Actor, caseId: string, input: SaveRevisionInput): Promise<SavedRevision> {
    requireRole(actor, STAFF_ROLES);
    assertContent(input.sections);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan, case: c } = await this.lockForChange(actor, caseId);
      const base = (await this.plans.findRevision(actor.tenantId, plan.id, plan.headRevision))!;
      if (input.version !== plan.headRevision) throw PlanErrors.versionConflict(revisionSnapshot(base));
      const revision = await this.append(actor, c, plan, { sections: input.sections, origin: 'edit', note: input.note ?? null });
      const sections = diffPlans(documentOf(plan.language, base.sections), documentOf(plan.language, revision.sections));
      return { revision, changes: { sections, summary: summarizeDiff(sections, plan.language) } };
    });
  }

  /**
   * Appends a revision after the head, for callers that already hold the plan lock (accepted
   * suggestions, the next round). Moves a case that had a negative or "more information" answer
   * back to drafting: the next round's work has begun.
   */
  async append(actor: Actor, c: Case, plan: Plan, input: { sections: PlanSection[]; origin: RevisionOrigin; note: string | null; basedOn?: number }): Promise<PlanRevision> {
    // Checked here too: an accepted suggestion can make a section longer than a save may.
    assertContent(input.sections);
    const number = plan.headRevision + 1;
    const revision = await this.insertRevision(actor, c, plan, { number, basedOn: input.basedOn ?? plan.headRevision, origin: input.origin, sections: input.sections, note: input.note });
    await this.plans.setHead(plan, number, revision.createdAt);
    plan.headRevision = number;
    if (reopensDrafting(c.status)) await this.cases.transition(actor, c.id, 'drafting');
    return revision;
  }

  /** Newest first, a page at a time; client users page through the shared ones only. */
  listRevisions(actor: Actor, caseId: string, query: { cursor?: string; limit?: number } = {}): Promise<Page<RevisionSummary>> {
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.visiblePlan(actor, caseId);
      const rows = await this.plans.listRevisions(actor.tenantId, plan.id, actor.role === 'client', after, limit);
      return toPage(rows, limit, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
    });
  }

  revision(actor: Actor, caseId: string, number: number): Promise<PlanRevision> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.visiblePlan(actor, caseId);
      return this.visibleRevision(actor, plan, number);
    });
  }

  /** A revision as the plain text for the marketplace's appeal form (documents by file name). */
  text(actor: Actor, caseId: string, number: number): Promise<{ number: number; text: string; characters: number }> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.visiblePlan(actor, caseId);
      const r = await this.visibleRevision(actor, plan, number);
      const names = new Map((await this.documents.list(actor, caseId)).map((d) => [d.id, d.fileName]));
      const text = renderPlanText(plan.language, r.sections, names);
      return { number: r.number, text, characters: [...text].length };
    });
  }

  /** Any two revisions, section by section and word by word (Japanese by script runs). */
  diff(actor: Actor, caseId: string, from: number, to: number): Promise<PlanDiff> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.visiblePlan(actor, caseId);
      const a = await this.visibleRevision(actor, plan, from);
      const b = await this.visibleRevision(actor, plan, to);
      const sections = diffPlans(documentOf(plan.language, a.sections), documentOf(plan.language, b.sections));
      return { from, to, sections, summary: summarizeDiff(sections, plan.language) };
    });
  }

  /** The plan and its case, if the actor may see the case; 404 otherwise or without a plan. */
  async visiblePlan(actor: Actor, caseId: string): Promise<{ plan: Plan; case: Case }> {
    const c = await this.cases.visible(actor, caseId);
    const plan = await this.plans.findByCase(actor.tenantId, caseId);
    if (!plan) throw PlanErrors.planNotFound();
    return { plan, case: c };
  }

  /**
   * Every change of a plan starts here: the case must be visible (else 404) and still open, and
   * the plan row is locked for the rest of the transaction, so changes of one plan queue. The
   * case is read again after the lock: what the changes decide on is its status now.
   */
  async lockForChange(actor: Actor, caseId: string): Promise<{ plan: Plan; case: Case }> {
    await this.cases.visible(actor, caseId);
    const plan = await this.plans.findByCase(actor.tenantId, caseId, true);
    if (!plan) throw PlanErrors.planNotFound();
    return { plan, case: await this.openCase(actor, caseId) };
  }

  /**
   * Walks the case to `to` through the status table, one audited transition at a time (the
   * table never lets a flow jump). A case already there stays; no route is INVALID_TRANSITION.
   */
  async moveCase(actor: Actor, c: Case, to: CaseStatus): Promise<void> {
    const route = routeBetween(c.status, to);
    if (route === null) {
      await this.cases.transition(actor, c.id, to); // throws the table's own 409, naming the allowed moves
      return;
    }
    for (const step of route) await this.cases.transition(actor, c.id, step);
  }

  /** A revision the actor may read; client users get 404 for one not shared with them. */
  async visibleRevision(actor: Actor, plan: Plan, number: number): Promise<PlanRevision> {
    const r = await this.plans.findRevision(actor.tenantId, plan.id, number);
    if (!r || !revisionVisible(actor.role, r)) throw PlanErrors.revisionNotFound(number);
    return r;
  }

  /** Several revisions' sections in one query (round history), keyed by number. */
  async sectionsOf(actor: Actor, plan: Plan, numbers: number[]): Promise<Map<number, PlanSection[]>> {
    return this.plans.sectionsOf(actor.tenantId, plan.id, numbers);
  }

  /** The case, visible and still being worked; a decided case's plan is history. */
  async openCase(actor: Actor, caseId: string): Promise<Case> {
    const c = await this.cases.visible(actor, caseId);
    if (!isOpen(c.status)) throw PlanErrors.caseEnded(c.status);
    return c;
  }

  markShared(revision: PlanRevision): Promise<void> {
    return this.plans.markShared(revision, this.clock.now());
  }

  runChecks(actor: Actor, c: Case, plan: Plan, sections: PlanSection[], documents?: readonly { id: string }[]): Promise<PlanFinding[]> {
    return this.checks.run(actor, c, documentOf(plan.language, sections), documents);
  }

  private async insertRevision(
    actor: Actor,
    c: Case,
    plan: Plan,
    input: { number: number; basedOn: number | null; origin: RevisionOrigin; sections: PlanSection[]; note: string | null },
  ): Promise<PlanRevision> {
    const sections = normaliseSections(input.sections);
    const findings = await this.runChecks(actor, c, plan, sections);
    const revision = Object.assign(new PlanRevision(), {
      tenantId: actor.tenantId,
      id: newId(),
      planId: plan.id,
      caseId: c.id,
      number: input.number,
      basedOn: input.basedOn,
      origin: input.origin,
      sections,
      note: input.note,
      findings,
      ...countFindings(findings),
      authorMembershipId: actor.membershipId,
      createdAt: this.clock.now(),
      sharedAt: null,
    });
    await this.plans.insertRevision(revision);
    // Internal: the client sees a revision only when it is sent for review or submitted.
    await this.timeline.append(actor, c.id, { kind: PLAN_REVISION_SAVED_EVENT, internal: true, payload: { number: revision.number, origin: revision.origin, blockers: revision.blockers } });
    await this.audit.record(actor, { action: 'plan.revision_saved', entityType: 'plan', entityId: plan.id, after: { number: revision.number, origin: revision.origin } });
    return revision;
  }
}

function assertContent(sections: readonly PlanSection[]): void {
  const problems = contentProblems(sections);
  if (problems.length) throw PlanErrors.invalidContent(problems);
}

/** What a VERSION_CONFLICT shows of the head: the revision as the API presents it. */
export function revisionSnapshot(r: PlanRevision): Record<string, unknown> {
  return {
    number: r.number,
    basedOn: r.basedOn,
    origin: r.origin,
    note: r.note,
    authorMembershipId: r.authorMembershipId,
    createdAt: r.createdAt.toISOString(),
    sections: r.sections,
    blockers: r.blockers,
    warnings: r.warnings,
  };
}

export function documentOf(language: PlanLanguage, sections: readonly PlanSection[]): PlanDocument {
  return { language, sections };
}
