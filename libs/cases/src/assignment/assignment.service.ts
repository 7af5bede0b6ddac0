import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { IdentityErrors, MembershipService } from '@reinstate/identity';
import { Actor, Clock, DomainError, TenantDb, clampLimit, decodeSortCursor, requireRole, type Page } from '@reinstate/platform';
import type { Case, CaseSummary } from '../cases/case.entity';
import { CaseRepository, toSortedPage } from '../cases/case.repository';
import { TimelineService } from '../timeline/timeline.service';
import { pickAssignee } from '../workflow/assignment.policy';
import { AssignmentRepository, type ConsultantProfile } from './assignment.repository';

export const AssignmentErrors = {
  notConsultant: () =>
    new DomainError('NOT_A_CONSULTANT', 'unprocessable', 'Only an active consultant or admin can lead a case.', [{ field: 'leadMembershipId', issue: 'role' }]),
};

/** Who works a case: automatic on intake by the tenant's rules, or by an admin; history on the timeline. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: AssignmentRepository,
    private readonly cases: CaseRepository,
    private readonly members: MembershipService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Picks the lead for a new case (inside the intake's transaction). Returns null when nobody is available. */
  async autoAssign(actor: Actor, c: Case, language: 'ja' | 'en'): Promise<string | null> {
    const candidates = await this.repo.lockCandidates(actor.tenantId);
    const pick = pickAssignee(candidates, { language, categories: c.categories });
    if (!pick) return null;
    const now = this.clock.now();
    await this.repo.setLead(actor.tenantId, c.id, pick.membershipId, now, false);
    await this.repo.touch(actor.tenantId, pick.membershipId, now);
    await this.timeline.append(actor, c.id, { kind: 'case.assigned', payload: { lead: pick.membershipId, automatic: true, reason: pick.reason } });
    return pick.membershipId;
  }

  /** An admin (re)assigns the lead; the previous one stays in the timeline. */
  assign(actor: Actor, c: Case, lead: string): Promise<void> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const member = await this.members.find(actor, lead);
      if (!member) throw IdentityErrors.membershipNotFound();
      if (member.status !== 'active' || member.role === 'client') throw AssignmentErrors.notConsultant();
      await this.repo.setLead(actor.tenantId, c.id, lead, this.clock.now());
      await this.timeline.append(actor, c.id, { kind: 'case.assigned', payload: { lead, previous: c.leadMembershipId, automatic: false } });
      await this.audit.record(actor, { action: 'case.assigned', entityType: 'case', entityId: c.id, before: { lead: c.leadMembershipId }, after: { lead } });
    });
  }

  saveProfile(actor: Actor, input: Omit<ConsultantProfile, 'lastAssignedAt'>): Promise<ConsultantProfile> {
    if (input.membershipId !== actor.membershipId) requireRole(actor, ['admin']);
    else requireRole(actor, ['admin', 'consultant']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const member = await this.members.find(actor, input.membershipId);
      if (!member) throw IdentityErrors.membershipNotFound();
      if (member.role === 'client') throw AssignmentErrors.notConsultant();
      await this.repo.saveProfile(actor.tenantId, input, this.clock.now());
      await this.audit.record(actor, { action: 'consultant.profile_saved', entityType: 'membership', entityId: input.membershipId, after: { ...input } });
      return (await this.repo.profile(actor.tenantId, input.membershipId))!;
    });
  }

  /**
   * The consultant's own queue: open cases they lead, ordered by the nearer of the two clocks
   * (marketplace deadline, service due), keyset-paginated.
   */
  async myQueue(actor: Actor, query: { cursor?: string; limit?: number }): Promise<Page<CaseSummary>> {
    requireRole(actor, ['admin', 'consultant']);
    const limit = clampLimit(query.limit);
    const after = decodeSortCursor(query.cursor, 'next_due');
    const rows = await this.db.read({ tenantId: actor.tenantId }, () => this.cases.queue(actor.tenantId, actor.membershipId, after, limit));
    return toSortedPage(rows, limit, 'next_due');
  }
}
