import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@reinstate/identity';
import { NotificationsModule } from '@reinstate/notifications';
import { RemindersModule } from '@reinstate/reminders';
import { Client } from './clients/client.entity';
import { ClientRepository } from './clients/client.repository';
import { ClientAccess } from './clients/client-access';
import { ClientService } from './clients/client.service';
import { ClientMembershipService } from './memberships/client-membership.service';
import { ClientMembership, MembershipPlan } from './memberships/membership-plan.entity';
import { MembershipPlanService } from './memberships/membership-plan.service';
import { MembershipRepository } from './memberships/membership.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Client, MembershipPlan, ClientMembership]), IdentityModule, NotificationsModule, RemindersModule],
  providers: [ClientRepository, ClientAccess, ClientService, MembershipRepository, MembershipPlanService, ClientMembershipService],
  exports: [ClientService, MembershipPlanService, ClientMembershipService, IdentityModule, NotificationsModule, RemindersModule],
})
export class ClientsModule {}
