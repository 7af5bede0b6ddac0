/** Queue names and the payloads they carry, shared by the api (producer) and worker (consumer). */
export const QUEUES = {
  identity: 'identity',
  reminders: 'reminders',
} as const;

export const JOBS = {
  deliverInvitation: 'deliver-invitation',
  sweepReminders: 'sweep-reminders',
  deliverReminder: 'deliver-reminder',
} as const;

export interface DeliverReminderJob extends TenantJob {
  reminderId: string;
}

/** Every tenant job names its tenant; the worker opens that tenant's context before work. */
export interface TenantJob {
  tenantId: string;
}

export interface DeliverInvitationJob extends TenantJob {
  invitationId: string;
}

/** Keep Redis small: completed jobs are dropped, failed ones kept a while for the dead-letter view. */
export function jobOptions(config: { QUEUE_ATTEMPTS: number; QUEUE_BACKOFF_MS: number }) {
  return {
    attempts: config.QUEUE_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.QUEUE_BACKOFF_MS },
    removeOnComplete: true,
    removeOnFail: 1_000,
  };
}
