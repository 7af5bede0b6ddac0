import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@reinstate/platform';
import { CommentService, PlanReviewService, PlanService, SubmissionRoundService } from '@reinstate/plans';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { NumberParamPipe } from './number-param.pipe';
import { PageQueryDto } from '../identity/dto/identity.dto';
import {
  CommentDto,
  CreatePlanOfActionDto,
  DiffDto,
  DiffQueryDto,
  OpenThreadDto,
  PlanOfActionDto,
  PlanTextDto,
  RecordReplyDto,
  ReplyDto,
  RequestReviewDto,
  RevisionDto,
  RevisionPageDto,
  ReviewDecisionDto,
  ReviewDto,
  RoundDto,
  SavedRevisionDto,
  SaveRevisionDto,
  SubmitRoundDto,
  ThreadDto,
  ThreadPageDto,
  ThreadQueryDto,
  VersionDto,
} from './plans.dto';
import { presentComment, presentPlan, presentRevision, presentRevisionSummary, presentReview, presentRound, presentSaved, presentThread } from './presenters';

/** The plan of action (改善計画書) of a case and its revisions. */
@ApiTags('plan of action')
@ApiBearerAuth()
@Controller('cases/:id/plan-of-action')
export class PlanOfActionController {
  constructor(private readonly plans: PlanService) {}

  @Post()
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: PlanOfActionDto, description: 'Revision 1 from the template' })
  @ApiErrors(400, 401, 403, 404, 409)
  async create(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: CreatePlanOfActionDto): Promise<PlanOfActionDto> {
    const { plan, revision } = await this.plans.create(actor, id, dto);
    return presentPlan(plan, revision, actor);
  }

  @Get()
  @ApiOkResponse({ type: PlanOfActionDto })
  @ApiErrors(400, 401, 404)
  async view(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<PlanOfActionDto> {
    const { plan, revision } = await this.plans.view(actor, id);
    return presentPlan(plan, revision, actor);
  }

  @Post('revisions')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: SavedRevisionDto, description: 'The new revision with its plan-check findings and the diff to its base' })
  @ApiErrors(400, 401, 403, 404, 409)
  async save(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: SaveRevisionDto): Promise<SavedRevisionDto> {
    return presentSaved(await this.plans.saveRevision(actor, id, dto), actor);
  }

  @Get('revisions')
  @ApiOkResponse({ type: RevisionPageDto, description: 'Newest first, keyset-paged; clients see only revisions shared with them' })
  @ApiErrors(400, 401, 404)
  async revisions(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() q: PageQueryDto): Promise<RevisionPageDto> {
    const page = await this.plans.listRevisions(actor, id, q);
    return { items: page.items.map((r) => presentRevisionSummary(r, actor)), nextCursor: page.nextCursor };
  }

  @Get('revisions/:number')
  @ApiOkResponse({ type: RevisionDto })
  @ApiErrors(400, 401, 404)
  async revision(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('number', NumberParamPipe) n: number): Promise<RevisionDto> {
    return presentRevision(await this.plans.revision(actor, id, n), actor);
  }

  @Get('revisions/:number/text')
  @ApiOkResponse({ type: PlanTextDto, description: 'The revision as plain text for the marketplace\'s appeal form' })
  @ApiErrors(400, 401, 404)
  text(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('number', NumberParamPipe) n: number): Promise<PlanTextDto> {
    return this.plans.text(actor, id, n);
  }

  @Get('diff')
  @ApiOkResponse({ type: DiffDto, description: 'Any two revisions, section by section and word by word' })
  @ApiErrors(400, 401, 404)
  async diff(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() q: DiffQueryDto): Promise<DiffDto> {
    return (await this.plans.diff(actor, id, q.from, q.to)) as unknown as DiffDto;
  }
}

/** Review threads anchored to quoted spans, with replies and suggested edits. */
@ApiTags('plan of action')
@ApiBearerAuth()
@Controller('cases/:id/plan-of-action/threads')
export class PlanThreadsController {
  constructor(private readonly comments: CommentService) {}

  @Get()
  @ApiOkResponse({ type: ThreadPageDto, description: 'Oldest first, keyset-paged; clients see shared threads on shared revisions only' })
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() q: ThreadQueryDto): Promise<ThreadPageDto> {
    const page = await this.comments.list(actor, id, q);
    return { items: page.items.map(presentThread), nextCursor: page.nextCursor };
  }

  @Post()
  @ApiCreatedResponse({ type: ThreadDto })
  @ApiErrors(400, 401, 403, 404)
  async open(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: OpenThreadDto): Promise<ThreadDto> {
    return presentThread(await this.comments.open(actor, id, dto));
  }

  @Post(':threadId/replies')
  @ApiCreatedResponse({ type: CommentDto })
  @ApiErrors(400, 401, 404, 409)
  async reply(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('threadId', UuidParamPipe) threadId: string, @Body() dto: ReplyDto): Promise<CommentDto> {
    return presentComment(await this.comments.reply(actor, id, threadId, dto.body));
  }

  @Post(':threadId/resolve')
  @HttpCode(200)
  @Roles('admin', 'consultant')
  @ApiOkResponse({ description: 'Resolved' })
  @ApiErrors(400, 401, 403, 404)
  async resolve(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('threadId', UuidParamPipe) threadId: string): Promise<{ status: string }> {
    return { status: (await this.comments.setStatus(actor, id, threadId, 'resolved')).status };
  }

  @Post(':threadId/reopen')
  @HttpCode(200)
  @Roles('admin', 'consultant')
  @ApiOkResponse({ description: 'Open again' })
  @ApiErrors(400, 401, 403, 404)
  async reopen(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('threadId', UuidParamPipe) threadId: string): Promise<{ status: string }> {
    return { status: (await this.comments.setStatus(actor, id, threadId, 'open')).status };
  }

  @Post(':threadId/accept')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: RevisionDto, description: 'The suggestion applied to the head as a new revision' })
  @ApiErrors(400, 401, 403, 404, 409)
  async accept(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('threadId', UuidParamPipe) threadId: string, @Body() dto: VersionDto): Promise<RevisionDto> {
    return presentRevision((await this.comments.acceptSuggestion(actor, id, threadId, dto.version)).revision, actor);
  }

  @Post(':threadId/reject')
  @HttpCode(200)
  @Roles('admin', 'consultant')
  @ApiOkResponse({ description: 'Suggestion rejected' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reject(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('threadId', UuidParamPipe) threadId: string): Promise<{ suggestionState: string | null }> {
    return { suggestionState: (await this.comments.rejectSuggestion(actor, id, threadId)).suggestionState };
  }
}

/** The client's approval and the submission rounds. */
@ApiTags('plan of action')
@ApiBearerAuth()
@Controller('cases/:id/plan-of-action')
export class PlanApprovalController {
  constructor(
    private readonly reviews: PlanReviewService,
    private readonly rounds: SubmissionRoundService,
  ) {}

  @Post('reviews')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: ReviewDto, description: 'Shares the revision with the client; the case goes to client_review' })
  @ApiErrors(400, 401, 403, 404, 409)
  async request(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: RequestReviewDto): Promise<ReviewDto> {
    return presentReview(await this.reviews.request(actor, id, dto));
  }

  @Get('reviews')
  @ApiOkResponse({ type: [ReviewDto] })
  @ApiErrors(400, 401, 404)
  async reviewsOf(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ReviewDto[]> {
    return (await this.reviews.list(actor, id)).map(presentReview);
  }

  @Post('reviews/:reviewId/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewDto, description: 'Client users only: approved → ready_to_submit; changes_requested → drafting' })
  @ApiErrors(400, 401, 403, 404, 409)
  async decide(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('reviewId', UuidParamPipe) reviewId: string, @Body() dto: ReviewDecisionDto): Promise<ReviewDto> {
    return presentReview(await this.reviews.decide(actor, id, reviewId, dto));
  }

  @Post('rounds')
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: RoundDto, description: 'Freezes the revision, the documents and the checks; the case goes to submitted' })
  @ApiErrors(400, 401, 403, 404, 409)
  async submit(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: SubmitRoundDto): Promise<RoundDto> {
    return presentRound({ round: await this.rounds.submit(actor, id, dto) }, actor);
  }

  @Get('rounds')
  @ApiOkResponse({ type: [RoundDto], description: 'Oldest first, each with what changed since the previous round' })
  @ApiErrors(400, 401, 404)
  async roundsOf(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<RoundDto[]> {
    return (await this.rounds.list(actor, id)).map((v) => presentRound(v, actor));
  }

  @Post('rounds/:number/reply')
  @HttpCode(200)
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: RoundDto, description: 'Stored as a notice; the case status follows the outcome' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reply(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Param('number', NumberParamPipe) n: number, @Body() dto: RecordReplyDto): Promise<RoundDto> {
    return presentRound({ round: await this.rounds.recordReply(actor, id, n, dto) }, actor);
  }
}
