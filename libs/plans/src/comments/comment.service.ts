import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { STAFF_ROLES } from '@reinstate/clients';
import { TimelineService } from '@reinstate/cases';
import { Actor, Clock, TenantDb, clampLimit, decodeCursor, newId, requireRole, toPage, type Page } from '@reinstate/platform';
import { documentOf, PlanService, revisionSnapshot } from '../drafts/plan.service';
import type { Plan, PlanRevision } from '../drafts/plan.entity';
import { PlanErrors } from '../plans.errors';
import { applySuggestion, isConflict, makeAnchor, reanchor, type ReanchorResult } from '../revisions/anchor';
import { clientMayOpenThread, threadVisible } from './comment.policy';
import { CommentThread, PlanComment, type ThreadVisibility } from './comment-thread.entity';
import { CommentRepository } from './comment.repository';

export interface OpenThreadInput {
  revision: number;
  sectionId: string;
  start: number;
  end: number;
  body: string;
  visibility: ThreadVisibility;
  /** A proposed replacement for the quoted span. */
  suggestion?: string;
}

export interface ThreadView {
  thread: CommentThread;
  comments: PlanComment[];
  /** Where the quote is in the revision the reader is looking at (`outdated` when it is gone). */
  position: ReanchorResult & { revision: number };
}

/** Review threads on a plan: anchored comments, replies, resolve/reopen and suggested edits. */
@Injectable()
export class CommentService {
  constructor(
    private readonly db: TenantDb,
    private readonly threads: CommentRepository,
    private readonly plans: PlanService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Every thread the actor may see, oldest first, each re-anchored to the revision the reader
   * sees now (staff: the head; client users: the newest shared one).
   */
  list(actor: Actor, caseId: string, query: { status?: 'open' | 'resolved'; cursor?: string; limit?: number } = {}): Promise<Page<ThreadView>> {
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      const current = await this.plans.readersRevision(actor, plan);
      const rows = await this.threads.listThreads(actor.tenantId, plan.id, { status: query.status, clientView: actor.role === 'client' }, after, limit);
      const page = toPage(rows, limit, (t) => ({ at: t.createdAt.toISOString(), id: t.id }));
      const byThread = new Map<string, PlanComment[]>(page.items.map((t) => [t.id, []]));
      for (const c of await this.threads.commentsOf(actor.tenantId, page.items.map((t) => t.id))) byThread.get(c.threadId)?.push(c);
      return { items: page.items.map((thread) => ({ thread, comments: byThread.get(thread.id)!, position: position(thread, plan, current) })), nextCursor: page.nextCursor };
    });
  }

  open(actor: Actor, caseId: string, input: OpenThreadInput): Promise<ThreadView> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { plan } = await this.plans.visiblePlan(actor, caseId);
      const revision = await this.plans.visibleRevision(actor, plan, input.revision);
      if (actor.role === 'client' && !clientMayOpenThread({ visibility: input.visibility, revisionShared: revision.sharedAt !== null, suggestion: input.suggestion })) {
        throw PlanErrors.clientThreadRules();
      }
      let anchor;
      try {
        anchor = makeAnchor(documentOf(plan.language, revision.sections), input.sectionId, input.start, input.end);
      } catch (err) {
        throw PlanErrors.invalidAnchor((err as Error).message);
      }
      const now = this.clock.now();
      const thread = Object.assign(new CommentThread(), {
        tenantId: actor.tenantId,
        id: newId(),
        planId: plan.id,
        caseId,
        revisionNumber: revision.number,
        anchor,
        visibility: input.visibility,
        status: 'open' as const,
        suggestion: input.suggestion ?? null,
        suggestionState: input.suggestion !== undefined ? ('pending' as const) : null,
        suggestionRevision: null,
        createdBy: actor.membershipId,
        createdAt: now,
        resolvedBy: null,
        resolvedAt: null,
        updatedAt: now,
      });
      await this.threads.insertThread(thread);
      const comment = await this.insertComment(actor, thread, input.body);
      // On the client's timeline only when the client can see the thread (shared, on a shared revision).
      await this.timeline.append(actor, caseId, {
        kind: 'plan.comment_added',
        internal: thread.visibility === 'internal' || revision.sharedAt === null,
        payload: { threadId: thread.id, revision: revision.number, sectionId: anchor.sectionId, suggestion: thread.suggestion !== null },
      });
      await this.audit.record(actor, { action: 'plan.thread_opened', entityType: 'plan_comment_thread', entityId: thread.id, after: { visibility: thread.visibility, revision: revision.number } });
      return { thread, comments: [comment], position: position(thread, plan, revision) };
    });
  }

  reply(actor: Actor, caseId: string, threadId: string, body: string): Promise<PlanComment> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { thread, sharedWithClient } = await this.threadForChange(actor, caseId, threadId);
      if (thread.status === 'resolved') throw PlanErrors.threadClosed();
      const comment = await this.insertComment(actor, thread, body);
      await this.touch(thread, {});
      await this.timeline.append(actor, caseId, { kind: 'plan.comment_added', internal: !sharedWithClient, payload: { threadId, reply: true } });
      return comment;
    });
  }

  /** Staff close a thread when it is dealt with, and reopen it if it is not. */
  setStatus(actor: Actor, caseId: string, threadId: string, status: 'open' | 'resolved'): Promise<CommentThread> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { thread } = await this.threadForChange(actor, caseId, threadId);
      if (thread.status !== status) {
        const now = this.clock.now();
        await this.touch(thread, status === 'resolved' ? { status, resolvedBy: actor.membershipId, resolvedAt: now } : { status, resolvedBy: null, resolvedAt: null });
        await this.audit.record(actor, { action: status === 'resolved' ? 'plan.thread_resolved' : 'plan.thread_reopened', entityType: 'plan_comment_thread', entityId: threadId });
      }
      return thread;
    });
  }

  /**
   * Applies the suggested edit to the head as a new revision. Like any save it names the
   * `version` it was looking at; the quote must still be in the head exactly (or moved), else a
   * person has to merge by hand.
   */
  acceptSuggestion(actor: Actor, caseId: string, threadId: string, version: number): Promise<{ thread: CommentThread; revision: PlanRevision }> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { thread, plan, case: c } = await this.threadForChange(actor, caseId, threadId);
      if (thread.suggestionState !== 'pending' || thread.suggestion === null) throw PlanErrors.notASuggestion();
      const head = await this.plans.visibleRevision(actor, plan, plan.headRevision);
      if (version !== plan.headRevision) throw PlanErrors.versionConflict(revisionSnapshot(head));
      const applied = applySuggestion(documentOf(plan.language, head.sections), thread.anchor, thread.suggestion);
      if (isConflict(applied)) throw PlanErrors.suggestionOutdated();
      const revision = await this.plans.append(actor, c, plan, { sections: [...applied.plan.sections], origin: 'suggestion', note: 'Suggested edit accepted' });
      const now = this.clock.now();
      await this.touch(thread, { suggestionState: 'accepted', suggestionRevision: revision.number, status: 'resolved', resolvedBy: actor.membershipId, resolvedAt: now });
      await this.audit.record(actor, { action: 'plan.suggestion_accepted', entityType: 'plan_comment_thread', entityId: threadId, after: { revision: revision.number } });
      return { thread, revision };
    });
  }

  rejectSuggestion(actor: Actor, caseId: string, threadId: string): Promise<CommentThread> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const { thread } = await this.threadForChange(actor, caseId, threadId);
      if (thread.suggestionState !== 'pending') throw PlanErrors.notASuggestion();
      await this.touch(thread, { suggestionState: 'rejected' });
      await this.audit.record(actor, { action: 'plan.suggestion_rejected', entityType: 'plan_comment_thread', entityId: threadId });
      return thread;
    });
  }

  /**
   * A thread the actor may change, under the plan lock (so accept and reject, or two resolves,
   * never interleave), on a case still being worked. Client users reach only shared threads of
   * revisions shared with them; anything else is the same 404 as a missing thread.
   */
  private async threadForChange(actor: Actor, caseId: string, threadId: string) {
    const { plan, case: c } = await this.plans.lockForChange(actor, caseId);
    const thread = await this.threads.findThread(actor.tenantId, plan.id, threadId, true);
    if (!thread || !threadVisible(actor.role, thread.visibility)) throw PlanErrors.threadNotFound();
    const sharedWithClient = thread.visibility === 'shared' && (await this.threads.threadRevisionShared(thread));
    if (actor.role === 'client' && !sharedWithClient) throw PlanErrors.threadNotFound();
    return { plan, case: c, thread, sharedWithClient };
  }

  private async insertComment(actor: Actor, thread: CommentThread, body: string): Promise<PlanComment> {
    const comment = Object.assign(new PlanComment(), { tenantId: actor.tenantId, id: newId(), threadId: thread.id, authorMembershipId: actor.membershipId, body, createdAt: this.clock.now() });
    await this.threads.insertComment(comment);
    return comment;
  }

  private async touch(thread: CommentThread, changes: Partial<CommentThread>): Promise<void> {
    Object.assign(thread, changes, { updatedAt: this.clock.now() });
    await this.threads.updateThread(thread, { ...changes, updatedAt: thread.updatedAt });
  }
}

function position(thread: CommentThread, plan: Plan, current: PlanRevision | null): ThreadView['position'] {
  if (!current) return { status: 'outdated', revision: thread.revisionNumber };
  if (current.number === thread.revisionNumber) {
    const a = thread.anchor;
    return { status: 'exact', sectionId: a.sectionId, start: a.start, end: a.end, similarity: 1, revision: current.number };
  }
  return { ...reanchor(thread.anchor, documentOf(plan.language, current.sections)), revision: current.number };
}
