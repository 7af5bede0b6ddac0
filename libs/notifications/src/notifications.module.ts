import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notifications/notification.entity';
import { NotificationRepository } from './notifications/notification.repository';
import { NotificationService } from './notifications/notification.service';
import { MailTransport } from './mail/mail.transport';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [NotificationRepository, NotificationService, MailTransport],
  exports: [NotificationService, MailTransport],
})
export class NotificationsModule {}
