import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@reinstate/platform';
import { ReminderService } from '@reinstate/reminders';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsString, Matches, Max, Min, MaxLength } from 'class-validator';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';

export class ReminderSettingsDto {
  @ApiProperty({ example: [72, 24, 3], description: 'Hours before a marketplace deadline' })
  @IsArray() @ArrayMaxSize(10) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(720, { each: true })
  deadlineOffsetsHours: number[];

  @ApiProperty({ example: [1, 2, 3, 4, 5], description: 'ISO weekdays (1 = Monday) when client nudges may go out' })
  @IsArray() @ArrayMaxSize(7) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true })
  businessDays: number[];

  @ApiProperty({ example: '09:00' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) businessStart: string;
  @ApiProperty({ example: '18:00' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) businessEnd: string;
}

export class NotificationPreferencesDto {
  @ApiProperty({ example: ['trial.ending'], description: 'Kinds not wanted by e-mail (in-app always)' })
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) @Matches(/^[a-z_.]+$/, { each: true })
  emailOptOuts: string[];
}

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(private readonly reminders: ReminderService) {}

  @Get('reminder-settings')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: ReminderSettingsDto })
  @ApiErrors(401, 403)
  settings(@CurrentActor() actor: Actor): Promise<ReminderSettingsDto> {
    return this.reminders.settings(actor);
  }

  @Put('reminder-settings')
  @Roles('admin')
  @ApiOkResponse({ type: ReminderSettingsDto })
  @ApiErrors(400, 401, 403)
  save(@CurrentActor() actor: Actor, @Body() dto: ReminderSettingsDto): Promise<ReminderSettingsDto> {
    return this.reminders.saveSettings(actor, dto);
  }

  @Get('me/notification-preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiErrors(401)
  async preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesDto> {
    return { emailOptOuts: await this.reminders.optOuts(actor) };
  }

  @Put('me/notification-preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiErrors(400, 401)
  async savePreferences(@CurrentActor() actor: Actor, @Body() dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return { emailOptOuts: await this.reminders.setOptOuts(actor, dto.emailOptOuts) };
  }
}
