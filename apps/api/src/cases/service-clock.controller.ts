import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MAX_HOLIDAYS, ServiceClockService, WEEKDAY_NAMES, type ServiceClockSettings, type ServiceClockSettingsView } from '@reinstate/cases';
import type { Actor } from '@reinstate/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';

const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;
const MAX_TARGET = 100_000; // business minutes: about 185 nine-hour days

export class BusinessHoursDto {
  @ApiProperty({ example: '09:00', description: 'Local time of the tenant\'s zone' }) @Matches(HHMM, { message: 'start must be HH:mm' }) start: string;
  @ApiProperty({ example: '18:00', description: 'After start; 24:00 is midnight' }) @Matches(HHMM, { message: 'end must be HH:mm' }) end: string;
}

/** A weekday's hours, or null when closed; every weekday must be given. */
function Day() {
  return (target: object, key: string) => {
    ApiProperty({ type: BusinessHoursDto, nullable: true })(target, key);
    ValidateIf((_o, v) => v !== null)(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => BusinessHoursDto)(target, key);
  };
}

export class WeekdaysDto {
  @Day() mon: BusinessHoursDto | null;
  @Day() tue: BusinessHoursDto | null;
  @Day() wed: BusinessHoursDto | null;
  @Day() thu: BusinessHoursDto | null;
  @Day() fri: BusinessHoursDto | null;
  @Day() sat: BusinessHoursDto | null;
  @Day() sun: BusinessHoursDto | null;
}

function Target(required: boolean) {
  return (target: object, key: string) => {
    (required ? ApiProperty : ApiPropertyOptional)({ minimum: 1, maximum: MAX_TARGET, description: 'Business minutes' })(target, key);
    if (!required) IsOptional()(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(MAX_TARGET)(target, key);
  };
}

export class TargetsDto {
  @Target(true) low: number;
  @Target(true) normal: number;
  @Target(true) high: number;
  @Target(true) critical: number;
}

export class PartialTargetsDto {
  @Target(false) low?: number;
  @Target(false) normal?: number;
  @Target(false) high?: number;
  @Target(false) critical?: number;
}

export class PlanTargetsDto {
  @ApiPropertyOptional({ type: PartialTargetsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => PartialTargetsDto) trial?: PartialTargetsDto;
  @ApiPropertyOptional({ type: PartialTargetsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => PartialTargetsDto) full?: PartialTargetsDto;
}

export class ServiceClockSettingsDto {
  @ApiProperty({ type: WeekdaysDto, description: 'Opening hours per weekday (null = closed)' })
  @IsObject() @ValidateNested() @Type(() => WeekdaysDto)
  weekdays: WeekdaysDto;

  @ApiProperty({ type: [String], example: ['2026-01-01', '2026-11-23'], description: `Local dates closed all day (at most ${MAX_HOLIDAYS})` })
  @IsArray() @ArrayMaxSize(MAX_HOLIDAYS) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each holiday is a date YYYY-MM-DD' })
  holidays: string[];

  @ApiProperty({ type: TargetsDto, description: 'Response targets per priority' })
  @IsObject() @ValidateNested() @Type(() => TargetsDto)
  targets: TargetsDto;

  @ApiPropertyOptional({ type: PlanTargetsDto, description: 'Per membership tier, targets that replace the base ones' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PlanTargetsDto)
  planTargets?: PlanTargetsDto;
}

export class ServiceClockSettingsViewDto extends ServiceClockSettingsDto {
  @ApiProperty({ example: 'Asia/Tokyo', description: 'The tenant\'s time zone (change it on the tenant)' }) timeZone: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, description: 'Null while the defaults apply' }) updatedAt: string | null;
}

/** The service clock's settings: the consultancy's business calendar and response targets. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('service-clock-settings')
export class ServiceClockController {
  constructor(private readonly clock: ServiceClockService) {}

  @Get()
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: ServiceClockSettingsViewDto })
  @ApiErrors(401, 403)
  async settings(@CurrentActor() actor: Actor): Promise<ServiceClockSettingsViewDto> {
    return present(await this.clock.settings(actor));
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: ServiceClockSettingsViewDto, description: 'Applies to new work periods and priority changes; open cases keep their target (see ServiceClockService)' })
  @ApiErrors(400, 401, 403)
  async save(@CurrentActor() actor: Actor, @Body() dto: ServiceClockSettingsDto): Promise<ServiceClockSettingsViewDto> {
    const weekdays = Object.fromEntries(WEEKDAY_NAMES.map((d) => [d, dto.weekdays[d] ? { start: dto.weekdays[d].start, end: dto.weekdays[d].end } : null]));
    const settings: ServiceClockSettings = {
      weekdays: weekdays as ServiceClockSettings['weekdays'],
      holidays: dto.holidays,
      targets: { low: dto.targets.low, normal: dto.targets.normal, high: dto.targets.high, critical: dto.targets.critical },
      planTargets: { ...(dto.planTargets?.trial ? { trial: { ...dto.planTargets.trial } } : {}), ...(dto.planTargets?.full ? { full: { ...dto.planTargets.full } } : {}) },
    };
    return present(await this.clock.saveSettings(actor, settings));
  }
}

function present(s: ServiceClockSettingsView): ServiceClockSettingsViewDto {
  return { timeZone: s.timeZone, weekdays: s.weekdays, holidays: s.holidays, targets: s.targets, planTargets: s.planTargets, updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null };
}
