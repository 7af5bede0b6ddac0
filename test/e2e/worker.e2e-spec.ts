import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestApi } from '../support/api';
import { testConfig } from '../support/config';
import { connectUrl, freshDatabase, type FreshDatabase } from '../support/db';
import { signupTenant, uniqueEmail } from '../support/fixtures';
import { until } from '../support/wait';


describe('worker', () => {
  let api: TestApi;
  let worker: NestFastifyApplication;
  let db: FreshDatabase;

  beforeAll(async () => {
    db = await freshDatabase('worker');
    // Same Redis key space for both: the api enqueues, the worker consumes.
    const prefix = `{rt-${process.env.TEST_RUN_ID}-worker-${process.pid}}`;
    api = await TestApi.start({ QUEUE_PREFIX: prefix, ...db.overrides });
    worker = await createWorkerApp(testConfig({ QUEUE_PREFIX: prefix, ...db.overrides }), { logs: false });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('processes a job enqueued by the api inside the job tenant context', async () => {
    const admin = await signupTenant(api);
    const created = await api.post('/api/v1/invitations', { email: uniqueEmail('w'), role: 'client' }, admin.accessToken);
    const id = created.body.invitation.id;
    expect(created.body.invitation.sentAt).toBeNull();

    const sent = await until(async () => {
      const res = await api.get(`/api/v1/invitations/${id}`, admin.accessToken);
      return res.body.sentAt as string | null;
    });
    expect(Date.parse(sent)).not.toBeNaN();

    // The worker wrote through RLS as the tenant: its audit row carries the tenant and the job id.
    const audit = await api.get(`/api/v1/audit-events?entityId=${id}&action=invitation.sent`, admin.accessToken);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorRole: 'system', actorUserId: null, requestId: expect.stringMatching(/^job:identity:/) });

    // Redelivery changes nothing (idempotent): resend enqueues again, sentAt stays.
    await api.post(`/api/v1/invitations/${id}/resend`, undefined, admin.accessToken);
    await new Promise((r) => setTimeout(r, 500));
    const su = await connectUrl(db.superUrl);
    try {
      const rows = await su.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'invitation.sent'`, [id]);
      expect(rows.rows[0].n).toBe(1);
    } finally {
      await su.end();
    }
  });

  it('reports health with PostgreSQL, Redis and queue counts', async () => {
    const res = await worker.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up', queues: { identity: expect.any(Object) } } },
    });
  });

  it('discards a malformed job instead of retrying it', async () => {
    const queue = worker.get<import('bull').Queue>('BullQueue_identity');
    const job = await queue.add('deliver-invitation', { tenantId: 'nope', invitationId: 'x' }, { attempts: 3, removeOnFail: false });
    const failed = await until(async () => ((await job.getState()) === 'failed' ? job : null));
    const fresh = await queue.getJob(failed.id);
    expect(fresh?.attemptsMade).toBe(1);
    expect(fresh?.failedReason).toMatch(/malformed payload/);
  });

  it('finishes the job in hand when shut down', async () => {
    const prefix = `{rt-${process.env.TEST_RUN_ID}-shutdown-${process.pid}}`;
    const producer = await TestApi.start({ QUEUE_PREFIX: prefix, ...db.overrides });
    const admin = await signupTenant(producer);
    const su = await connectUrl(db.superUrl);
    try {
      // Hold the invitation row so the job blocks mid-work on its FOR UPDATE.
      const created = await producer.post('/api/v1/invitations', { email: uniqueEmail('s'), role: 'client' }, admin.accessToken);
      const id = created.body.invitation.id;
      await su.query('BEGIN');
      await su.query('SELECT 1 FROM invitations WHERE id = $1 FOR UPDATE', [id]);
      const busy = await createWorkerApp(testConfig({ QUEUE_PREFIX: prefix, ...db.overrides }), { logs: false });
      const queue = busy.get<import('bull').Queue>('BullQueue_identity');
      await until(async () => (await queue.getActiveCount()) > 0);

      let closed = false;
      const closing = busy.close().then(() => {
        closed = true;
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(closed).toBe(false); // still waiting for the job in hand
      await su.query('COMMIT');
      await closing;
      const row = await su.query('SELECT sent_at FROM invitations WHERE id = $1', [id]);
      expect(row.rows[0].sent_at).toBeInstanceOf(Date);
    } finally {
      await su.end();
      await producer.close();
    }
  });
});
