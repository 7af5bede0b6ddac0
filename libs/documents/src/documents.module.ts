import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@reinstate/cases';
import { Document, DocumentAccess } from './documents/document.entity';
import { DocumentRepository } from './documents/document.repository';
import { DocumentService } from './documents/document.service';
import { ChecklistTemplate, DocumentRequest } from './requests/document-request.entity';
import { DocumentRequestRepository } from './requests/document-request.repository';
import { DocumentRequestService } from './requests/document-request.service';
import { storageProvider } from './storage.provider';

@Module({
  imports: [TypeOrmModule.forFeature([Document, DocumentAccess, DocumentRequest, ChecklistTemplate]), CasesModule],
  providers: [storageProvider, DocumentRepository, DocumentService, DocumentRequestRepository, DocumentRequestService],
  exports: [DocumentService, DocumentRequestService, CasesModule],
})
export class DocumentsModule {}
