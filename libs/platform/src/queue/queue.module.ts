import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { jobOptions } from './queues';

/** Bull on Redis, configured once; apps register the queues they use with BullModule.registerQueue. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            url: config.REDIS_URL,
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: jobOptions(config),
            settings: { lockDuration: config.QUEUE_LOCK_MS, stalledInterval: config.QUEUE_LOCK_MS, maxStalledCount: 10 },
          }),
        }),
      ],
      exports: [BullModule],
    };
  }
}
