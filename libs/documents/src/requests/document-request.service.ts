import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { ClientService } from '@reinstate/clients';
import { TenantService } from '@reinstate/identity';
import { localToUtc } from '@reinstate/platform';
import { ReminderService } from '@reinstate/reminders';
import { CaseHooks, CaseService, ServiceClockService, TimelineService, type Case } from '@reinstate/cases';
import { STAFF_ROLES } from '@reinstate/clients';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { DEFAULT_CHECKLISTS, VIOLATION_CATEGORIES, type ChecklistItem, type DocumentKind, type ViolationCategory } from '../checklists/default-checklists';
import { DocumentErrors } from '../documents.errors';
import { DocumentRequest, type ChecklistTemplate } from './document-request.entity';
import { DocumentRequestRepository } from './document-request.repository';
import { checklistFor } from './checklist.policy';

export interface RequestInput {
  kind: DocumentKind;
  title: string;
  description?: string;
  dueOn?: string;
}

/** Document requests (the client's checklist) and the tenant's checklist templates. */
@Injectable()
export class DocumentRequestService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly requests: DocumentRequestRepository,
    private readonly cases: CaseService,
    private readonly caseHooks: CaseHooks,
    private readonly serviceClock: ServiceClockService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly reminders: ReminderService,
    private readonly clients: ClientService,
    private readonly tenants: TenantService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Confirming a notice proposes the checklist of the case's categories to the client.
    this.caseHooks.onNoticeConfirmed(({ actor, case: c }) => this.proposeChecklist(actor, c).then(() => undefined));
  }

  async create(actor: Actor, caseId: string, input: RequestInput): Promise<DocumentRequest> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.cases.visible(actor, caseId);
      const [row] = this.rows(actor, caseId, [{ kind: input.kind, title: input.title, description: input.description ?? null, dueOn: input.dueOn ?? null }], 'manual');
      await this.requests.insert([row!]);
      const c = await this.cases.visible(actor, caseId);
      await this.syncOverdueReminder(actor, row!, c.clientId, c.number);
      await this.syncServiceClock(actor, caseId);
      await this.timeline.append(actor, caseId, { kind: 'document_request.created', payload: { requestId: row!.id, kind: row!.kind, title: row!.title } });
      await this.audit.record(actor, { action: 'document_request.created', entityType: 'document_request', entityId: row!.id, after: { caseId, kind: row!.kind } });
      return row!;
    });
  }

  list(actor: Actor, caseId: string): Promise<DocumentRequest[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.cases.visible(actor, caseId);
      return this.requests.listForCase(actor.tenantId, caseId);
    });
  }

  cancel(actor: Actor, id: string): Promise<DocumentRequest> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const r = await this.visibleRequest(actor, id, true);
      if (r.status !== 'open') throw DocumentErrors.requestClosed();
      await this.requests.update(actor.tenantId, id, { status: 'cancelled', updatedAt: this.clock.now() });
      await this.reminders.cancel(actor, { type: 'document_request', id });
      await this.syncServiceClock(actor, r.caseId);
      await this.timeline.append(actor, r.caseId, { kind: 'document_request.cancelled', payload: { requestId: id } });
      await this.audit.record(actor, { action: 'document_request.cancelled', entityType: 'document_request', entityId: id });
      return (await this.requests.findById(actor.tenantId, id))!;
    });
  }

  /** An open request of the case, locked for fulfilment by an upload (inside the caller's transaction). */
  async openRequestForUpload(actor: Actor, caseId: string, id: string): Promise<DocumentRequest> {
    const r = await this.requests.findById(actor.tenantId, id, true);
    if (!r || r.caseId !== caseId) throw DocumentErrors.requestNotFound();
    if (r.status !== 'open') throw DocumentErrors.requestClosed();
    return r;
  }

  async markFulfilled(actor: Actor, request: DocumentRequest, documentId: string): Promise<void> {
    const now = this.clock.now();
    await this.requests.update(actor.tenantId, request.id, { status: 'fulfilled', fulfilledAt: now, fulfilledDocumentId: documentId, updatedAt: now });
    await this.reminders.cancel(actor, { type: 'document_request', id: request.id });
    await this.syncServiceClock(actor, request.caseId);
    await this.timeline.append(actor, request.caseId, { kind: 'document_request.fulfilled', payload: { requestId: request.id, documentId } });
  }

  /** Creates the checklist items of the case's categories that the case does not already have open. */
  async proposeChecklist(actor: Actor, c: Case): Promise<DocumentRequest[]> {
    const templates = await this.requests.listTemplates(actor.tenantId);
    const existing = await this.requests.listForCase(actor.tenantId, c.id);
    const items = checklistFor(c.categories as ViolationCategory[], templatesByCategory(templates), existing);
    const rows = this.rows(actor, c.id, items.map((i) => ({ kind: i.kind, title: i.title.ja, description: i.description.ja, dueOn: null })), 'checklist');
    await this.requests.insert(rows);
    if (rows.length > 0) {
      await this.syncServiceClock(actor, c.id);
      await this.timeline.append(actor, c.id, { kind: 'checklist.proposed', payload: { items: rows.length } });
      await this.audit.record(actor, { action: 'checklist.proposed', entityType: 'case', entityId: c.id, after: { items: rows.map((r) => r.kind) } });
    }
    return rows;
  }

  /** Every category's checklist: the tenant's own where it has one, else the default. */
  templates(actor: Actor): Promise<{ category: ViolationCategory; items: ChecklistItem[]; customised: boolean }[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const own = templatesByCategory(await this.requests.listTemplates(actor.tenantId));
      return VIOLATION_CATEGORIES.map((category) => ({
        category,
        items: own.get(category) ?? [...DEFAULT_CHECKLISTS[category]],
        customised: own.has(category),
      }));
    });
  }

  saveTemplate(actor: Actor, category: string, items: ChecklistItem[]): Promise<void> {
    requireRole(actor, ['admin']);
    if (!(VIOLATION_CATEGORIES as readonly string[]).includes(category)) throw DocumentErrors.unknownCategory(category);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const before = await this.requests.getTemplate(actor.tenantId, category);
      await this.requests.upsertTemplate({ tenantId: actor.tenantId, id: before?.id ?? newId(), category, items, updatedBy: actor.membershipId, updatedAt: this.clock.now() });
      await this.audit.record(actor, { action: 'checklist_template.saved', entityType: 'checklist_template', entityId: null, after: { category, items: items.length } });
    });
  }

  /** While any request of the case is open the client owes documents: the service clock pauses. */
  private async syncServiceClock(actor: Actor, caseId: string): Promise<void> {
    await this.serviceClock.documentsChanged(actor, caseId, () => this.requests.hasOpen(actor.tenantId, caseId));
  }

  /** "Overdue" the morning after the due date, to the client's users (a nudge: business hours only). */
  private async syncOverdueReminder(actor: Actor, r: DocumentRequest, clientId: string, caseNumber: number): Promise<void> {
    if (!r.dueOn) return;
    const { timeZone } = await this.tenants.get(actor);
    const next = new Date(`${r.dueOn}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const dueAt = localToUtc(`${next.toISOString().slice(0, 10)}T09:00`, timeZone)!;
    const users = await this.clients.userMembershipIds(actor, clientId);
    await this.reminders.replace(
      actor,
      { type: 'document_request', id: r.id },
      'document_request.',
      users.map((u) => ({
        kind: 'document_request.overdue',
        recipientMembershipId: u,
        dueAt,
        uniqueKey: `document_request.overdue:${r.id}:${r.dueOn}:${u}`,
        payload: { caseId: r.caseId, caseNumber, title: r.title, dueOn: r.dueOn },
        businessHoursOnly: true,
      })),
    );
  }

  private async visibleRequest(actor: Actor, id: string, lock: boolean): Promise<DocumentRequest> {
    const r = await this.requests.findById(actor.tenantId, id, lock);
    if (!r) throw DocumentErrors.requestNotFound();
    await this.cases.visible(actor, r.caseId).catch(() => {
      throw DocumentErrors.requestNotFound();
    });
    return r;
  }

  private rows(
    actor: Actor,
    caseId: string,
    items: { kind: DocumentKind; title: string; description: string | null; dueOn: string | null }[],
    source: 'manual' | 'checklist',
  ): DocumentRequest[] {
    const now = this.clock.now();
    return items.map((i) =>
      Object.assign(new DocumentRequest(), {
        tenantId: actor.tenantId,
        id: newId(),
        caseId,
        ...i,
        status: 'open',
        source,
        requestedBy: actor.membershipId,
        fulfilledAt: null,
        fulfilledDocumentId: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }
}

function templatesByCategory(templates: ChecklistTemplate[]): Map<string, ChecklistItem[]> {
  return new Map(templates.map((t) => [t.category, t.items as ChecklistItem[]]));
}
