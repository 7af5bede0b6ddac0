import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@reinstate/identity';
import { NotificationsModule } from '@reinstate/notifications';
import { Client } from './clients/client.entity';
import { ClientRepository } from './clients/client.repository';
import { ClientService } from './clients/client.service';

@Module({
  imports: [TypeOrmModule.forFeature([Client]), IdentityModule, NotificationsModule],
  providers: [ClientRepository, ClientService],
  exports: [ClientService, IdentityModule, NotificationsModule],
})
export class ClientsModule {}
