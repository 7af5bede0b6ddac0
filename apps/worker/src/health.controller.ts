import { InjectQueue } from '@nestjs/bull';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { QUEUES } from '@reinstate/platform';
import type { Queue } from 'bull';
import { ReminderService } from '@reinstate/reminders';

/** The worker's only HTTP route: PostgreSQL, Redis and the queue's counts. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QUEUES.identity) private readonly queue: Queue,
    @InjectQueue(QUEUES.reminders) private readonly reminderQueue: Queue,
    private readonly reminders: ReminderService,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2_000 }),
      async () => {
        // Due, queued, sent, failed and the lag of the oldest due reminder, from PostgreSQL.
        const indicator = this.indicators.check('reminders');
        try {
          return indicator.up(await this.reminders.metrics());
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          const [identity, reminders] = [await this.queue.getJobCounts(), await this.reminderQueue.getJobCounts()];
          return indicator.up({ queues: { [QUEUES.identity]: identity, [QUEUES.reminders]: reminders } });
        } catch (err) {
          return indicator.down({ message: (err as Error).message });
        }
      },
    ]);
  }
}
