import { Body, Controller, Delete, Get, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DocumentRequestService, DocumentService, contentDisposition, type Document, type DocumentRequest } from '@reinstate/documents';
import { DomainError, type Actor } from '@reinstate/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { validationPipe } from '../http/validation';
import {
  ChecklistTemplateDto,
  CreateDocumentRequestDto,
  DocumentAccessDto,
  DocumentDto,
  DocumentRequestDto,
  SaveChecklistDto,
  UploadFieldsDto,
  UploadFormDto,
} from './documents.dto';
import { iso } from '../http/iso';

function presentDocument(d: Document): DocumentDto {
  return {
    id: d.id,
    caseId: d.caseId,
    kind: d.kind,
    fileName: d.fileName,
    mime: d.mime,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256.toString('hex'),
    issuedOn: d.issuedOn,
    supplierName: d.supplierName,
    supplierContact: d.supplierContact,
    warnings: d.warnings,
    requestId: d.requestId,
    uploadedBy: d.uploadedBy,
    createdAt: d.createdAt.toISOString(),
  };
}

function presentRequest(r: DocumentRequest): DocumentRequestDto {
  return {
    id: r.id,
    caseId: r.caseId,
    kind: r.kind,
    title: r.title,
    description: r.description,
    dueOn: r.dueOn,
    status: r.status,
    source: r.source,
    fulfilledDocumentId: r.fulfilledDocumentId,
    fulfilledAt: iso(r.fulfilledAt),
    createdAt: r.createdAt.toISOString(),
  };
}

/** Uploads, downloads and the access audit of a case's documents. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  private readonly pipe = validationPipe();

  constructor(private readonly documents: DocumentService) {}

  @Post('cases/:id/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFormDto, description: 'Fields first, the file last. Type is checked from the content.' })
  @ApiCreatedResponse({ type: DocumentDto })
  @ApiErrors(400, 401, 404, 409, 413)
  async upload(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) caseId: string, @Req() req: FastifyRequest): Promise<DocumentDto> {
    if (!req.isMultipart()) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'unsupported_media_type', 'Send the file as multipart/form-data.');
    }
    const part = await req.file();
    if (!part) throw new DomainError('FILE_REQUIRED', 'invalid', 'Send the file as a multipart part named "file".', [{ field: 'file', issue: 'required' }]);
    const raw = Object.fromEntries(
      Object.entries(part.fields)
        .filter(([name, f]) => name !== part.fieldname && f && !Array.isArray(f) && (f as { type: string }).type === 'field')
        .map(([name, f]) => [name, (f as { value: unknown }).value]),
    );
    let fields: UploadFieldsDto;
    try {
      fields = (await this.pipe.transform(raw, { type: 'body', metatype: UploadFieldsDto })) as UploadFieldsDto;
    } catch (err) {
      part.file.resume(); // drain what the client sends so it gets the answer
      throw err;
    }
    const doc = await this.documents.upload(actor, caseId, { ...fields, stream: part.file, fileName: part.filename });
    return presentDocument(doc);
  }

  @Get('cases/:id/documents')
  @ApiOkResponse({ type: [DocumentDto] })
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) caseId: string): Promise<DocumentDto[]> {
    return (await this.documents.list(actor, caseId)).map(presentDocument);
  }

  @Get('documents/:id')
  @ApiOkResponse({ type: DocumentDto, description: 'Recorded in the access log as a view' })
  @ApiErrors(400, 401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<DocumentDto> {
    return presentDocument(await this.documents.get(actor, id));
  }

  @Get('documents/:id/download')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file as an attachment (nosniff); recorded in the access log' })
  @ApiErrors(400, 401, 404)
  async download(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { document, stream } = await this.documents.download(actor, id);
    await reply
      .header('content-type', document.mime + (document.mime.startsWith('text/') ? '; charset=' + (document.charset ?? 'utf-8') : ''))
      .header('content-length', String(document.sizeBytes))
      .header('content-disposition', contentDisposition(document.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @Get('documents/:id/access-log')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: [DocumentAccessDto] })
  @ApiErrors(400, 401, 403, 404)
  async accessLog(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<DocumentAccessDto[]> {
    return (await this.documents.accessLog(actor, id)).map((a) => ({ membershipId: a.membershipId, action: a.action, at: a.at.toISOString() }));
  }
}

/** Document requests (the client's checklist) and the tenant's checklist templates. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentRequestsController {
  constructor(private readonly requests: DocumentRequestService) {}

  @Post('cases/:id/document-requests')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: DocumentRequestDto })
  @ApiErrors(400, 401, 403, 404)
  async create(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) caseId: string, @Body() dto: CreateDocumentRequestDto): Promise<DocumentRequestDto> {
    return presentRequest(await this.requests.create(actor, caseId, dto));
  }

  @Get('cases/:id/document-requests')
  @ApiOkResponse({ type: [DocumentRequestDto], description: 'The checklist; clients fulfil items by uploading with requestId' })
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) caseId: string): Promise<DocumentRequestDto[]> {
    return (await this.requests.list(actor, caseId)).map(presentRequest);
  }

  @Delete('document-requests/:id')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: DocumentRequestDto, description: 'Cancelled' })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<DocumentRequestDto> {
    return presentRequest(await this.requests.cancel(actor, id));
  }

  @Get('checklist-templates')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: [ChecklistTemplateDto] })
  @ApiErrors(401, 403)
  templates(@CurrentActor() actor: Actor): Promise<ChecklistTemplateDto[]> {
    return this.requests.templates(actor);
  }

  @Put('checklist-templates/:category')
  @Roles('admin')
  @ApiOkResponse({ type: [ChecklistTemplateDto] })
  @ApiErrors(400, 401, 403)
  async saveTemplate(@CurrentActor() actor: Actor, @Param('category') category: string, @Body() dto: SaveChecklistDto): Promise<ChecklistTemplateDto[]> {
    await this.requests.saveTemplate(actor, category, dto.items);
    return this.requests.templates(actor);
  }
}
