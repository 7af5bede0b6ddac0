import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@reinstate/identity';
import { NotificationsModule } from '@reinstate/notifications';
import { Reminder } from './reminders/reminder.entity';
import { ReminderRepository } from './reminders/reminder.repository';
import { ReminderService } from './reminders/reminder.service';

@Module({
  imports: [TypeOrmModule.forFeature([Reminder]), IdentityModule, NotificationsModule],
  providers: [ReminderRepository, ReminderService],
  exports: [ReminderService, NotificationsModule],
})
export class RemindersModule {}
