import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
import { PLAN_LANGUAGES, RULE_IDS, ROUND_OUTCOMES, SECTION_KINDS, SEVERITIES } from '@reinstate/plans';
import { IsoDate } from '../http/iso-date';
import { PageQueryDto } from '../identity/dto/identity.dto';
import { VIOLATION_CATEGORIES_LIST } from '../cases/case-enums';


export class RootCauseDto {
  @ApiPropertyOptional({ example: '2026年10月2日' }) @IsOptional() @IsString() @MaxLength(2000) when?: string;
  @ApiPropertyOptional({ example: '自社倉庫の出荷工程' }) @IsOptional() @IsString() @MaxLength(2000) where?: string;
  @ApiPropertyOptional({ example: '出荷担当スタッフ1名' }) @IsOptional() @IsString() @MaxLength(2000) who?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) what?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) why?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) how?: string;
}

export class PlanSectionDto {
  @ApiProperty({ example: 'root-cause-1', description: 'Stable id; comments anchor to it' })
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id is 1–64 letters, digits, - or _' })
  id: string;

  @ApiProperty({ enum: SECTION_KINDS }) @IsIn(SECTION_KINDS) kind: (typeof SECTION_KINDS)[number];
  @ApiPropertyOptional({ example: '根本原因' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @ApiProperty({ description: 'Plain text; bullets as lines starting with ・, -, • or 1.', maxLength: 20000 }) @IsString() @MaxLength(20000) body: string;

  @ApiPropertyOptional({ type: RootCauseDto }) @IsOptional() @ValidateNested() @Type(() => RootCauseDto) rootCause?: RootCauseDto;

  @ApiPropertyOptional({ type: [String], description: 'Ids of the case documents this section refers to' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class CreatePlanOfActionDto {
  @ApiPropertyOptional({ enum: PLAN_LANGUAGES, description: "Default: the client's preferred language" }) @IsOptional() @IsIn(PLAN_LANGUAGES) language?: 'ja' | 'en';
  @ApiPropertyOptional({ format: 'uuid', description: "Default: the tenant's newest template for the case's category, else the built-in structure" })
  @IsOptional() @IsUUID()
  templateId?: string;
}

export class SaveRevisionDto {
  @ApiProperty({ description: 'The revision number the edit started from (the plan\'s version); a stale one gets 409 VERSION_CONFLICT' })
  @IsInt() @Min(1) @Max(1_000_000)
  version: number;

  @ApiProperty({ type: [PlanSectionDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PlanSectionDto) sections: PlanSectionDto[];
  @ApiPropertyOptional({ example: '根本原因に5W1Hを追記' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class FindingDto {
  @ApiProperty({ enum: RULE_IDS }) ruleId: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ description: '{ sectionId, span?: { start, end, text } }' }) location: Record<string, unknown>;
  @ApiProperty({ description: '{ ja, en }' }) message: Record<string, string>;
}

export class RevisionSummaryDto {
  @ApiProperty() number: number;
  @ApiPropertyOptional({ nullable: true }) basedOn: number | null;
  @ApiProperty({ enum: ['template', 'edit', 'suggestion', 'next_round'] }) origin: string;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
  @ApiPropertyOptional({ description: 'Staff only' }) blockers?: number;
  @ApiPropertyOptional({ description: 'Staff only' }) warnings?: number;
  @ApiProperty({ format: 'uuid' }) authorMembershipId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'When the client was first shown it' }) sharedAt: string | null;
}

export class RevisionPageDto {
  @ApiProperty({ type: [RevisionSummaryDto] }) items: RevisionSummaryDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class RevisionDto extends RevisionSummaryDto {
  @ApiProperty({ type: [PlanSectionDto] }) sections: PlanSectionDto[];
  @ApiPropertyOptional({ type: [FindingDto], description: 'Staff only: the plan checks at save time' }) findings?: FindingDto[];
}

export class PlanOfActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: PLAN_LANGUAGES }) language: string;
  @ApiProperty({ description: 'Staff: number of the newest revision, send it as `version` when saving. Clients: the revision they see' }) version: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) templateId: string | null;
  @ApiProperty({ type: RevisionDto, description: 'Staff: the newest revision. Clients: the newest one shared with them.' }) revision: RevisionDto;
}

export class DiffDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ description: 'Per section: status (unchanged/changed/added/removed/moved) and word-level ops' }) sections: Record<string, unknown>[];
  @ApiProperty() summary: Record<string, unknown>;
}

export class SavedRevisionDto {
  @ApiProperty({ type: RevisionDto }) revision: RevisionDto;
  @ApiPropertyOptional({ type: DiffDto, nullable: true, description: 'Changes against the revision the edit was based on' }) changes: Omit<DiffDto, 'from' | 'to'> | null;
}

export class PlanTextDto {
  @ApiProperty() number: number;
  @ApiProperty({ description: 'Headings, sections, 5W1H and documents as plain text, ready to paste into the appeal form' }) text: string;
  @ApiProperty({ description: 'Length in characters (code points), for the form\'s limit' }) characters: number;
}

export class DiffQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) from: number;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) to: number;
}

export class TemplateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PLAN_LANGUAGES }) language: string;
  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST, nullable: true }) category: string | null;
  @ApiProperty({ type: [PlanSectionDto] }) sections: PlanSectionDto[];
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CreateTemplateDto {
  @ApiProperty({ example: '真贋（正規品）— 標準' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: PLAN_LANGUAGES }) @IsIn(PLAN_LANGUAGES) language: 'ja' | 'en';
  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST, nullable: true, description: 'Null: any category' }) @IsOptional() @IsIn(VIOLATION_CATEGORIES_LIST) category?: string | null;
  @ApiProperty({ type: [PlanSectionDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PlanSectionDto) sections: PlanSectionDto[];
}

export class UpdateTemplateDto {
  @ApiProperty({ description: 'The version you read; a stale one gets 409 VERSION_CONFLICT' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ enum: PLAN_LANGUAGES }) @IsOptional() @IsIn(PLAN_LANGUAGES) language?: 'ja' | 'en';
  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST, nullable: true }) @IsOptional() @IsIn(VIOLATION_CATEGORIES_LIST) category?: string | null;
  @ApiPropertyOptional({ type: [PlanSectionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PlanSectionDto) sections?: PlanSectionDto[];
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST }) @IsOptional() @IsIn(VIOLATION_CATEGORIES_LIST) category?: string;
  @ApiPropertyOptional({ enum: PLAN_LANGUAGES }) @IsOptional() @IsIn(PLAN_LANGUAGES) language?: 'ja' | 'en';
}

export class OpenThreadDto {
  @ApiProperty({ description: 'The revision the quote is taken from' }) @IsInt() @Min(1) @Max(1_000_000) revision: number;
  @ApiProperty({ example: 'root-cause-1' }) @IsString() @Length(1, 64) sectionId: string;
  @ApiProperty({ description: 'UTF-16 offset of the quote in the section body' }) @IsInt() @Min(0) @Max(1_000_000) start: number;
  @ApiProperty({ description: 'End offset, exclusive' }) @IsInt() @Min(1) @Max(1_000_000) end: number;
  @ApiProperty({ example: '「いつ」が抜けています。日付を入れてください。' }) @IsString() @Length(1, 10000) body: string;
  @ApiProperty({ enum: ['internal', 'shared'], description: 'internal: staff only; shared: the client sees it' }) @IsIn(['internal', 'shared']) visibility: 'internal' | 'shared';
  @ApiPropertyOptional({ description: 'A proposed replacement for the quoted span (staff only)' }) @IsOptional() @IsString() @MaxLength(20000) suggestion?: string;
}

export class ReplyDto {
  @ApiProperty() @IsString() @Length(1, 10000) body: string;
}

export class VersionDto {
  @ApiProperty({ description: "The plan's version (head revision number) you are looking at" }) @IsInt() @Min(1) @Max(1_000_000) version: number;
}

export class ThreadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved'] }) @IsOptional() @IsIn(['open', 'resolved']) status?: 'open' | 'resolved';
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) authorMembershipId: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ThreadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() revisionNumber: number;
  @ApiProperty({ description: '{ sectionId, start, end, quote, prefix, suffix } in the revision it was made on' }) anchor: Record<string, unknown>;
  @ApiProperty({ enum: ['internal', 'shared'] }) visibility: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: string;
  @ApiPropertyOptional({ nullable: true }) suggestion: string | null;
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'rejected'], nullable: true }) suggestionState: string | null;
  @ApiPropertyOptional({ nullable: true }) suggestionRevision: number | null;
  @ApiProperty({ description: 'Where the quote is now: status exact/moved/fuzzy/outdated, in `revision`' }) position: Record<string, unknown>;
  @ApiProperty({ type: [CommentDto] }) comments: CommentDto[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ThreadPageDto {
  @ApiProperty({ type: [ThreadDto] }) items: ThreadDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class RequestReviewDto {
  @ApiProperty({ description: 'The revision the client should read' }) @IsInt() @Min(1) @Max(1_000_000) revision: number;
  @ApiPropertyOptional({ example: '事実関係をご確認ください。' }) @IsOptional() @IsString() @MaxLength(2000) message?: string;
}

export class ReviewDecisionDto {
  @ApiProperty({ enum: ['approved', 'changes_requested'] }) @IsIn(['approved', 'changes_requested']) decision: 'approved' | 'changes_requested';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) comment?: string;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() revisionNumber: number;
  @ApiPropertyOptional({ nullable: true }) message: string | null;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiPropertyOptional({ enum: ['approved', 'changes_requested', 'superseded'], nullable: true }) decision: string | null;
  @ApiPropertyOptional({ nullable: true }) comment: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) decidedAt: string | null;
}

export class SubmitRoundDto {
  @ApiProperty({ description: 'The revision to send (approved by the client)' }) @IsInt() @Min(1) @Max(1_000_000) revision: number;
  @ApiPropertyOptional({ type: [String], description: 'Case documents attached to the submission' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true })
  documentIds?: string[];
  @ApiPropertyOptional({ description: 'Admins only: submit without the client\'s approval (audited)' }) @IsOptional() @IsString() @Length(1, 2000) approvalOverrideReason?: string;
  @ApiPropertyOptional({ description: 'Submit despite blocking plan-check findings (audited)' }) @IsOptional() @IsString() @Length(1, 2000) checkOverrideReason?: string;
}

export class RecordReplyDto {
  @ApiProperty({ enum: ROUND_OUTCOMES }) @IsIn(ROUND_OUTCOMES) outcome: (typeof ROUND_OUTCOMES)[number];
  @ApiPropertyOptional({ description: "The marketplace's reply, pasted as it is; stored as a notice of the case. Required unless the outcome is no_reply" })
  @IsOptional() @IsString() @Length(1, 200000)
  text?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsoDate() receivedAt?: Date;
}

export class RoundDto {
  @ApiProperty() number: number;
  @ApiProperty() revisionNumber: number;
  @ApiProperty({ description: '[{ id, filename, sha256 }] as attached' }) documents: Record<string, unknown>[];
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ format: 'uuid' }) submittedBy: string;
  @ApiPropertyOptional({ enum: ROUND_OUTCOMES, nullable: true }) outcome: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) replyNoticeId: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) replyReceivedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Staff only' }) approvalOverrideReason?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Staff only' }) checkOverrideReason?: string | null;
  @ApiPropertyOptional({ type: [FindingDto], description: 'Staff only: the checks at submission' }) findings?: FindingDto[];
  @ApiPropertyOptional({ nullable: true, description: 'Changes since the previous round: { fromRevision, sections, summary }' }) changes?: Record<string, unknown> | null;
}

export class RuleSettingDto {
  @ApiProperty({ enum: RULE_IDS }) ruleId: string;
  @ApiProperty({ enum: SEVERITIES }) defaultSeverity: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty() description: Record<string, string>;
}

export class RuleSettingChangeDto {
  @ApiProperty({ enum: RULE_IDS }) @IsIn(RULE_IDS) ruleId: string;
  @ApiPropertyOptional({ enum: SEVERITIES, nullable: true, description: 'null: back to the default' }) @IsOptional() @IsIn([...SEVERITIES, null]) severity?: 'blocker' | 'warning' | 'hint' | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
}

export class UpdateRuleSettingsDto {
  @ApiProperty({ type: [RuleSettingChangeDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RuleSettingChangeDto) rules: RuleSettingChangeDto[];
}
