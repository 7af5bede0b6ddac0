import { IsoDate } from '../http/iso-date';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../identity/dto/identity.dto';
import { OpenCaseDto } from '../cases/cases.dto';

export class CreatePlanDto {
  @ApiProperty({ example: '正会員' }) @IsString() @Length(1, 100) nameJa: string;
  @ApiProperty({ example: 'Full membership' }) @IsString() @Length(1, 100) nameEn: string;
  @ApiProperty({ enum: ['trial', 'full'] }) @IsIn(['trial', 'full']) tier: 'trial' | 'full';

  @ApiPropertyOptional({ description: 'Trial length (required for trials) or billing period in days; empty = open-ended' })
  @IsOptional() @IsInt() @Min(1) @Max(3660)
  termDays?: number;

  @ApiPropertyOptional({ default: false, description: 'Never on a trial-tier plan' })
  @IsOptional() @IsBoolean()
  emergencySupport?: boolean;

  @ApiPropertyOptional({ description: 'Largest number of open cases; empty = no limit' })
  @IsOptional() @IsInt() @Min(1) @Max(100000)
  maxOpenCases?: number;

  @ApiPropertyOptional({ default: 60 })
  @IsOptional() @IsInt() @Min(1) @Max(10080)
  emergencyResponseMinutes?: number;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdatePlanDto extends PartialType(CreatePlanDto) {}

export class PlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nameJa: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: ['trial', 'full'] }) tier: string;
  @ApiPropertyOptional({ nullable: true }) termDays: number | null;
  @ApiProperty() emergencySupport: boolean;
  @ApiPropertyOptional({ nullable: true }) maxOpenCases: number | null;
  @ApiProperty() emergencyResponseMinutes: number;
  @ApiProperty() active: boolean;
}

export class ChangePlanDto {
  @ApiProperty({ format: 'uuid', description: 'Start, upgrade, downgrade or renew onto this plan' })
  @IsUUID()
  planId: string;
}

export class MembershipPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiPropertyOptional({ type: PlanDto, nullable: true }) plan: PlanDto | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ enum: ['active', 'expired', 'cancelled'], description: 'As of now: a trial past its end reads expired' }) status: string;
}

export class EntitlementsDto {
  @ApiProperty() emergencySupport: boolean;
  @ApiPropertyOptional({ nullable: true }) maxOpenCases: number | null;
  @ApiPropertyOptional({ nullable: true }) emergencyResponseMinutes: number | null;
  @ApiPropertyOptional({ type: MembershipPeriodDto, nullable: true }) current: MembershipPeriodDto | null;
}

export class MembershipListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ enum: ['active', 'expired', 'cancelled'] }) @IsOptional() @IsIn(['active', 'expired', 'cancelled']) status?: 'active' | 'expired' | 'cancelled';
  @ApiPropertyOptional({ enum: ['trial', 'full'] }) @IsOptional() @IsIn(['trial', 'full']) tier?: 'trial' | 'full';

  @ApiPropertyOptional({ description: 'Only active periods ending within this many days (e.g. 7: trials ending this week)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365)
  endingWithinDays?: number;
}

export class MembershipRowDto {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() planNameJa: string;
  @ApiProperty() planNameEn: string;
  @ApiProperty({ enum: ['trial', 'full'] }) tier: string;
  @ApiProperty({ enum: ['active', 'expired', 'cancelled'] }) status: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) endsAt: string | null;
}

export class MembershipPageDto {
  @ApiProperty({ type: [MembershipRowDto] }) items: MembershipRowDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class CreateShiftDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() membershipId: string;
  @ApiProperty({ example: '2026-11-25T18:00', description: "Wall-clock time in the consultancy's time zone" })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) startsAt: string;
  @ApiProperty({ example: '2026-11-26T09:00' }) @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) endsAt: string;
}

export class ShiftQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' }) @IsOptional() @IsoDate() from?: Date;
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: 7 days after from' }) @IsOptional() @IsoDate() to?: Date;
}

export class ShiftDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

export class RaiseEmergencyDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing case…' }) @IsOptional() @IsUUID() caseId?: string;
  @ApiPropertyOptional({ type: OpenCaseDto, description: '…or a new one, opened with the emergency' })
  @IsOptional() @ValidateNested() @Type(() => OpenCaseDto)
  newCase?: OpenCaseDto;
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff raising on behalf of a client' }) @IsOptional() @IsUUID() clientId?: string;
  @ApiProperty({ example: '本日アカウントが停止されました。至急対応をお願いします。' }) @IsString() @Length(1, 2000) description: string;
  @ApiProperty({ example: '090-1234-5678' }) @Matches(/^[0-9+() -]{6,30}$/, { message: 'callbackNumber must be a phone number' }) callbackNumber: string;
}

export class EmergencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty() description: string;
  @ApiProperty() callbackNumber: string;
  @ApiProperty() responseTargetMinutes: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The on-call consultant; null = sent to every admin' }) assignedMembershipId: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) secondsToAcknowledge: number | null;
  @ApiProperty({ description: 'Seconds since raised (until acknowledged)' }) secondsOpen: number;
}

export class EmergencyListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only not yet acknowledged' })
  @IsOptional() @Type(() => String) @IsIn(['true', 'false'])
  open?: 'true' | 'false';
}

export class EmergencyPageDto {
  @ApiProperty({ type: [EmergencyDto] }) items: EmergencyDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}
