import { InjectQueue, OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, JOBS, jobOptions, QUEUES, isUuid, type DeliverReminderJob } from '@reinstate/platform';
import { ReminderService } from '@reinstate/reminders';
import type { Job, Queue } from 'bull';
import { JobContext } from './job-context';

/**
 * The sweep claims due reminder rows (PostgreSQL is the truth) and enqueues one delivery job
 * per reminder with jobId = reminder id; the delivery records its send in PostgreSQL, so a
 * flushed Redis, a killed worker or two workers at once neither lose nor double a reminder.
 */
@Processor(QUEUES.reminders)
export class RemindersProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RemindersProcessor.name);
  private watchdog: NodeJS.Timeout | null = null;

  constructor(
    private readonly reminders: ReminderService,
    private readonly jobs: JobContext,
    private readonly config: AppConfig,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSweep();
    await this.sweep(); // do not wait for the first tick after a restart
    // A flushed Redis forgets the repeatable job too: check it is still there now and then.
    this.watchdog = setInterval(() => {
      this.ensureSweep().catch((err: unknown) => this.logger.warn({ err }, 'could not check the sweep job'));
    }, Math.max(this.config.REMINDER_SWEEP_MS * 5, 1000));
    this.watchdog.unref();
  }

  onApplicationShutdown(): void {
    if (this.watchdog) clearInterval(this.watchdog);
  }

  /** Reconciles the repeatable jobs with the wanted set (stale ones keep firing otherwise). */
  private async ensureSweep(): Promise<void> {
    const wanted = { every: this.config.REMINDER_SWEEP_MS };
    const existing = await this.queue.getRepeatableJobs();
    let present = false;
    for (const job of existing) {
      if (job.name === JOBS.sweepReminders && Number(job.every) === wanted.every) present = true;
      else await this.queue.removeRepeatableByKey(job.key);
    }
    if (!present) await this.queue.add(JOBS.sweepReminders, {}, { repeat: wanted, jobId: 'sweep', removeOnComplete: true, removeOnFail: 100 });
  }

  @Process({ name: JOBS.sweepReminders, concurrency: 1 })
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.reminders.claimDue(this.config.REMINDER_BATCH, this.config.REMINDER_REQUEUE_SECONDS);
      if (due.length === 0) return total;
      await this.queue.addBulk(
        due.map((r) => ({
          name: JOBS.deliverReminder,
          data: { tenantId: r.tenantId, reminderId: r.id } satisfies DeliverReminderJob,
          opts: { ...jobOptions(this.config), jobId: r.id },
        })),
      );
      total += due.length;
      if (due.length < this.config.REMINDER_BATCH) return total;
    }
  }

  // Deliveries wait mostly on PostgreSQL and disk; keep the pool (DATABASE_POOL_SIZE) at least this large.
  @Process({ name: JOBS.deliverReminder, concurrency: 16 })
  deliver(job: Job<DeliverReminderJob>): Promise<string> {
    return this.jobs.run(
      job,
      (d) => isUuid(d.reminderId),
      (d) => this.reminders.deliver(d.tenantId, d.reminderId),
    );
  }

  /** After the last attempt the reminder is marked failed: visible, never silently dropped. */
  @OnQueueFailed()
  async failed(job: Job<DeliverReminderJob>, err: Error): Promise<void> {
    if (job.name !== JOBS.deliverReminder) return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade >= attempts && isUuid(job.data?.tenantId) && isUuid(job.data?.reminderId)) {
      this.logger.error({ reminderId: job.data.reminderId, err: err.message }, 'reminder delivery failed for good');
      await this.reminders.markFailed(job.data.tenantId, job.data.reminderId, err.message).catch(() => undefined);
    }
  }
}
