import { InjectQueue } from '@nestjs/bull';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { QUEUES } from '@reinstate/platform';
import type { Queue } from 'bull';

/** The worker's only HTTP route: PostgreSQL, Redis and the queue's counts. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QUEUES.identity) private readonly queue: Queue,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2_000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          const counts = await this.queue.getJobCounts();
          return indicator.up({ queues: { [QUEUES.identity]: counts } });
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      },
    ]);
  }
}
