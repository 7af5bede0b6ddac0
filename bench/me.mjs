// GET /api/v1/me under load, next to a bare Fastify route and a raw-pg route doing the same
// SQL, in one run on one machine, so the framework's overhead reads as a ratio.
//   node bench/me.mjs            (BENCH_SECONDS=10 BENCH_CONNECTIONS=50 by default)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS, apiEnv, load, rssMiB, startServer, stop, table, waitFor } from './lib/harness.mjs';
import { benchDatabase } from './lib/database.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const db = await benchDatabase('reinstate_bench_me');
const env = apiEnv(db);

const rows = [];
const bare = startServer('bare', [join(root, 'bench/servers/bare-fastify.mjs')], { PORT: '3101' });
await waitFor('http://127.0.0.1:3101/bare');
const bareResult = await load('http://127.0.0.1:3101/bare', { seconds, connections });
rows.push({ target: 'bare Fastify GET /bare', ...fmt(bareResult), rss_mib: rssMiB(bare.pid).toFixed(0) });
await stop(bare);

const api = startServer('api', [...API_NODE_FLAGS, join(root, 'apps/api/dist/main.js')], { ...env, PORT: '3102' });
await waitFor('http://127.0.0.1:3102/health');
const signup = await fetch('http://127.0.0.1:3102/api/v1/auth/signup', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ tenantName: 'Bench', displayName: 'Bench', email: `bench-${Date.now()}@example.test`, password: 'bench-password-123' }),
});
const { accessToken } = await signup.json();
const headers = { authorization: `Bearer ${accessToken}` };

const raw = startServer('raw', [join(root, 'bench/servers/raw-pg-me.mjs')], { ...env, PORT: '3103' });
await waitFor('http://127.0.0.1:3103/raw-me');
const rawResult = await load('http://127.0.0.1:3103/raw-me', { seconds, connections, headers });
rows.push({ target: 'raw pg, same SQL', ...fmt(rawResult), rss_mib: rssMiB(raw.pid).toFixed(0) });
await stop(raw);

const rssBefore = rssMiB(api.pid);
const apiResult = await load('http://127.0.0.1:3102/api/v1/me', { seconds, connections, headers });
rows.push({ target: 'Reinstate GET /api/v1/me', ...fmt(apiResult), rss_mib: `${rssMiB(api.pid).toFixed(0)} (idle ${rssBefore.toFixed(0)})` });
await stop(api);
await db.drop();

console.log(`\nGET /api/v1/me — ${connections} connections, ${seconds}s each, Node ${process.version}\n`);
console.log(table(rows));
console.log(`\nratio /me ÷ bare Fastify: ${(apiResult.rps / bareResult.rps).toFixed(3)}`);
console.log(`ratio /me ÷ raw pg same SQL: ${(apiResult.rps / rawResult.rps).toFixed(3)}  (DESIGN.md §9 goal ≥ 0.7)`);

function fmt(r) {
  return { req_s: r.rps.toFixed(0), p50_ms: r.p50.toFixed(1), p99_ms: r.p99.toFixed(1), requests: r.total };
}
