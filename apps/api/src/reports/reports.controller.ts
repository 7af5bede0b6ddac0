import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportService } from '@reinstate/cases';
import type { Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { CaseCountsDto, CaseCountsQueryDto, OutcomeQueryDto, OutcomeReportDto } from './reports.dto';

/** Cases per status. A static path: Fastify matches it before cases/:id. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/counts')
export class CaseCountsController {
  constructor(private readonly reports: ReportService) {}

  @Get()
  @ApiOkResponse({ type: CaseCountsDto, description: 'Client users get their own cases\' counts; another client\'s are zeros, as the list is empty' })
  @ApiErrors(400, 401)
  counts(@CurrentActor() actor: Actor, @Query() query: CaseCountsQueryDto): Promise<CaseCountsDto> {
    return this.reports.statusCounts(actor, query);
  }
}

const OUTCOMES_DESCRIPTION = [
  'Computed by PostgreSQL over the tenant\'s cases and timelines.',
  'Decided = reinstated, or closed as lost (a rejected case is still open: it may be appealed again; withdrawn and duplicate are neither).',
  'Rate, rounds (submissions of a reinstated case) select cases by decision date; time to first draft (first saved plan revision − opening) selects cases by opening date.',
  'from/to are inclusive calendar days in the tenant\'s time zone; either may be left open.',
].join(' ');

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Get('outcomes')
  @Roles('admin', 'consultant')
  @ApiOperation({ summary: 'Outcome figures: reinstatement rate, rounds to reinstatement, time to first draft', description: OUTCOMES_DESCRIPTION })
  @ApiOkResponse({ type: OutcomeReportDto })
  @ApiErrors(400, 401, 403)
  async outcomes(@CurrentActor() actor: Actor, @Query() query: OutcomeQueryDto): Promise<OutcomeReportDto> {
    const period = { from: query.from ?? null, to: query.to ?? null };
    const { timeZone, ...report } = await this.reports.outcomes(actor, period);
    return { period: { ...period, timeZone }, ...report };
  }
}
