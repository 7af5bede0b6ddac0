export * from './notifications.module';
export * from './notifications/notification.entity';
export * from './notifications/notification.service';
