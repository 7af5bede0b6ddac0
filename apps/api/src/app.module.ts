import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig, Clock, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '@reinstate/platform';
import { AuditController } from './audit/audit.controller';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { AccessTokenVerifier } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { RedisThrottlerStorage, ThrottlerStorageModule } from './auth/redis-throttler.storage';
import { CasesController, ContactsController, NoticePreviewController, QueueController } from './cases/cases.controller';
import { ServiceClockController } from './cases/service-clock.controller';
import { ClientsController } from './clients/clients.controller';
import { DocumentRequestsController, DocumentsController } from './documents/documents.controller';
import { HealthController } from './health/health.controller';
import { RemindersController } from './reminders/reminders.controller';
import { CaseCountsController, ReportsController } from './reports/reports.controller';
import { EmergenciesController } from './memberships/emergencies.controller';
import { ClientMembershipsController, PlansController } from './memberships/memberships.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { AuthController } from './identity/auth.controller';
import { InvitationsController } from './identity/invitations.controller';
import { MeController } from './identity/me.controller';
import { MembersController } from './identity/members.controller';
import { PlanApprovalController, PlanOfActionController, PlanThreadsController } from './plans/plans.controller';
import { PlanCheckRulesController, PlanTemplatesController } from './plans/plan-settings.controller';
import { PlansModule } from '@reinstate/plans';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        PassportModule,
        TerminusModule.forRoot({ logger: false }),
        ThrottlerModule.forRootAsync({
          imports: [ThrottlerStorageModule],
          inject: [AppConfig, RedisThrottlerStorage],
          useFactory: (c: AppConfig, storage: RedisThrottlerStorage) => ({
            throttlers: [{ name: 'auth', ttl: 60_000, limit: c.AUTH_RATE_LIMIT_PER_MINUTE }],
            storage,
          }),
        }),
        PlansModule,
      ],
      controllers: [
        AuthController,
        MeController,
        InvitationsController,
        MembersController,
        AuditController,
        ClientsController,
        CaseCountsController,
        CasesController,
        NoticePreviewController,
        QueueController,
        ServiceClockController,
        ContactsController,
        DocumentsController,
        DocumentRequestsController,
        PlansController,
        ClientMembershipsController,
        EmergenciesController,
        RemindersController,
        PlanOfActionController,
        PlanThreadsController,
        PlanApprovalController,
        PlanTemplatesController,
        PlanCheckRulesController,
        NotificationsController,
        ReportsController,
        HealthController,
      ],
      providers: [
        AccessTokenVerifier,
        LocalStrategy,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
