import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InvitationService } from '@reinstate/identity';
import { JOBS, QUEUES, isUuid, systemActor, type DeliverInvitationJob } from '@reinstate/platform';
import type { Job } from 'bull';
import { JobContext } from './job-context';

/** Thin: validate, enter the tenant's context, call the same service the api uses. */
@Processor(QUEUES.identity)
export class IdentityProcessor {
  private readonly logger = new Logger(IdentityProcessor.name);

  constructor(
    private readonly invitations: InvitationService,
    private readonly jobs: JobContext,
  ) {}

  @Process(JOBS.deliverInvitation)
  deliverInvitation(job: Job<DeliverInvitationJob>): Promise<boolean> {
    return this.jobs.run(
      job,
      (d) => isUuid(d.invitationId),
      async (d) => {
        // Mail transport arrives with the notifications issue; until then delivery is recorded.
        const first = await this.invitations.markSent(systemActor(d.tenantId), d.invitationId);
        this.logger.log({ invitationId: d.invitationId, first }, 'invitation delivered');
        return first;
      },
    );
  }
}
