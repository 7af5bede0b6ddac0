import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MembershipService } from '@reinstate/identity';
import type { Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { MemberDto, MemberListQueryDto, MemberPageDto, UpdateMemberDto } from './dto/identity.dto';
import { presentMember } from './presenters';

/** The people of a consultancy: staff and client users. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembershipService) {}

  @Get()
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: MemberPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() query: MemberListQueryDto): Promise<MemberPageDto> {
    const page = await this.members.list(actor, query);
    return { items: page.items.map(presentMember), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: MemberDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<MemberDto> {
    return presentMember(await this.members.get(actor, id));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: MemberDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return presentMember(await this.members.update(actor, id, dto));
  }
}
