import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { NotificationService } from '@reinstate/notifications';
import type { Actor } from '@reinstate/platform';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { CurrentActor } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { PageQueryDto } from '../identity/dto/identity.dto';

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread ones' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  unread?: boolean;
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Which ones; all unread when absent' })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true })
  ids?: string[];
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'document.uploaded' }) kind: string;
  @ApiProperty() subjectType: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) subjectId: string | null;
  @ApiProperty() payload: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

/** My in-app notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query() query: NotificationListQueryDto): Promise<NotificationPageDto> {
    const page = await this.notifications.listMine(actor, query);
    return {
      items: page.items.map(({ tenantId: _t, recipientMembershipId: _r, createdAt, readAt, ...n }) => ({
        ...n,
        createdAt: createdAt.toISOString(),
        readAt: readAt ? readAt.toISOString() : null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  @Get('unread-count')
  @ApiOkResponse({ schema: { properties: { unread: { type: 'integer' } } } })
  @ApiErrors(401)
  async unreadCount(@CurrentActor() actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.notifications.unreadCount(actor) };
  }

  @Post('read')
  @HttpCode(200)
  @ApiOkResponse({ schema: { properties: { marked: { type: 'integer' } } } })
  @ApiErrors(400, 401)
  async markRead(@CurrentActor() actor: Actor, @Body() dto: MarkReadDto): Promise<{ marked: number }> {
    return { marked: await this.notifications.markRead(actor, dto.ids ?? null) };
  }
}
