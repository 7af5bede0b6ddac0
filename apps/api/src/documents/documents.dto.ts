import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested, ArrayMaxSize, IsArray } from 'class-validator';
import { Type } from 'class-transformer';
import { DOCUMENT_KINDS } from '@reinstate/documents';

const KINDS = [...DOCUMENT_KINDS];

/** The multipart fields sent before the file part. */
export class UploadFieldsDto {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: (typeof KINDS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'The document request this upload fulfils' })
  @IsOptional() @IsUUID()
  requestId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-10-02', description: 'Issue date (invoices, bills)' })
  @IsOptional() @IsDateString({ strict: true })
  issuedOn?: string;

  @ApiPropertyOptional({ example: '株式会社問屋' })
  @IsOptional() @IsString() @Length(1, 300)
  supplierName?: string;

  @ApiPropertyOptional({ example: '東京都千代田区… / 03-1234-5678' })
  @IsOptional() @IsString() @Length(1, 500)
  supplierContact?: string;
}

export class UploadFormDto extends UploadFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; send it as the last part' })
  file: unknown;
}

export class DocumentWarningDto {
  @ApiProperty({ example: 'INVOICE_TOO_OLD' }) code: string;
  @ApiProperty({ example: { ja: '…', en: '…' } }) message: { ja: string; en: string };
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'application/pdf' }) mime: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256, hex' }) sha256: string;
  @ApiPropertyOptional({ nullable: true }) issuedOn: string | null;
  @ApiPropertyOptional({ nullable: true }) supplierName: string | null;
  @ApiPropertyOptional({ nullable: true }) supplierContact: string | null;
  @ApiProperty({ type: [DocumentWarningDto], description: 'Evidence pre-checks' }) warnings: DocumentWarningDto[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) requestId: string | null;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DocumentAccessDto {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ enum: ['view', 'download'] }) action: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CreateDocumentRequestDto {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: (typeof KINDS)[number];

  @ApiProperty({ example: 'ASIN B0… の過去365日分の請求書' })
  @IsString() @Length(1, 300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-01' })
  @IsOptional() @IsDateString({ strict: true })
  dueOn?: string;
}

export class DocumentRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true }) description: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) dueOn: string | null;
  @ApiProperty({ enum: ['open', 'fulfilled', 'cancelled'] }) status: string;
  @ApiProperty({ enum: ['manual', 'checklist'] }) source: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) fulfilledDocumentId: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) fulfilledAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LocalizedTextDto {
  @ApiProperty() @IsString() @Length(1, 300) ja: string;
  @ApiProperty() @IsString() @Length(1, 300) en: string;
}

export class LocalizedLongTextDto {
  @ApiProperty() @IsString() @MaxLength(2000) ja: string;
  @ApiProperty() @IsString() @MaxLength(2000) en: string;
}

export class ChecklistItemDto {
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: (typeof KINDS)[number];
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedLongTextDto }) @ValidateNested() @Type(() => LocalizedLongTextDto) description: LocalizedLongTextDto;
}

export class SaveChecklistDto {
  @ApiProperty({ type: [ChecklistItemDto] })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ChecklistItemDto)
  items: ChecklistItemDto[];
}

export class ChecklistTemplateDto {
  @ApiProperty() category: string;
  @ApiProperty({ type: [ChecklistItemDto] }) items: ChecklistItemDto[];
  @ApiProperty({ description: 'False while the default applies' }) customised: boolean;
}
