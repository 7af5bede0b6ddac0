import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CASE_STATUSES, VIOLATION_CATEGORIES_LIST } from '../cases/case-enums';

export class CaseCountsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this client\'s cases (client users: always their own)' })
  @IsOptional() @IsUUID()
  clientId?: string;

  @ApiPropertyOptional({ enum: VIOLATION_CATEGORIES_LIST })
  @IsOptional() @IsIn(VIOLATION_CATEGORIES_LIST)
  category?: (typeof VIOLATION_CATEGORIES_LIST)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only cases this membership leads' })
  @IsOptional() @IsUUID()
  leadMembershipId?: string;
}

export class StatusCountDto {
  @ApiProperty({ enum: CASE_STATUSES }) status: string;
  @ApiProperty() count: number;
}

export class CaseCountsDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [StatusCountDto], description: 'Every status in workflow order, zeros included' }) statuses: StatusCountDto[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class OutcomeQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day of the period (inclusive), a calendar date in the tenant\'s time zone' })
  @IsOptional() @Matches(DATE_ONLY, { message: 'from must be a date such as 2026-01-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day of the period (inclusive), a calendar date in the tenant\'s time zone' })
  @IsOptional() @Matches(DATE_ONLY, { message: 'to must be a date such as 2026-03-31' })
  to?: string;
}

export class RoundsDto {
  @ApiProperty({ description: 'Reinstated cases the rounds are taken over' }) cases: number;
  @ApiPropertyOptional({ nullable: true, description: 'Median submissions before reinstatement' }) median: number | null;
  @ApiPropertyOptional({ nullable: true }) mean: number | null;
}

export class FirstDraftDto {
  @ApiProperty({ description: 'Cases with a saved plan revision (in the median and mean)' }) cases: number;
  @ApiProperty({ description: 'Cases opened in the period with no plan revision yet: left out of median and mean' }) withoutDraft: number;
  @ApiPropertyOptional({ nullable: true, description: 'Hours from opening to the first saved plan revision' }) medianHours: number | null;
  @ApiPropertyOptional({ nullable: true }) meanHours: number | null;
}

export class OutcomeFiguresDto {
  @ApiProperty({ description: 'Reinstated, or closed as lost, with the decision in the period' }) decided: number;
  @ApiProperty() reinstated: number;
  @ApiProperty({ description: 'Closed as lost' }) lost: number;
  @ApiPropertyOptional({ nullable: true, description: 'reinstated ÷ decided (0–1, four decimals); null when nothing was decided' }) reinstatementRate: number | null;
  @ApiProperty({ type: RoundsDto }) roundsToReinstatement: RoundsDto;
  @ApiProperty({ type: FirstDraftDto }) timeToFirstDraft: FirstDraftDto;
}

export class CategoryOutcomeDto extends OutcomeFiguresDto {
  @ApiProperty({ enum: VIOLATION_CATEGORIES_LIST }) category: string;
}

export class ConsultantOutcomeDto extends OutcomeFiguresDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The lead consultant; null for cases without a lead' }) membershipId: string | null;
  @ApiPropertyOptional({ nullable: true }) displayName: string | null;
}

export class OutcomePeriodDto {
  @ApiPropertyOptional({ nullable: true, example: '2026-01-01' }) from: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-03-31' }) to: string | null;
  @ApiProperty({ example: 'Asia/Tokyo', description: 'The days are read in this zone' }) timeZone: string;
}

export class OutcomeReportDto {
  @ApiProperty({ type: OutcomePeriodDto }) period: OutcomePeriodDto;
  @ApiProperty({ type: OutcomeFiguresDto }) overall: OutcomeFiguresDto;
  @ApiProperty({ type: [CategoryOutcomeDto], description: 'A case with several categories counts in each' }) byCategory: CategoryOutcomeDto[];
  @ApiProperty({ type: [ConsultantOutcomeDto], description: 'By current lead; consultants see only their own row' }) byConsultant: ConsultantOutcomeDto[];
}
