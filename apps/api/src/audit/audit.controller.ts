import { IsoDate } from '../http/iso-date';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditService } from '@reinstate/audit';
import type { Actor } from '@reinstate/platform';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { PageQueryDto } from '../identity/dto/identity.dto';

export class AuditListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'invitation.created' })
  @IsOptional() @IsString() @MaxLength(100) @Matches(/^[a-z_.]+$/)
  action?: string;

  @ApiPropertyOptional({ example: 'invitation' })
  @IsOptional() @IsString() @MaxLength(50) @Matches(/^[a-z_]+$/)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional() @IsoDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this instant (exclusive)' })
  @IsOptional() @IsoDate()
  to?: Date;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ enum: ['admin', 'consultant', 'client', 'system'] }) actorRole: string;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) entityId: string | null;
  @ApiPropertyOptional({ nullable: true }) requestId: string | null;
  @ApiProperty({ description: 'Changed fields before and after' }) summary: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

/** The consultancy's audit trail, newest first. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() query: AuditListQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.list(actor, query);
    return {
      items: page.items.map(({ tenantId: _t, occurredAt, ...e }) => ({ ...e, occurredAt: occurredAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  }
}
