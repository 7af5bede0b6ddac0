import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { BullModule } from '@nestjs/bull';
import { IdentityModule } from '@reinstate/identity';
import { RemindersModule } from '@reinstate/reminders';
import { AppConfig, Clock, ConfigModule, DatabaseModule, LoggingModule, QUEUES, QueueModule } from '@reinstate/platform';
import { WorkerHealthController } from './health.controller';
import { IdentityProcessor } from './identity.processor';
import { JobContext } from './job-context';
import { RemindersProcessor } from './reminders.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        TerminusModule.forRoot({ logger: false }),
        IdentityModule,
        RemindersModule,
        BullModule.registerQueue({ name: QUEUES.reminders }),
      ],
      controllers: [WorkerHealthController],
      providers: [JobContext, IdentityProcessor, RemindersProcessor],
    };
  }
}
