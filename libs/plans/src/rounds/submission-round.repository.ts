import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { SubmissionRound } from './submission-round.entity';

@Injectable()
export class SubmissionRoundRepository {
  constructor(private readonly db: TenantDb) {}

  /** Oldest first (served by the (tenant_id, case_id, number) key). An appeal has a few rounds. */
  list(tenantId: string, caseId: string): Promise<SubmissionRound[]> {
    return this.db.manager().find(SubmissionRound, { where: { tenantId, caseId }, order: { number: 'ASC' }, take: 1000 });
  }

  find(tenantId: string, caseId: string, number: number): Promise<SubmissionRound | null> {
    return this.db.manager().findOneBy(SubmissionRound, { tenantId, caseId, number });
  }

  last(tenantId: string, caseId: string): Promise<SubmissionRound | null> {
    return this.db.manager().findOne(SubmissionRound, { where: { tenantId, caseId }, order: { number: 'DESC' } });
  }

  async insert(round: SubmissionRound): Promise<void> {
    await this.db.manager().insert(SubmissionRound, round);
  }

  async recordReply(round: SubmissionRound, changes: Pick<SubmissionRound, 'outcome' | 'replyNoticeId' | 'replyReceivedAt' | 'replyRecordedBy'>): Promise<void> {
    await this.db.manager().update(SubmissionRound, { tenantId: round.tenantId, id: round.id }, changes);
  }
}
