import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import type { Client } from 'pg';
import { TestApi } from '../support/api';
import { connectUrl, freshDatabase, type FreshDatabase } from '../support/db';
import { signupTenant, type SignedIn } from '../support/fixtures';
import { until } from '../support/wait';

/**
 * Loss and duplication, for real: worker processes against their own Redis server, 1,000 due
 * reminders each time, and (a) FLUSHALL mid-run, (b) SIGKILL mid-batch and a restart, (c) two
 * workers at once. Every reminder must arrive exactly once: count .eml files and notification rows.
 */
const COUNT = 1000;
const root = join(__dirname, '..', '..');
const nodeBin = process.execPath;

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  // It takes a moment to listen: try until it answers.
  for (let i = 0; i < 100; i += 1) {
    const client = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      await client.ping();
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      client.disconnect();
    }
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server on port ${port} did not start`);
}


describe('reminders are never lost and never doubled', () => {
  const redisPort = 6400 + (process.pid % 500);
  const dataDir = mkdtempSync(join(tmpdir(), 'reinstate-delivery-'));
  let redis: ChildProcess;
  let api: TestApi;
  let su: Client;
  let db: FreshDatabase;
  const workers: ChildProcess[] = [];

  let workerEnv: NodeJS.ProcessEnv;
  const baseEnv = {
    ...process.env,
    NODE_ENV: 'test',
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    QUEUE_PREFIX: '{delivery}',
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    DATA_DIR: dataDir,
    WORKER_PORT: '0',
    LOG_LEVEL: 'error',
    REMINDER_SWEEP_MS: '200',
    REMINDER_REQUEUE_SECONDS: '3',
    QUEUE_LOCK_MS: '3000',
  };
  const startWorker = () => {
    workerEnv ??= { ...baseEnv, ...db.overrides };
    const w = spawn(nodeBin, [join(root, 'apps/worker/dist/main.js')], { env: workerEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    redis = await startRedis(redisPort);
    db = await freshDatabase('delivery');
    api = await TestApi.start(db.overrides);
    su = await connectUrl(db.superUrl);
  }, 30_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    redis?.kill('SIGKILL');
    await su?.end();
    await api?.close();
    await db?.drop();
  });

  /** 1,000 reminders of a fresh tenant, all due now. */
  async function dueReminders(): Promise<SignedIn> {
    const admin = await signupTenant(api);
    await su.query(
      `INSERT INTO reminders (tenant_id, id, kind, subject_type, subject_id, recipient_membership_id, due_at, status, unique_key, payload, created_at)
       SELECT $1, gen_random_uuid(), 'deadline.approaching', 'case', gen_random_uuid(), $2, now() - interval '1 minute', 'pending', 'load:' || g, '{"caseNumber": 1, "hoursLeft": 3}', now()
         FROM generate_series(1, $3) g`,
      [admin.tenantId, admin.membershipId, COUNT],
    );
    return admin;
  }

  const sent = async (tenantId: string) =>
    (await su.query(`SELECT count(*)::int AS n FROM reminders WHERE tenant_id = $1 AND status = 'sent'`, [tenantId])).rows[0].n as number;

  async function expectExactlyOnce(tenantId: string): Promise<void> {
    await until(async () => (await sent(tenantId)) === COUNT, 90_000, `${COUNT} reminders sent`);
    const mailDir = join(dataDir, 'mail', tenantId);
    const files = existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : [];
    const notifications = (await su.query(`SELECT count(*)::int AS n FROM notifications WHERE tenant_id = $1 AND kind = 'deadline.approaching'`, [tenantId])).rows[0].n;
    const deliveries = (await su.query(`SELECT channel, count(*)::int AS n FROM reminder_deliveries WHERE tenant_id = $1 GROUP BY channel ORDER BY channel`, [tenantId])).rows;
    expect({ files: files.length, notifications, deliveries }).toEqual({
      files: COUNT,
      notifications: COUNT,
      deliveries: [
        { channel: 'email', n: COUNT },
        { channel: 'in_app', n: COUNT },
      ],
    });
  }

  it('(a) survives FLUSHALL of Redis mid-run', async () => {
    const admin = await dueReminders();
    const worker = startWorker();
    await until(async () => (await sent(admin.tenantId)) >= 100, 60_000, 'the first deliveries');
    const r = new Redis({ port: redisPort });
    await r.flushall();
    r.disconnect();
    await expectExactlyOnce(admin.tenantId);
    worker.kill('SIGTERM');
  }, 120_000);

  it('(b) survives SIGKILL of the worker mid-batch and a restart', async () => {
    const admin = await dueReminders();
    const first = startWorker();
    await until(async () => (await sent(admin.tenantId)) >= 100, 60_000, 'the first deliveries');
    first.kill('SIGKILL');
    const second = startWorker();
    await expectExactlyOnce(admin.tenantId);
    second.kill('SIGTERM');
  }, 120_000);

  it('(c) delivers once with two workers at once', async () => {
    const admin = await dueReminders();
    const a = startWorker();
    const b = startWorker();
    await expectExactlyOnce(admin.tenantId);
    a.kill('SIGTERM');
    b.kill('SIGTERM');
  }, 120_000);
});
