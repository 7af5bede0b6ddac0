import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@reinstate/platform';
import { PlanCheckService, PlanTemplateService } from '@reinstate/plans';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateTemplateDto, RuleSettingDto, TemplateDto, TemplateQueryDto, UpdateRuleSettingsDto, UpdateTemplateDto } from './plans.dto';
import { presentTemplate } from './presenters';

/** The tenant's plan templates per violation category. */
@ApiTags('plan of action')
@ApiBearerAuth()
@Controller('plan-templates')
@Roles('admin', 'consultant')
export class PlanTemplatesController {
  constructor(private readonly templates: PlanTemplateService) {}

  @Get()
  @ApiOkResponse({ type: [TemplateDto] })
  @ApiErrors(400, 401, 403)
  async list(@CurrentActor() actor: Actor, @Query() q: TemplateQueryDto): Promise<TemplateDto[]> {
    return (await this.templates.list(actor, q)).map(presentTemplate);
  }

  @Get(':id')
  @ApiOkResponse({ type: TemplateDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<TemplateDto> {
    return presentTemplate(await this.templates.get(actor, id));
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: TemplateDto })
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateTemplateDto): Promise<TemplateDto> {
    return presentTemplate(await this.templates.create(actor, dto));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: TemplateDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdateTemplateDto): Promise<TemplateDto> {
    const { version, ...patch } = dto;
    return presentTemplate(await this.templates.update(actor, id, version, patch));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.templates.remove(actor, id);
  }
}

/** Plan-check rules: each tenant may change a rule's severity or turn it off. */
@ApiTags('plan of action')
@ApiBearerAuth()
@Controller('plan-check-rules')
@Roles('admin', 'consultant')
export class PlanCheckRulesController {
  constructor(private readonly checks: PlanCheckService) {}

  @Get()
  @ApiOkResponse({ type: [RuleSettingDto] })
  @ApiErrors(401, 403)
  list(@CurrentActor() actor: Actor): Promise<RuleSettingDto[]> {
    return this.checks.list(actor);
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: [RuleSettingDto] })
  @ApiErrors(400, 401, 403)
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateRuleSettingsDto): Promise<RuleSettingDto[]> {
    return this.checks.update(actor, dto.rules);
  }
}
