import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InvitationService } from '@reinstate/identity';
import { Clock, type Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import {
  CreateInvitationDto,
  CreatedInvitationDto,
  InvitationDto,
  InvitationListQueryDto,
  InvitationPageDto,
} from './dto/identity.dto';
import { presentInvitation } from './presenters';

/** Admins invite people by e-mail with a role. */
@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
@Roles('admin')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiErrors(400, 401, 403)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    const created = await this.invitations.create(actor, dto);
    return { ...created, invitation: presentInvitation(created.invitation, this.clock.now()) };
  }

  @Get()
  @ApiOkResponse({ type: InvitationPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() query: InvitationListQueryDto): Promise<InvitationPageDto> {
    const page = await this.invitations.list(actor, query);
    const now = this.clock.now();
    return { items: page.items.map((i) => presentInvitation(i, now)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: InvitationDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<InvitationDto> {
    return presentInvitation(await this.invitations.get(actor, id), this.clock.now());
  }

  @Post(':id/resend')
  @HttpCode(202)
  @ApiErrors(400, 401, 403, 404, 410)
  async resend(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.invitations.resend(actor, id);
  }

  @Delete(':id')
  @ApiOkResponse({ type: InvitationDto, description: 'Revoked' })
  @ApiErrors(400, 401, 403, 404, 410)
  async revoke(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<InvitationDto> {
    return presentInvitation(await this.invitations.revoke(actor, id), this.clock.now());
  }
}
