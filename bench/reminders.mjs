// 100,000 reminders due at once, delivered by one worker process: prints throughput and the lag
// from due time to delivery (p50/p99), next to a plain Redis LPUSH/BRPOP loop of the same count.
//   node bench/reminders.mjs        (BENCH_REMINDERS=100000)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Redis from 'ioredis';
import { rssMiB, startServer, stop, table } from './lib/harness.mjs';
import { benchDatabase } from './lib/database.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const root = join(fileURLToPath(import.meta.url), '..', '..');
const count = Number(process.env.BENCH_REMINDERS ?? 100_000);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// The floor: a bare Redis queue moving the same number of messages.
const producer = new Redis(redisUrl);
const consumer = new Redis(redisUrl);
const key = `{bench}:floor:${randomUUID()}`;
let t0 = performance.now();
const pushing = (async () => {
  for (let i = 0; i < count; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - i) }, (_, j) => String(i + j));
    await producer.lpush(key, ...batch);
  }
})();
for (let received = 0; received < count; received += 1) await consumer.brpop(key, 5);
await pushing;
const floorSeconds = (performance.now() - t0) / 1000;
producer.disconnect();
consumer.disconnect();

const db = await benchDatabase('reinstate_bench_reminders');
const su = new Client({ connectionString: new URL(`/${'reinstate_bench_reminders'}`, db.adminUrl).toString() });
await su.connect();
const tenant = randomUUID();
const user = randomUUID();
const member = randomUUID();
await su.query(`INSERT INTO tenants (id, name) VALUES ($1, 'Bench')`, [tenant]);
await su.query(`INSERT INTO users (id, email, password_hash, display_name) VALUES ($1, $2, 'x', 'Bench')`, [user, `bench-${tenant}@example.test`]);
await su.query(`INSERT INTO memberships (tenant_id, id, user_id, role) VALUES ($1, $2, $3, 'admin')`, [tenant, member, user]);
await su.query(
  `INSERT INTO reminders (tenant_id, id, kind, subject_type, subject_id, recipient_membership_id, due_at, status, unique_key, payload, created_at)
   SELECT $1, gen_random_uuid(), 'deadline.approaching', 'case', gen_random_uuid(), $2, now(), 'pending', 'bench:' || g, '{"caseNumber": 1, "hoursLeft": 3}', now()
     FROM generate_series(1, $3) g`,
  [tenant, member, count],
);
const dueAt = (await su.query('SELECT max(due_at) AS t FROM reminders')).rows[0].t;

const dataDir = mkdtempSync(join(tmpdir(), 'reinstate-bench-reminders-'));
t0 = performance.now();
const worker = startServer('worker', ['--max-semi-space-size=16', '--expose-gc', join(root, 'apps/worker/dist/main.js')], {
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  WORKER_PORT: '0',
  DATABASE_URL: db.appUrl,
  DATABASE_OWNER_URL: db.ownerUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: `{bench-${randomUUID().slice(0, 8)}}`,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  DATA_DIR: dataDir,
  REMINDER_SWEEP_MS: '250',
  REMINDER_BATCH: '2000',
  DATABASE_POOL_SIZE: '20',
});
let peakRss = 0;
for (;;) {
  const sent = Number((await su.query(`SELECT count(*) AS n FROM reminders WHERE status = 'sent'`)).rows[0].n);
  peakRss = Math.max(peakRss, rssMiB(worker.pid));
  if (sent >= count) break;
  if (performance.now() - t0 > 90 * 60_000) throw new Error(`only ${sent} of ${count} sent after 90 minutes`);
  await new Promise((r) => setTimeout(r, 500));
}
const seconds = (performance.now() - t0) / 1000;
const lag = (
  await su.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p99,
            count(*) FILTER (WHERE status = 'sent') AS sent
       FROM reminders`,
  )
).rows[0];
const deliveries = (await su.query('SELECT count(*) AS n FROM reminder_deliveries')).rows[0].n;
await stop(worker);
await su.end();
await db.drop();
rmSync(dataDir, { recursive: true, force: true });

console.log(`\n${count} reminders due at ${new Date(dueAt).toISOString()}, one worker process, Node ${process.version}\n`);
console.log(
  table([
    { path: 'Redis LPUSH/BRPOP loop (floor)', seconds: floorSeconds.toFixed(1), per_s: (count / floorSeconds).toFixed(0), lag_p50_s: '-', lag_p99_s: '-', rss_mib: '-' },
    {
      path: 'reminders: sweep → Bull → deliver (in-app + .eml)',
      seconds: seconds.toFixed(1),
      per_s: (count / seconds).toFixed(0),
      lag_p50_s: Number(lag.p50).toFixed(1),
      lag_p99_s: Number(lag.p99).toFixed(1),
      rss_mib: peakRss.toFixed(0),
    },
  ]),
);
console.log(`\nratio reminders ÷ floor: ${(floorSeconds / seconds).toFixed(4)}; all sent: ${lag.sent}; delivery records: ${deliveries} (2 per reminder)`);
