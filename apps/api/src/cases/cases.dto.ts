import { IsoDate } from '../http/iso-date';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CASE_SORTS_LIST, CASE_STATUSES, PRIORITIES_LIST, SENDER_DEPARTMENTS_LIST, SEVERITIES_LIST, VIOLATION_CATEGORIES_LIST } from './case-enums';
import { PageQueryDto } from '../identity/dto/identity.dto';

export class NoticeTextDto {
  @ApiProperty({ description: 'The marketplace message, pasted as it is (headers welcome)', maxLength: 200000 })
  @IsString() @Length(1, 200000)
  text: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it arrived; relative deadlines count from here (default: now)' })
  @IsOptional() @IsoDate()
  receivedAt?: Date;
}

/** The fields a notice suggests and a consultant confirms. */
export class NoticeFieldsDto {
  @ApiPropertyOptional({ enum: SEVERITIES_LIST })
  @IsOptional() @IsIn(SEVERITIES_LIST)
  severity?: (typeof SEVERITIES_LIST)[number];

  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(13) @ArrayUnique() @IsIn(VIOLATION_CATEGORIES_LIST, { each: true })
  categories?: (typeof VIOLATION_CATEGORIES_LIST)[number][];

  @ApiPropertyOptional({ enum: SENDER_DEPARTMENTS_LIST })
  @IsOptional() @IsIn(SENDER_DEPARTMENTS_LIST)
  senderDepartment?: (typeof SENDER_DEPARTMENTS_LIST)[number];

  @ApiPropertyOptional({ type: [String], example: ['B08XYZ1234'] })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @Matches(/^[A-Z0-9]{10}$/, { each: true, message: 'each ASIN is 10 capital letters or digits' })
  asins?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'The seller\'s response deadline (never pauses)' })
  @IsOptional() @IsoDate()
  marketplaceDeadline?: Date;

  @ApiPropertyOptional({ description: 'Unsuccessful appeals the marketplace allows (e.g. 2)' })
  @IsOptional() @IsInt() @Min(1) @Max(100)
  appealLimit?: number;
}

export class OpenCaseDto extends NoticeFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required for staff; client users open cases for their own client' })
  @IsOptional() @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ description: 'Defaults to the notice subject' })
  @IsOptional() @IsString() @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ description: 'What happened, in the seller\'s words' })
  @IsOptional() @IsString() @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ description: 'Staff only' })
  @IsOptional() @IsString() @MaxLength(10000)
  internalNote?: string;

  @ApiPropertyOptional({ example: 'amazon.co.jp', description: 'Defaults to the client\'s marketplace' })
  @IsOptional() @Matches(/^[a-z0-9.-]{2,40}$/)
  marketplace?: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional() @IsInt() @Min(0) @Max(100)
  unsuccessfulAppeals?: number;

  @ApiPropertyOptional({ example: 180 })
  @IsOptional() @IsInt() @Min(0) @Max(1000)
  accountHealthRating?: number;

  @ApiPropertyOptional({ example: 1.2, description: '%' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(100)
  orderDefectRate?: number;

  @ApiPropertyOptional({ example: 2.6, description: '%' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(100)
  cancellationRate?: number;

  @ApiPropertyOptional({ example: 4.5, description: '%' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(100)
  lateShipmentRate?: number;

  @ApiPropertyOptional({ example: 93, description: '%' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(100)
  validTrackingRate?: number;

  @ApiPropertyOptional({ type: NoticeTextDto, description: 'The notice that starts the case; the reader pre-fills empty fields from it' })
  @IsOptional() @ValidateNested() @Type(() => NoticeTextDto)
  notice?: NoticeTextDto;
}

export class UpdateCaseDto extends PartialType(OmitType(OpenCaseDto, ['clientId', 'notice'] as const)) {
  @ApiPropertyOptional({ enum: PRIORITIES_LIST, description: 'Staff only; the service clock takes the new priority\'s target' })
  @IsOptional() @IsIn(PRIORITIES_LIST)
  priority?: (typeof PRIORITIES_LIST)[number];

  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt() @Min(1)
  version: number;
}

export class CaseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional() @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number];

  @ApiPropertyOptional({ enum: SEVERITIES_LIST })
  @IsOptional() @IsIn(SEVERITIES_LIST)
  severity?: (typeof SEVERITIES_LIST)[number];

  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST })
  @IsOptional() @IsIn(VIOLATION_CATEGORIES_LIST)
  category?: (typeof VIOLATION_CATEGORIES_LIST)[number];

  @ApiPropertyOptional({ description: 'The lead consultant\'s membership id, or "unassigned"', example: 'unassigned' })
  @IsOptional() @Matches(/^(unassigned|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'assignee must be a membership id or "unassigned"' })
  assignee?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Marketplace deadline before this instant' })
  @IsOptional() @IsoDate()
  deadlineBefore?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Marketplace deadline after this instant' })
  @IsOptional() @IsoDate()
  deadlineAfter?: Date;

  @ApiPropertyOptional({ type: Boolean, description: 'The service clock\'s target was reached in the current work period' })
  @IsOptional() @QueryBoolean()
  breached?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'The client owes a review or documents' })
  @IsOptional() @QueryBoolean()
  waitingOnClient?: boolean;

  @ApiPropertyOptional({ enum: CASE_SORTS_LIST, default: 'created', description: 'created: newest first; deadline: nearest marketplace deadline first; next_due: nearest of the two clocks first (no date last)' })
  @IsOptional() @IsIn(CASE_SORTS_LIST)
  sort?: (typeof CASE_SORTS_LIST)[number];
}

/** 'true' / 'false' in a query string; anything else stays as it is and fails IsBoolean. */
function QueryBoolean() {
  return applyDecorators(
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );
}

export class HealthFlagDto {
  @ApiProperty() metric: string;
  @ApiProperty() value: number;
  @ApiProperty({ example: '< 4 %' }) target: string;
}

export class MarketplaceClockDto {
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Never pauses' }) deadline: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() unsuccessfulAppeals: number;
  @ApiPropertyOptional({ nullable: true, description: 'e.g. "17 days or two unsuccessful appeals"' }) appealLimit: number | null;
  @ApiPropertyOptional({ nullable: true }) appealsLeft: number | null;
}

export class ServiceClockPauseDto {
  @ApiProperty({ enum: ['client_review', 'documents'] }) reason: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Null while it lasts' }) endedAt: string | null;
}

export class ServiceClockDto {
  @ApiProperty({ enum: ['running', 'paused', 'stopped'], description: 'Stopped while the marketplace has the ball or the case has ended' }) state: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Start of the current work period' }) startedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Business minutes' }) targetMinutes: number | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Null while paused or stopped' }) dueAt: string | null;
  @ApiProperty() breached: boolean;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) breachedAt: string | null;
  @ApiProperty() waitingOnClient: boolean;
  @ApiPropertyOptional({ type: [ServiceClockPauseDto], description: 'Case detail only: the pause history, oldest first' }) pauses?: ServiceClockPauseDto[];
}

export class CaseLeadDto {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ example: '相談 花子' }) displayName: string;
}

/**
 * A case as a list or the queue shows it. The detail (CaseDto) adds description, internal note,
 * sender department, ASINs, the account-health figures and flags, openedVia, the lead by name
 * and, at top level, unsuccessfulAppeals/appealLimit (here inside marketplaceClock).
 */
export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Per-consultancy case number' }) number: number;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty() title: string;
  @ApiProperty() marketplace: string;
  @ApiPropertyOptional({ enum: SEVERITIES_LIST, nullable: true }) severity: string | null;
  @ApiProperty({ enum: VIOLATION_CATEGORIES_LIST, isArray: true }) categories: string[];
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) marketplaceDeadline: string | null;
  @ApiProperty({ enum: CASE_STATUSES }) status: string;
  @ApiPropertyOptional({ enum: ['withdrawn', 'lost', 'duplicate'], nullable: true }) closeReason: string | null;
  @ApiProperty({ enum: ['low', 'normal', 'high', 'critical'] }) priority: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The lead consultant (clients see who their consultant is)' }) leadMembershipId: string | null;
  @ApiProperty({ description: 'False until a consultant confirmed what the notice reader suggested' }) intakeConfirmed: boolean;
  @ApiProperty({ type: MarketplaceClockDto, description: 'The marketplace\'s deadline and appeal limit' }) marketplaceClock: MarketplaceClockDto;
  @ApiPropertyOptional({ type: ServiceClockDto, description: 'Staff only: the consultancy\'s own response target in business time' }) serviceClock?: ServiceClockDto;
  @ApiProperty({ description: 'The client owes a review or documents ("waiting on you" in the portal)' }) waitingOnClient: boolean;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Staff only: the nearer of the marketplace deadline and the service due time' }) nextDueAt?: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CaseDto extends CaseSummaryDto {
  @ApiPropertyOptional({ nullable: true }) description: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Staff only' }) internalNote?: string | null;
  @ApiPropertyOptional({ enum: SENDER_DEPARTMENTS_LIST, nullable: true }) senderDepartment: string | null;
  @ApiProperty({ type: [String] }) asins: string[];
  @ApiProperty() unsuccessfulAppeals: number;
  @ApiPropertyOptional({ nullable: true }) appealLimit: number | null;
  @ApiPropertyOptional({ nullable: true }) accountHealthRating: number | null;
  @ApiPropertyOptional({ nullable: true }) orderDefectRate: number | null;
  @ApiPropertyOptional({ nullable: true }) cancellationRate: number | null;
  @ApiPropertyOptional({ nullable: true }) lateShipmentRate: number | null;
  @ApiPropertyOptional({ nullable: true }) validTrackingRate: number | null;
  @ApiProperty({ type: [HealthFlagDto], description: 'Figures that break the marketplace\'s targets' }) healthFlags: HealthFlagDto[];
  @ApiPropertyOptional({ type: CaseLeadDto, nullable: true, description: 'Case detail only: the lead consultant by name' }) lead?: CaseLeadDto | null;
  @ApiProperty({ enum: ['staff', 'portal'] }) openedVia: string;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class NoticeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: ['paste', 'upload'] }) source: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiPropertyOptional({ nullable: true }) fromAddress: string | null;
  @ApiProperty({ description: 'Verbatim' }) body: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) documentId: string | null;
  @ApiProperty({ description: 'The reader\'s suggestion; each field carries the text span it came from' }) reading: Record<string, unknown>;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OpenedCaseDto {
  @ApiProperty({ type: CaseDto }) case: CaseDto;
  @ApiPropertyOptional({ type: NoticeDto, nullable: true }) notice: NoticeDto | null;
}

export class TimelineItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: 'notice.added' }) kind: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) actorMembershipId: string | null;
  @ApiProperty() internal: boolean;
  @ApiProperty() payload: Record<string, unknown>;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class ConfirmedNoticeDto {
  @ApiProperty({ type: CaseDto }) case: CaseDto;
  @ApiProperty({ type: NoticeDto }) notice: NoticeDto;
}

export class TransitionDto {
  @ApiProperty({ enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES)
  to: (typeof CASE_STATUSES)[number];

  @ApiPropertyOptional({ enum: ['withdrawn', 'lost', 'duplicate'], description: 'Required when closing' })
  @IsOptional() @IsIn(['withdrawn', 'lost', 'duplicate'])
  closeReason?: 'withdrawn' | 'lost' | 'duplicate';
}

export class ReminderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'deadline.approaching' }) kind: string;
  @ApiProperty({ format: 'uuid' }) recipientMembershipId: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ enum: ['pending', 'queued', 'sent', 'cancelled', 'failed'] }) status: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) sentAt: string | null;
}

export class AssignDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadMembershipId: string;
}

export class ConsultantProfileDto {
  @ApiProperty({ enum: ['ja', 'en'], isArray: true }) @IsArray() @ArrayMaxSize(2) @IsIn(['ja', 'en'], { each: true }) languages: ('ja' | 'en')[];
  @ApiProperty({ enum: VIOLATION_CATEGORIES_LIST, isArray: true, description: 'Expertise' })
  @IsArray() @ArrayMaxSize(13) @ArrayUnique() @IsIn(VIOLATION_CATEGORIES_LIST, { each: true })
  categories: (typeof VIOLATION_CATEGORIES_LIST)[number][];
  @ApiProperty({ description: 'Away consultants get no new cases' }) @IsBoolean() away: boolean;
}

export class LogContactDto {
  @ApiProperty({ enum: SENDER_DEPARTMENTS_LIST }) @IsIn(SENDER_DEPARTMENTS_LIST) department: (typeof SENDER_DEPARTMENTS_LIST)[number];
  @ApiProperty({ enum: ['phone', 'email', 'chat', 'other'] }) @IsIn(['phone', 'email', 'chat', 'other']) channel: 'phone' | 'email' | 'chat' | 'other';
  @ApiProperty({ enum: ['inbound', 'outbound'] }) @IsIn(['inbound', 'outbound']) direction: 'inbound' | 'outbound';
  @ApiProperty({ format: 'date-time' }) @IsoDate() occurredAt: Date;
  @ApiPropertyOptional({ example: 'AHS 担当 佐藤様' }) @IsOptional() @IsString() @Length(1, 200) counterpart?: string;
  @ApiProperty({ example: 'コールバックにて、改善計画書の根本原因をより具体的にするよう助言あり（審査の判断ではない）。' }) @IsString() @Length(1, 5000) summary: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() sharedWithClient?: boolean;
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SENDER_DEPARTMENTS_LIST }) department: string;
  @ApiProperty() channel: string;
  @ApiProperty() direction: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiPropertyOptional({ nullable: true }) counterpart: string | null;
  @ApiProperty() summary: string;
  @ApiProperty() sharedWithClient: boolean;
  @ApiProperty({ format: 'uuid' }) loggedBy: string;
}
