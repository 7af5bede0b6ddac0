import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { IdentityModule } from '@reinstate/identity';
import { AppConfig, ConfigModule, DatabaseModule, LoggingModule, QueueModule } from '@reinstate/platform';
import { WorkerHealthController } from './health.controller';
import { IdentityProcessor } from './identity.processor';
import { JobContext } from './job-context';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot({ http: false }),
        QueueModule.forRoot(),
        TerminusModule.forRoot({ logger: false }),
        IdentityModule,
      ],
      controllers: [WorkerHealthController],
      providers: [JobContext, IdentityProcessor],
    };
  }
}
