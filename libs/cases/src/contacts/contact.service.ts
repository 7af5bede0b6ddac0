import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { STAFF_ROLES } from '@reinstate/clients';
import { Actor, Clock, TenantDb, newId, requireRole } from '@reinstate/platform';
import { CaseService } from '../cases/case.service';
import { TimelineService } from '../timeline/timeline.service';
import { CaseContact } from './case-contact.entity';

export type ContactInput = Pick<CaseContact, 'department' | 'channel' | 'direction' | 'occurredAt' | 'summary'> & {
  counterpart?: string;
  sharedWithClient?: boolean;
};

/** The contact log of a case. Staff log contacts; client users see only those shared with them. */
@Injectable()
export class ContactService {
  constructor(
    private readonly db: TenantDb,
    private readonly cases: CaseService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  log(actor: Actor, caseId: string, input: ContactInput): Promise<CaseContact> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.cases.visible(actor, caseId);
      const contact = Object.assign(new CaseContact(), {
        tenantId: actor.tenantId,
        id: newId(),
        caseId,
        ...input,
        counterpart: input.counterpart ?? null,
        sharedWithClient: input.sharedWithClient ?? false,
        loggedBy: actor.membershipId,
        createdAt: this.clock.now(),
      });
      await this.db.manager().insert(CaseContact, contact);
      await this.timeline.append(actor, caseId, {
        kind: 'contact.logged',
        internal: !contact.sharedWithClient,
        payload: { contactId: contact.id, department: contact.department, channel: contact.channel, occurredAt: contact.occurredAt.toISOString() },
      });
      await this.audit.record(actor, { action: 'contact.logged', entityType: 'case_contact', entityId: contact.id, after: { caseId, department: contact.department } });
      return contact;
    });
  }

  list(actor: Actor, caseId: string): Promise<CaseContact[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.cases.visible(actor, caseId);
      const qb = this.db
        .manager()
        .createQueryBuilder(CaseContact, 'c')
        .where('c.tenant_id = :tenantId AND c.case_id = :caseId', { tenantId: actor.tenantId, caseId });
      if (actor.role === 'client') qb.andWhere('c.shared_with_client = true');
      return qb.orderBy('c.occurred_at', 'ASC').addOrderBy('c.id', 'ASC').limit(1000).getMany();
    });
  }
}
