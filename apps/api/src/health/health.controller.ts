import { InjectQueue } from '@nestjs/bull';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { QUEUES } from '@reinstate/platform';
import type { Queue } from 'bull';
import { Public } from '../auth/decorators';

/** Liveness with the two dependencies: PostgreSQL and Redis. 503 when either is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QUEUES.identity) private readonly queue: Queue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2_000 }),
      () => redisCheck(this.indicators, this.queue),
    ]);
  }
}

export async function redisCheck(indicators: HealthIndicatorService, queue: Queue) {
  const indicator = indicators.check('redis');
  try {
    await Promise.race([
      queue.client.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
    ]);
    return indicator.up();
  } catch (err) {
    return indicator.down({ message: (err as Error).message });
  }
}
