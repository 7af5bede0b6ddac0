export * from './notifications.module';
export * from './notifications/notification.entity';
export * from './notifications/notification.service';
export * from './mail/mail-templates';
export * from './mail/mail.transport';
