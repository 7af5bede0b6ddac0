import { Injectable } from '@nestjs/common';
import { TenantDb, type KeysetCursor } from '@reinstate/platform';
import { In } from 'typeorm';
import { PlanRevision } from '../drafts/plan.entity';
import { CommentThread, PlanComment } from './comment-thread.entity';

@Injectable()
export class CommentRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Oldest first, keyset-paged (plan_comment_threads_plan_idx); limit + 1 rows. `clientView` keeps shared threads on revisions shared with the client: a shared
   * thread on a draft would otherwise show the client the draft's text in its quote.
   */
  listThreads(tenantId: string, planId: string, filter: { status?: 'open' | 'resolved'; clientView: boolean }, after: KeysetCursor | null, limit: number): Promise<CommentThread[]> {
    const qb = this.db.manager().createQueryBuilder(CommentThread, 't').where('t.tenant_id = :tenantId AND t.plan_id = :planId', { tenantId, planId });
    if (filter.clientView) {
      qb.andWhere(`t.visibility = 'shared'`).andWhere(
        `EXISTS (SELECT 1 FROM plan_revisions r WHERE r.tenant_id = t.tenant_id AND r.plan_id = t.plan_id AND r.number = t.revision_number AND r.shared_at IS NOT NULL)`,
      );
    }
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (after) qb.andWhere('(t.created_at, t.id) > (:at::timestamptz, :id::uuid)', { at: after.at, id: after.id });
    return qb.orderBy('t.created_at', 'ASC').addOrderBy('t.id', 'ASC').limit(limit + 1).getMany();
  }

  /** With `lock`, a state change of the thread waits for any other one (accept vs reject). */
  findThread(tenantId: string, planId: string, id: string, lock = false): Promise<CommentThread | null> {
    const qb = this.db.manager().createQueryBuilder(CommentThread, 't').where('t.tenant_id = :tenantId AND t.plan_id = :planId AND t.id = :id', { tenantId, planId, id });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  async threadRevisionShared(thread: CommentThread): Promise<boolean> {
    const r = await this.db.manager().findOne(PlanRevision, { select: { sharedAt: true }, where: { tenantId: thread.tenantId, planId: thread.planId, number: thread.revisionNumber } });
    return r?.sharedAt != null;
  }

  async insertThread(thread: CommentThread): Promise<void> {
    await this.db.manager().insert(CommentThread, thread);
  }

  async updateThread(thread: CommentThread, changes: Partial<CommentThread>): Promise<void> {
    await this.db.manager().update(CommentThread, { tenantId: thread.tenantId, id: thread.id }, changes);
  }

  async insertComment(comment: PlanComment): Promise<void> {
    await this.db.manager().insert(PlanComment, comment);
  }

  /** The comments of these threads, oldest first (served by plan_comments_thread_idx). */
  commentsOf(tenantId: string, threadIds: string[]): Promise<PlanComment[]> {
    if (!threadIds.length) return Promise.resolve([]);
    return this.db.manager().find(PlanComment, { where: { tenantId, threadId: In(threadIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
