import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EmergencyService, OnCallService, type Emergency } from '@reinstate/cases';
import { Clock, type Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateShiftDto, EmergencyDto, EmergencyListQueryDto, EmergencyPageDto, RaiseEmergencyDto, ShiftDto, ShiftQueryDto } from './memberships.dto';

function presentEmergency(e: Emergency, now: Date): EmergencyDto {
  const until = e.acknowledgedAt ?? now;
  return {
    id: e.id,
    caseId: e.caseId,
    clientId: e.clientId,
    description: e.description,
    callbackNumber: e.callbackNumber,
    responseTargetMinutes: e.responseTargetMinutes,
    assignedMembershipId: e.assignedMembershipId,
    raisedAt: e.raisedAt.toISOString(),
    acknowledgedAt: e.acknowledgedAt ? e.acknowledgedAt.toISOString() : null,
    secondsToAcknowledge: e.acknowledgedAt ? Math.round((e.acknowledgedAt.getTime() - e.raisedAt.getTime()) / 1000) : null,
    secondsOpen: Math.round((until.getTime() - e.raisedAt.getTime()) / 1000),
  };
}

/** Emergency support (full members only) and the on-call rota. */
@ApiTags('emergencies')
@ApiBearerAuth()
@Controller()
export class EmergenciesController {
  constructor(
    private readonly emergencies: EmergencyService,
    private readonly onCall: OnCallService,
    private readonly clock: Clock,
  ) {}

  @Post('emergencies')
  @ApiCreatedResponse({ type: EmergencyDto, description: 'Critical priority, assigned to the on-call consultant at once' })
  @ApiErrors(400, 401, 403, 404)
  async raise(@CurrentActor() actor: Actor, @Body() dto: RaiseEmergencyDto): Promise<EmergencyDto> {
    return presentEmergency(await this.emergencies.raise(actor, dto), this.clock.now());
  }

  @Get('emergencies')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: EmergencyPageDto, description: 'Oldest first, with the time since raised' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() query: EmergencyListQueryDto): Promise<EmergencyPageDto> {
    const page = await this.emergencies.list(actor, { ...query, open: query.open === 'true' });
    const now = this.clock.now();
    return { items: page.items.map((e) => presentEmergency(e, now)), nextCursor: page.nextCursor };
  }

  @Get('emergencies/:id')
  @ApiOkResponse({ type: EmergencyDto })
  @ApiErrors(400, 401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<EmergencyDto> {
    return presentEmergency(await this.emergencies.get(actor, id), this.clock.now());
  }

  @Post('emergencies/:id/acknowledge')
  @Roles('admin', 'consultant')
  @HttpCode(200)
  @ApiOkResponse({ type: EmergencyDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async acknowledge(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<EmergencyDto> {
    return presentEmergency(await this.emergencies.acknowledge(actor, id), this.clock.now());
  }

  @Post('on-call-shifts')
  @Roles('admin')
  @ApiCreatedResponse({ type: ShiftDto })
  @ApiErrors(400, 401, 403, 422)
  async createShift(@CurrentActor() actor: Actor, @Body() dto: CreateShiftDto): Promise<ShiftDto> {
    const s = await this.onCall.create(actor, dto);
    return { id: s.id, membershipId: s.membershipId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() };
  }

  @Get('on-call-shifts')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: [ShiftDto] })
  @ApiErrors(400, 401, 403)
  async shifts(@CurrentActor() actor: Actor, @Query() query: ShiftQueryDto): Promise<ShiftDto[]> {
    const from = query.from ?? this.clock.now();
    const to = query.to ?? new Date(from.getTime() + 7 * 86_400_000);
    return (await this.onCall.list(actor, from, to)).map((s) => ({ id: s.id, membershipId: s.membershipId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }));
  }

  @Delete('on-call-shifts/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiErrors(400, 401, 403, 404)
  async removeShift(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.onCall.remove(actor, id);
  }
}
