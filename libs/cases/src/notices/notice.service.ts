import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { TenantService } from '@reinstate/identity';
import { Actor, Clock, TenantDb, newId } from '@reinstate/platform';
import { readNotice } from '../notice-reader/notice-reader';
import type { NoticeReading } from '../notice-reader/notice-reader.types';
import { TimelineService } from '../timeline/timeline.service';
import { Notice } from './notice.entity';
import { NoticeRepository } from './notice.repository';

/** Bump when the reader's rules change, so stored readings can be told apart. */
export const READER_VERSION = 1;

export interface NoticeInput {
  text: string;
  receivedAt?: Date;
  source?: 'paste' | 'upload';
  documentId?: string | null;
}

/** Stores notices verbatim with the reader's suggestion. Call inside the case's transaction. */
@Injectable()
export class NoticeService {
  constructor(
    private readonly db: TenantDb,
    private readonly notices: NoticeRepository,
    private readonly tenants: TenantService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Reads a notice without storing it (the intake form's live preview). */
  async preview(actor: Actor, text: string, receivedAt?: Date): Promise<NoticeReading> {
    const tenant = await this.tenants.get(actor);
    return readNotice(text, { receivedAt: receivedAt ?? this.clock.now(), timeZone: tenant.timeZone });
  }

  /** Stores a notice with its reading (computed here unless the caller already read it). */
  async add(actor: Actor, caseId: string, input: NoticeInput, alreadyRead?: NoticeReading): Promise<Notice> {
    const now = this.clock.now();
    const receivedAt = input.receivedAt ?? now;
    const reading = alreadyRead ?? (await this.preview(actor, input.text, receivedAt));
    const notice = Object.assign(new Notice(), {
      tenantId: actor.tenantId,
      id: newId(),
      caseId,
      source: input.source ?? 'paste',
      receivedAt,
      subject: reading.subject?.value.slice(0, 500) ?? null,
      fromAddress: reading.from?.value.slice(0, 320) ?? null,
      body: input.text,
      documentId: input.documentId ?? null,
      reading,
      readerVersion: READER_VERSION,
      confirmedAt: null,
      confirmedBy: null,
      createdBy: actor.membershipId,
      createdAt: now,
    });
    await this.notices.insert(notice);
    await this.timeline.append(actor, caseId, {
      kind: 'notice.added',
      payload: { noticeId: notice.id, subject: notice.subject, severity: reading.severity?.value ?? null },
    });
    await this.audit.record(actor, { action: 'notice.added', entityType: 'notice', entityId: notice.id, after: { caseId, source: notice.source } });
    return notice;
  }

  find(actor: Actor, caseId: string, noticeId: string): Promise<Notice | null> {
    return this.notices.findById(actor.tenantId, caseId, noticeId);
  }

  listForCase(actor: Actor, caseId: string): Promise<Notice[]> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.notices.listForCase(actor.tenantId, caseId));
  }

  async markConfirmed(actor: Actor, notice: Notice): Promise<void> {
    await this.notices.markConfirmed(actor.tenantId, notice.id, actor.membershipId, this.clock.now());
  }
}
