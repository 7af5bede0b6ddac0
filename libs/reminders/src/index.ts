export * from './reminders.module';
export * from './reminders/reminder.entity';
export * from './reminders/reminder.service';
export * from './reminders/reminder-timing.policy';
