import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@reinstate/documents';
import { PlanReview } from './approval/plan-review.entity';
import { PlanReviewService } from './approval/plan-review.service';
import { PlanReviewRepository } from './approval/plan-review.repository';
import { PlanCheckSettingRepository } from './checks/plan-check-setting.repository';
import { CommentRepository } from './comments/comment.repository';
import { SubmissionRoundRepository } from './rounds/submission-round.repository';
import { PlanTemplateRepository } from './templates/plan-template.repository';
import { PlanCheckSetting } from './checks/plan-check-setting.entity';
import { PlanCheckService } from './checks/plan-check.service';
import { CommentThread, PlanComment } from './comments/comment-thread.entity';
import { CommentService } from './comments/comment.service';
import { Plan, PlanRevision } from './drafts/plan.entity';
import { PlanRepository } from './drafts/plan.repository';
import { PlanService } from './drafts/plan.service';
import { SubmissionRound } from './rounds/submission-round.entity';
import { SubmissionRoundService } from './rounds/submission-round.service';
import { PlanTemplate } from './templates/plan-template.entity';
import { PlanTemplateService } from './templates/plan-template.service';

@Module({
  imports: [TypeOrmModule.forFeature([Plan, PlanRevision, PlanTemplate, CommentThread, PlanComment, PlanReview, SubmissionRound, PlanCheckSetting]), DocumentsModule],
  providers: [
    PlanRepository,
    PlanReviewRepository,
    PlanCheckSettingRepository,
    CommentRepository,
    SubmissionRoundRepository,
    PlanTemplateRepository,
    PlanService, PlanTemplateService, PlanCheckService, CommentService, PlanReviewService, SubmissionRoundService],
  exports: [PlanService, PlanTemplateService, PlanCheckService, CommentService, PlanReviewService, SubmissionRoundService, DocumentsModule],
})
export class PlansModule {}
