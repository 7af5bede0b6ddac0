import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@reinstate/clients';
import { RemindersModule } from '@reinstate/reminders';
import { Case } from './cases/case.entity';
import { CaseHooks } from './cases/case-hooks';
import { CaseContact } from './contacts/case-contact.entity';
import { ContactService } from './contacts/contact.service';
import { AssignmentRepository } from './assignment/assignment.repository';
import { AssignmentService } from './assignment/assignment.service';
import { CaseReminders } from './cases/case-reminders';
import { CaseRepository } from './cases/case.repository';
import { CaseService } from './cases/case.service';
import { Notice } from './notices/notice.entity';
import { NoticeRepository } from './notices/notice.repository';
import { NoticeService } from './notices/notice.service';
import { CaseEvent } from './timeline/case-event.entity';
import { Emergency } from './emergencies/emergency.entity';
import { EmergencyService } from './emergencies/emergency.service';
import { OnCallShift } from './on-call/on-call-shift.entity';
import { OnCallService } from './on-call/on-call.service';
import { TimelineService } from './timeline/timeline.service';
import { ReportRepository } from './reports/report.repository';
import { ReportService } from './reports/report.service';
import { ServiceClockPause } from './service-clock/service-clock-pause.entity';
import { ServiceClockRepository } from './service-clock/service-clock.repository';
import { ServiceClockService } from './service-clock/service-clock.service';

@Module({
  imports: [TypeOrmModule.forFeature([Case, Notice, CaseEvent, Emergency, OnCallShift, CaseContact, ServiceClockPause]), ClientsModule, RemindersModule],
  providers: [
    ContactService,
    AssignmentRepository,
    AssignmentService,
    CaseHooks,
    CaseReminders,
    CaseRepository,
    CaseService,
    NoticeRepository,
    NoticeService,
    TimelineService,
    OnCallService,
    EmergencyService,
    ReportRepository,
    ReportService,
    ServiceClockRepository,
    ServiceClockService,
  ],
  exports: [ServiceClockService, ContactService, AssignmentService, CaseHooks, CaseReminders, CaseService, OnCallService, EmergencyService, NoticeService, TimelineService, ReportService, ClientsModule, RemindersModule],
})
export class CasesModule {}
