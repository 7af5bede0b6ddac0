import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AuditService } from '@reinstate/audit';
import { CaseService, NoticeService, TimelineService } from '@reinstate/cases';
import { isStaff, STAFF_ROLES } from '@reinstate/clients';
import { MembershipService, TenantService } from '@reinstate/identity';
import { NotificationService } from '@reinstate/notifications';
import { Actor, AppConfig, Clock, TenantDb, isUniqueViolation, localDateOf, newId, requireRole } from '@reinstate/platform';
import type { DocumentKind } from '../checklists/default-checklists';
import { evidenceWarnings } from '../checklists/evidence-checks.policy';
import { DocumentErrors } from '../documents.errors';
import { DocumentRequestService } from '../requests/document-request.service';
import { STORAGE } from '../storage.provider';
import type { StorageDriver } from '../uploads/storage';
import { receiveUpload } from '../uploads/upload-pipeline';
import { Document, DocumentAccess } from './document.entity';
import { DocumentRepository } from './document.repository';
import { noticeText } from './notice-text';

export interface UploadInput {
  stream: Readable;
  fileName: string;
  kind: DocumentKind;
  requestId?: string;
  issuedOn?: string;
  supplierName?: string;
  supplierContact?: string;
}

/**
 * Uploads stream straight to storage (hashing, sniffing and counting on the way), then the
 * metadata is written in one short transaction; a failure at any step leaves no file and no row.
 */
@Injectable()
export class DocumentService {
  private readonly logger = new Logger(DocumentService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly documents: DocumentRepository,
    private readonly requests: DocumentRequestService,
    private readonly cases: CaseService,
    private readonly tenants: TenantService,
    private readonly memberships: MembershipService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticeService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(STORAGE) private readonly storage: StorageDriver,
  ) {}

  async upload(actor: Actor, caseId: string, input: UploadInput): Promise<Document> {
    // Check access before reading a byte; no transaction is held while the file streams in.
    const c = await this.cases.get(actor, caseId);
    const id = newId();
    const key = `${actor.tenantId}/${caseId}/${id}`;
    const received = await receiveUpload(input.stream, input.fileName, { limitBytes: this.config.UPLOAD_LIMIT_BYTES, storage: this.storage, key });
    try {
      return await this.db.run({ tenantId: actor.tenantId }, async () => {
        const sha256 = Buffer.from(received.sha256Hex, 'hex');
        const same = await this.documents.findByHash(actor.tenantId, caseId, sha256);
        if (same) throw DocumentErrors.duplicate(same.id);
        const request = input.requestId ? await this.requests.openRequestForUpload(actor, caseId, input.requestId) : null;
        const tenant = await this.tenants.get(actor);
        const now = this.clock.now();
        const doc = Object.assign(new Document(), {
          tenantId: actor.tenantId,
          id,
          caseId,
          kind: input.kind,
          fileName: received.sanitizedName,
          storageKey: key,
          mime: received.mime,
          charset: received.charset ?? null,
          sizeBytes: received.sizeBytes,
          sha256,
          issuedOn: input.issuedOn ?? null,
          supplierName: input.supplierName ?? null,
          supplierContact: input.supplierContact ?? null,
          warnings: evidenceWarnings(
            { kind: input.kind, issuedOn: input.issuedOn, supplierName: input.supplierName, supplierContact: input.supplierContact },
            localDateOf(now, tenant.timeZone),
          ),
          requestId: request?.id ?? null,
          uploadedBy: actor.membershipId,
          createdAt: now,
        });
        try {
          await this.documents.insert(doc);
        } catch (err) {
          if (isUniqueViolation(err)) throw DocumentErrors.duplicate((await this.documents.findByHash(actor.tenantId, caseId, sha256))?.id ?? '');
          throw err;
        }
        if (request) await this.requests.markFulfilled(actor, request, id);
        if (doc.kind === 'notice') await this.attachNotice(actor, doc);
        await this.timeline.append(actor, caseId, { kind: 'document.uploaded', payload: { documentId: id, kind: doc.kind, fileName: doc.fileName } });
        await this.audit.record(actor, { action: 'document.uploaded', entityType: 'document', entityId: id, after: { caseId, kind: doc.kind, sizeBytes: doc.sizeBytes, requestId: doc.requestId } });
        if (!isStaff(actor)) {
          const recipients = [request?.requestedBy, c.leadMembershipId].filter((x): x is string => !!x);
          await this.notifications.notify(actor, {
            recipients: recipients.length > 0 ? recipients : await this.memberships.activeMembershipIds(actor, ['admin']),
            kind: 'document.uploaded',
            subjectType: 'document',
            subjectId: id,
            payload: { caseId, caseNumber: c.number, fileName: doc.fileName, kind: doc.kind, requestId: doc.requestId },
          });
        }
        return doc;
      });
    } catch (err) {
      await this.storage.delete(key).catch((e: unknown) => this.logger.error({ err: e, key }, 'could not remove an orphaned upload'));
      throw err;
    }
  }

  /** An uploaded notice with readable text becomes a notice of the case (stored verbatim, read). */
  private async attachNotice(actor: Actor, doc: Document): Promise<void> {
    const text = await noticeText(doc.mime, doc.charset, await this.storage.get(doc.storageKey));
    if (text) await this.notices.add(actor, doc.caseId, { text, source: 'upload', documentId: doc.id });
  }

  list(actor: Actor, caseId: string): Promise<Document[]> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.cases.visible(actor, caseId);
      return this.documents.listForCase(actor.tenantId, caseId);
    });
  }

  /** The metadata; the view is recorded in the access log. */
  get(actor: Actor, id: string): Promise<Document> {
    return this.db.run({ tenantId: actor.tenantId }, () => this.access(actor, id, 'view'));
  }

  /** The bytes, as a stream; the download is recorded before the first byte leaves. */
  async download(actor: Actor, id: string): Promise<{ document: Document; stream: Readable }> {
    const document = await this.db.run({ tenantId: actor.tenantId }, () => this.access(actor, id, 'download'));
    return { document, stream: await this.storage.get(document.storageKey) };
  }

  accessLog(actor: Actor, id: string): Promise<DocumentAccess[]> {
    requireRole(actor, STAFF_ROLES);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.visibleDocument(actor, id);
      return this.documents.accessLog(actor.tenantId, id);
    });
  }

  private async access(actor: Actor, id: string, action: 'view' | 'download'): Promise<Document> {
    const doc = await this.visibleDocument(actor, id);
    await this.documents.logAccess({ tenantId: actor.tenantId, id: newId(), documentId: id, membershipId: actor.membershipId, action, at: this.clock.now() });
    return doc;
  }

  private async visibleDocument(actor: Actor, id: string): Promise<Document> {
    const doc = await this.documents.findById(actor.tenantId, id);
    if (!doc) throw DocumentErrors.notFound();
    await this.cases.visible(actor, doc.caseId).catch(() => {
      throw DocumentErrors.notFound();
    });
    return doc;
  }
}
