import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import type { Queue } from 'bull';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { connectUrl, freshDatabase, type FreshDatabase } from '../support/db';
import { signupTenant } from '../support/fixtures';
import { until } from '../support/wait';


describe('worker operations: retries, dead letters, dashboard', () => {
  const prefix = `{rt-${process.env.TEST_RUN_ID}-ops-${process.pid}}`;
  const overrides = {
    QUEUE_PREFIX: prefix,
    REMINDER_SWEEP_MS: '200',
    QUEUE_ATTEMPTS: '3',
    QUEUE_BACKOFF_MS: '50',
    // Nothing listens here: every send fails.
    SMTP_URL: 'smtp://127.0.0.1:9',
    OPS_USERNAME: 'ops',
    OPS_PASSWORD: 'operator-password-123',
  };
  let api: TestApi;
  let worker: NestFastifyApplication;
  let su: Client;
  let db: FreshDatabase;

  beforeAll(async () => {
    db = await freshDatabase('ops');
    api = await TestApi.start({ QUEUE_PREFIX: prefix, ...db.overrides });
    worker = await createWorkerApp(testConfig({ ...overrides, ...db.overrides }), { logs: false });
    su = await connectUrl(db.superUrl);
  });
  afterAll(async () => {
    await su?.end();
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('retries a failing e-mail with backoff and ends it in the dead-letter list, never dropped', async () => {
    const admin = await signupTenant(api);
    const { rows } = await su.query(
      `INSERT INTO reminders (tenant_id, id, kind, subject_type, subject_id, recipient_membership_id, due_at, status, unique_key, payload, created_at)
       VALUES ($1, gen_random_uuid(), 'deadline.approaching', 'case', gen_random_uuid(), $2, now() - interval '1 minute', 'pending', 'fail-1', '{}', now())
       RETURNING id`,
      [admin.tenantId, admin.membershipId],
    );
    const id = rows[0].id;
    await until(async () => (await su.query('SELECT status FROM reminders WHERE id = $1', [id])).rows[0].status === 'failed', 20_000);
    const r = (await su.query('SELECT last_error FROM reminders WHERE id = $1', [id])).rows[0];
    expect(r.last_error).toMatch(/ECONNREFUSED|connect/i);
    // The in-app notification still arrived; only the e-mail failed.
    const channels = (await su.query('SELECT channel FROM reminder_deliveries WHERE reminder_id = $1', [id])).rows.map((x) => x.channel);
    expect(channels).toEqual(['in_app']);
    const queue = worker.get<Queue>('BullQueue_reminders');
    const failed = await queue.getFailed();
    const job = failed.find((j) => j.id === id);
    expect(job?.attemptsMade).toBe(3);
    const health = JSON.parse((await worker.inject({ method: 'GET', url: '/health' })).body);
    expect(health.info.reminders.failed).toBeGreaterThanOrEqual(1);
  });

  it('protects the queue dashboard with the operators\' login', async () => {
    expect((await worker.inject({ method: 'GET', url: '/queues' })).statusCode).toBe(401);
    const wrong = Buffer.from('ops:wrong-password-000').toString('base64');
    expect((await worker.inject({ method: 'GET', url: '/queues', headers: { authorization: `Basic ${wrong}` } })).statusCode).toBe(401);
    const auth = `Basic ${Buffer.from('ops:operator-password-123').toString('base64')}`;
    const page = await worker.inject({ method: 'GET', url: '/queues', headers: { authorization: auth } });
    expect(page.statusCode).toBe(200);
    const queues = await worker.inject({ method: 'GET', url: '/queues/api/queues?activeQueue=reminders&status=failed', headers: { authorization: auth } });
    expect(queues.statusCode).toBe(200);
    expect(JSON.parse(queues.body).queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(['reminders', 'identity']));
  });
});
