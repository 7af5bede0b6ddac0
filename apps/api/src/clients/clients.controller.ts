import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientService, isStaff, type Client } from '@reinstate/clients';
import { Clock, type Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreatedInvitationDto } from '../identity/dto/identity.dto';
import { presentInvitation } from '../identity/presenters';
import {
  ClientDto,
  ClientListQueryDto,
  ClientPageDto,
  ClientUserDto,
  CreateClientDto,
  InviteClientUserDto,
  LinkClientUserDto,
  UpdateClientDto,
} from './clients.dto';

/** The internal note never leaves the building. */
export function presentClient(c: Client, actor: Actor): ClientDto {
  const { tenantId: _t, internalNote, createdAt, updatedAt, ...rest } = c;
  return {
    ...rest,
    ...(isStaff(actor) ? { internalNote } : {}),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

/** Seller accounts. Client users reach only their own. */
@ApiTags('clients')
@ApiBearerAuth()
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: ClientDto })
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateClientDto): Promise<ClientDto> {
    return presentClient(await this.clients.create(actor, dto), actor);
  }

  @Get()
  @ApiOkResponse({ type: ClientPageDto })
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query() query: ClientListQueryDto): Promise<ClientPageDto> {
    const page = await this.clients.list(actor, query);
    return { items: page.items.map((c) => presentClient(c, actor)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ClientDto })
  @ApiErrors(400, 401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ClientDto> {
    return presentClient(await this.clients.get(actor, id), actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ClientDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdateClientDto): Promise<ClientDto> {
    const { version, ...patch } = dto;
    return presentClient(await this.clients.update(actor, id, version, patch), actor);
  }

  @Get(':id/users')
  @ApiOkResponse({ type: [ClientUserDto] })
  @ApiErrors(400, 401, 404)
  users(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ClientUserDto[]> {
    return this.clients.users(actor, id);
  }

  @Post(':id/invitations')
  @Roles('admin')
  @ApiCreatedResponse({ type: CreatedInvitationDto, description: 'Accepting it makes the invitee a user of this client' })
  @ApiErrors(400, 401, 403, 404)
  async invite(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: InviteClientUserDto): Promise<CreatedInvitationDto> {
    const created = await this.clients.inviteUser(actor, id, dto.email);
    return { ...created, invitation: presentInvitation(created.invitation, this.clock.now()) };
  }

  @Post(':id/users')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: [ClientUserDto] })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  link(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: LinkClientUserDto): Promise<ClientUserDto[]> {
    return this.clients.linkUser(actor, id, dto.membershipId);
  }

  @Delete(':id/users/:membershipId')
  @Roles('admin', 'consultant')
  @HttpCode(204)
  @ApiErrors(400, 401, 403, 404)
  async unlink(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('membershipId', UuidParamPipe) membershipId: string,
  ): Promise<void> {
    await this.clients.unlinkUser(actor, id, membershipId);
  }
}
