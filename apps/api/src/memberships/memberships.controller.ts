import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientMembershipService, MembershipPlanService, type MembershipPlan, type MembershipView } from '@reinstate/clients';
import type { Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import {
  ChangePlanDto,
  CreatePlanDto,
  EntitlementsDto,
  MembershipListQueryDto,
  MembershipPageDto,
  MembershipPeriodDto,
  PlanDto,
  UpdatePlanDto,
} from './memberships.dto';
import { iso } from '../http/iso';

function presentPlan(p: MembershipPlan): PlanDto {
  const { tenantId: _t, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

function presentPeriod(m: MembershipView): MembershipPeriodDto {
  return {
    id: m.id,
    clientId: m.clientId,
    planId: m.planId,
    plan: m.plan ? presentPlan(m.plan) : null,
    startsAt: m.startsAt.toISOString(),
    endsAt: iso(m.endsAt),
    status: m.effectiveStatus,
  };
}

/** Plans the consultancy sells. */
@ApiTags('memberships')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: MembershipPlanService) {}

  @Get()
  @ApiOkResponse({ type: [PlanDto] })
  @ApiErrors(401)
  async list(@CurrentActor() actor: Actor): Promise<PlanDto[]> {
    return (await this.plans.list(actor)).map(presentPlan);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: PlanDto })
  @ApiErrors(400, 401, 403, 422)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return presentPlan(await this.plans.create(actor, dto));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: PlanDto })
  @ApiErrors(400, 401, 403, 404, 422)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdatePlanDto): Promise<PlanDto> {
    return presentPlan(await this.plans.update(actor, id, dto));
  }
}

/** Clients' membership periods and entitlements. */
@ApiTags('memberships')
@ApiBearerAuth()
@Controller()
export class ClientMembershipsController {
  constructor(private readonly memberships: ClientMembershipService) {}

  @Get('clients/:id/memberships')
  @ApiOkResponse({ type: [MembershipPeriodDto], description: 'The history; a client user reads its own' })
  @ApiErrors(400, 401, 404)
  async history(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<MembershipPeriodDto[]> {
    return (await this.memberships.history(actor, id)).map(presentPeriod);
  }

  @Post('clients/:id/memberships')
  @Roles('admin')
  @ApiCreatedResponse({ type: MembershipPeriodDto, description: 'Start a trial, upgrade, downgrade or renew (the active period ends now)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async change(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: ChangePlanDto): Promise<MembershipPeriodDto> {
    return presentPeriod(await this.memberships.changePlan(actor, id, dto.planId));
  }

  @Post('clients/:id/memberships/cancel')
  @Roles('admin')
  @ApiCreatedResponse({ type: MembershipPeriodDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<MembershipPeriodDto> {
    return presentPeriod(await this.memberships.cancel(actor, id));
  }

  @Get('clients/:id/entitlements')
  @ApiOkResponse({ type: EntitlementsDto })
  @ApiErrors(400, 401, 404)
  async entitlements(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<EntitlementsDto> {
    const e = await this.memberships.entitlements(actor, id);
    return { ...e, current: e.current ? presentPeriod(e.current) : null };
  }

  @Get('memberships')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: MembershipPageDto, description: 'Members by plan and status; endingWithinDays=7 lists trials ending this week' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() query: MembershipListQueryDto): Promise<MembershipPageDto> {
    const page = await this.memberships.list(actor, query);
    return {
      items: page.items.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: iso(r.endsAt) })).map(({ createdAt: _c, ...r }) => r),
      nextCursor: page.nextCursor,
    };
  }
}
