import { Injectable } from '@nestjs/common';
import { DomainError, isUuid, type TenantJob } from '@reinstate/platform';
import type { Job } from 'bull';
import { CLS_ID, ClsService } from 'nestjs-cls';

/**
 * Validates a tenant job's payload and runs its handler in a fresh context whose id is the
 * job's (for logs and the audit trail). The services then open the tenant's transaction.
 */
@Injectable()
export class JobContext {
  constructor(private readonly cls: ClsService) {}

  run<T extends TenantJob, R>(job: Job<T>, check: (data: T) => boolean, fn: (data: T) => Promise<R>): Promise<R> {
    const data = job.data;
    if (!data || !isUuid(data.tenantId) || !check(data)) {
      // A malformed job can never succeed: fail it without retries burning time.
      job.discard();
      throw new DomainError('INVALID_JOB', 'invalid', `Job ${job.name} ${job.id} has a malformed payload.`);
    }
    return this.cls.run(() => {
      this.cls.set(CLS_ID, `job:${job.queue.name}:${job.id}`);
      return fn(data);
    });
  }
}
