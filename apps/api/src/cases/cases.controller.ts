import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AssignmentService, CaseService, ContactService, NoticeService, type CaseContact } from '@reinstate/cases';
import { Clock, type Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { PageQueryDto } from '../identity/dto/identity.dto';
import {
  AssignDto,
  ContactDto,
  LogContactDto,
  ConsultantProfileDto,
  CaseDto,
  ReminderDto,
  TransitionDto,
  ConfirmedNoticeDto,
  NoticeFieldsDto,
  CaseListQueryDto,
  CasePageDto,
  NoticeDto,
  NoticeTextDto,
  OpenCaseDto,
  OpenedCaseDto,
  TimelinePageDto,
  UpdateCaseDto,
} from './cases.dto';
import { presentCase, presentCaseSummary, presentEvent, presentNotice } from './presenters';

/** Cases: intake (staff or the client portal), notices and the timeline. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CaseService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: OpenedCaseDto, description: 'Empty fields are pre-filled from the notice; a consultant confirms them' })
  @ApiErrors(400, 401, 403, 404)
  async open(@CurrentActor() actor: Actor, @Body() dto: OpenCaseDto): Promise<OpenedCaseDto> {
    const opened = await this.cases.open(actor, dto);
    return { case: presentCase(opened.case, actor, this.clock.now()), notice: opened.notice ? presentNotice(opened.notice) : null };
  }

  @Get()
  @ApiOkResponse({ type: CasePageDto, description: 'Case summaries (the detail has the rest), filtered and sorted, keyset-paginated (the cursor carries the sort); client users see their own cases only' })
  @ApiErrors(400, 401)
  async list(@CurrentActor() actor: Actor, @Query() query: CaseListQueryDto): Promise<CasePageDto> {
    const { assignee, ...rest } = query;
    const page = await this.cases.list(actor, { ...rest, lead: assignee });
    const now = this.clock.now();
    return { items: page.items.map((c) => presentCaseSummary(c, actor, now)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDto, description: 'Both clocks; staff also see the service clock\'s pause history' })
  @ApiErrors(400, 401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<CaseDto> {
    const d = await this.cases.detail(actor, id);
    return { ...presentCase(d.case, actor, this.clock.now(), d.pauses ?? undefined), lead: d.lead };
  }

  @Patch(':id')
  @ApiOkResponse({ type: CaseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdateCaseDto): Promise<CaseDto> {
    const { version, ...patch } = dto;
    return presentCase(await this.cases.update(actor, id, version, patch), actor, this.clock.now());
  }

  @Post(':id/notices')
  @ApiCreatedResponse({ type: NoticeDto, description: 'Stored verbatim; its reading is a suggestion that does not change the case' })
  @ApiErrors(400, 401, 404)
  async addNotice(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: NoticeTextDto): Promise<NoticeDto> {
    return presentNotice(await this.cases.addNotice(actor, id, { text: dto.text, receivedAt: dto.receivedAt }));
  }

  @Get(':id/notices')
  @ApiOkResponse({ type: [NoticeDto] })
  @ApiErrors(400, 401, 404)
  async notices(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<NoticeDto[]> {
    return (await this.cases.listNotices(actor, id)).map(presentNotice);
  }

  @Post(':id/notices/:noticeId/confirm')
  @Roles('admin', 'consultant')
  @HttpCode(200)
  @ApiOkResponse({ type: ConfirmedNoticeDto, description: 'The confirmed fields now stand on the case; the category checklist is proposed to the client' })
  @ApiErrors(400, 401, 403, 404)
  async confirmNotice(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('noticeId', UuidParamPipe) noticeId: string,
    @Body() dto: NoticeFieldsDto,
  ): Promise<ConfirmedNoticeDto> {
    const done = await this.cases.confirmNotice(actor, id, noticeId, dto);
    return { case: presentCase(done.case, actor, this.clock.now()), notice: presentNotice(done.notice) };
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDto, description: 'The new status; an invalid move is 409 INVALID_TRANSITION naming the allowed ones' })
  @ApiErrors(400, 401, 403, 404, 409)
  async transition(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: TransitionDto): Promise<CaseDto> {
    return presentCase(await this.cases.transition(actor, id, dto.to, dto.closeReason), actor, this.clock.now());
  }

  @Post(':id/assignment')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDto, description: 'New lead; the previous one stays on the timeline' })
  @ApiErrors(400, 401, 403, 404, 422)
  async assign(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: AssignDto): Promise<CaseDto> {
    return presentCase(await this.cases.assign(actor, id, dto.leadMembershipId), actor, this.clock.now());
  }

  @Get(':id/reminders')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: [ReminderDto] })
  @ApiErrors(400, 401, 403, 404)
  async reminders(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ReminderDto[]> {
    return (await this.cases.reminders(actor, id)).map((r) => ({
      id: r.id,
      kind: r.kind,
      recipientMembershipId: r.recipientMembershipId,
      dueAt: r.dueAt.toISOString(),
      status: r.status,
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
    }));
  }

  @Get(':id/timeline')
  @ApiOkResponse({ type: TimelinePageDto, description: 'Oldest first; client users see shared items only' })
  @ApiErrors(400, 401, 404)
  async timelineOf(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() query: PageQueryDto): Promise<TimelinePageDto> {
    const page = await this.cases.timelineOf(actor, id, query);
    return { items: page.items.map(presentEvent), nextCursor: page.nextCursor };
  }
}

/** The contact log: calls and messages with the marketplace's teams (evidence, never a decision). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactService) {}

  @Post()
  @Roles('admin', 'consultant')
  @ApiCreatedResponse({ type: ContactDto })
  @ApiErrors(400, 401, 403, 404)
  async log(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: LogContactDto): Promise<ContactDto> {
    return presentContact(await this.contacts.log(actor, id, dto));
  }

  @Get()
  @ApiOkResponse({ type: [ContactDto], description: 'Client users see only contacts shared with them' })
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ContactDto[]> {
    return (await this.contacts.list(actor, id)).map(presentContact);
  }
}

function presentContact(c: CaseContact): ContactDto {
  const { tenantId: _t, caseId: _c, createdAt: _a, occurredAt, ...rest } = c;
  return { ...rest, occurredAt: occurredAt.toISOString() };
}

/** The consultant's own queue and assignment profile. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class QueueController {
  constructor(
    private readonly assignment: AssignmentService,
    private readonly clock: Clock,
  ) {}

  @Get('my-queue')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: CasePageDto, description: 'Summaries of the open cases I lead, nearest of the two clocks (marketplace deadline, service due) first; keyset-paginated' })
  @ApiErrors(400, 401, 403)
  async mine(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<CasePageDto> {
    const page = await this.assignment.myQueue(actor, query);
    const now = this.clock.now();
    return { items: page.items.map((c) => presentCaseSummary(c, actor, now)), nextCursor: page.nextCursor };
  }

  @Put('members/:id/consultant-profile')
  @Roles('admin', 'consultant')
  @ApiOkResponse({ type: ConsultantProfileDto })
  @ApiErrors(400, 401, 403, 404, 422)
  async saveProfile(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() dto: ConsultantProfileDto): Promise<ConsultantProfileDto> {
    const p = await this.assignment.saveProfile(actor, { membershipId: id, ...dto });
    return { languages: p.languages, categories: p.categories as ConsultantProfileDto['categories'], away: p.away };
  }
}

/** Reads a notice without storing it: the intake form's live preview. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('notices')
export class NoticePreviewController {
  constructor(private readonly notices: NoticeService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The reading: department, severity, categories, ASINs, deadline, periods that are not deadlines, documents asked for, references — each with its text span' })
  @ApiErrors(400, 401)
  preview(@CurrentActor() actor: Actor, @Body() dto: NoticeTextDto): Promise<unknown> {
    return this.notices.preview(actor, dto.text, dto.receivedAt);
  }
}
