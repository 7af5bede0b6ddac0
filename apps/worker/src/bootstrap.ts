import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { accessLog, AppConfig, Clock } from '@reinstate/platform';
import { Logger, PinoLogger } from 'nestjs-pino';
import { mountQueueDashboard } from './queue-dashboard';
import { WorkerModule } from './worker.module';

/**
 * The worker: Bull processors plus /health. Shutdown hooks close the queues, which waits for
 * the job in hand to finish before the process exits.
 */
export async function createWorkerApp(config: AppConfig, options: { logs?: boolean; clock?: Clock } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(WorkerModule.forRoot(config, options.clock), new FastifyAdapter(), {
    bufferLogs: true,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  accessLog(app.getHttpAdapter().getInstance(), PinoLogger.root);
  app.enableShutdownHooks();
  await mountQueueDashboard(app, config);
  await app.init();
  return app;
}
