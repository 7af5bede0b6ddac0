// The case endpoints under load on a seeded 1,000 tenants × 1,000 cases: "my queue", a filtered
// tenant list and case detail, each through the API (autocannon), through a raw-pg Fastify route
// replaying the same statements, and through pgbench running those statements as the app role —
// so each endpoint reads as a ratio of raw Node + pg and of the database's own throughput. Then
// EXPLAIN (ANALYZE, BUFFERS) of every query, flagging sequential scans.
//   npm run bench:cases   (seeds on first run, ~3 min; reused after; `-- --reseed` forces)
// Env: BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_PGBENCH_CLIENTS=50 BENCH_PGBENCH_MODE=prepared BENCH_API_PROCESSES=1 BENCH_ROUNDS=3
//      BENCH_LIST_QUERY (below) BENCH_TENANTS / BENCH_CASES_PER_TENANT / BENCH_CASES_DATABASE (seed)
// Measured figures and how to read them: bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { API_NODE_FLAGS, apiEnv, load, rssMiB, startServer, stop, table, waitFor } from './lib/harness.mjs';
import { BENCH_PASSWORD, DATABASE, KNOWN, seedCases } from './cases/seed.mjs';

/**
 * The filtered tenant list. A full page (≈100 matches in a 1,000-case tenant, 50 shown) is the
 * heavier realistic case. Switch to the service clock's filters when they land, e.g.
 * `assignee=${membershipId}&sort=deadline` (the placeholder is replaced with the consultant's id).
 */
const LIST_QUERY = process.env.BENCH_LIST_QUERY ?? 'status=reinstated&category=authenticity';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const pgbenchClients = Number(process.env.BENCH_PGBENCH_CLIENTS ?? 50);
const pgbenchMode = process.env.BENCH_PGBENCH_MODE ?? 'prepared';
/** Copies of the API (and of the raw route) sharing the port. One: on these 2 cores, shared with PostgreSQL and the load generator, a second copy adds little throughput and lengthens the tail (bench/README.md). */
const processes = Number(process.env.BENCH_API_PROCESSES ?? 1);
/** Rounds per endpoint (API and raw route alternate); figures are medians. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'bench-cases-'));

const loadBefore = loadavg();
const u = await seedCases({ force: process.argv.includes('--reseed') });
const env = apiEnv(u, { JWT_ACCESS_TTL_SECONDS: '3600', API_PROCESSES: String(processes) });
const api = (port, extra = {}, flags = []) => startServer('api', [...API_NODE_FLAGS, ...flags, join(root, 'apps/api/dist/main.js')], { ...env, ...extra, PORT: String(port) });

// 1. Capture: an API with pg's query() wrapped logs each endpoint's statements (second call, warm).
const sqlLog = join(work, 'sql.jsonl');
writeFileSync(sqlLog, '');
const capturing = api(3111, { BENCH_SQL_LOG: sqlLog, API_PROCESSES: '1' }, ['--require', join(root, 'bench/cases/capture-sql.cjs')]);
await waitFor('http://127.0.0.1:3111/health');
const login = await post('http://127.0.0.1:3111/api/v1/auth/login', { email: KNOWN.consultant, password: BENCH_PASSWORD });
const token = login.tokens?.accessToken;
if (!token) throw new Error(`login as ${KNOWN.consultant} failed: ${JSON.stringify(login)}`);
const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
const headers = { authorization: `Bearer ${token}` };
const queuePage = await get('http://127.0.0.1:3111/api/v1/my-queue', headers);
const queue = Array.isArray(queuePage) ? queuePage : queuePage.items;
if (!Array.isArray(queue) || queue.length === 0) throw new Error(`empty queue for ${KNOWN.consultant}`);
const caseId = queue[0].id;
const listQuery = LIST_QUERY.replace('${membershipId}', claims.mid);
const endpoints = [
  { name: 'queue', path: '/api/v1/my-queue', raw: '/raw/my-queue' },
  { name: 'list', path: `/api/v1/cases?${listQuery}`, raw: `/raw/cases?${listQuery}` },
  { name: 'detail', path: `/api/v1/cases/${caseId}`, raw: `/raw/cases/${caseId}` },
];
for (const e of endpoints) {
  await get(`http://127.0.0.1:3111${e.path}`, headers);
  const from = statSync(sqlLog).size;
  e.sample = await get(`http://127.0.0.1:3111${e.path}`, headers);
  await new Promise((r) => setTimeout(r, 50));
  e.statements = readFileSync(sqlLog, 'utf8').slice(from).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  e.items = Array.isArray(e.sample) ? e.sample.length : Array.isArray(e.sample.items) ? e.sample.items.length : 1;
}
await stop(capturing);
const known = { tenantId: claims.tid, userId: claims.sub, membershipId: claims.mid, caseId };
const queriesFile = join(work, 'queries.json');
writeFileSync(queriesFile, JSON.stringify({ known, endpoints: Object.fromEntries(endpoints.map((e) => [e.name, { statements: e.statements }])) }, null, 2));

console.log(`\nConsultant ${KNOWN.consultant} (tenant ${claims.tid}); statements per request as captured from the API:`);
for (const e of endpoints) {
  console.log(`\n— ${e.name}: GET ${e.path}  (${e.items} item${e.items === 1 ? '' : 's'})`);
  for (const s of e.statements) console.log(`  ${oneLine(s.text)}${s.values?.length ? `  -- ${JSON.stringify(s.values)}` : ''}`);
}

// 2. Per endpoint, back to back so the three see the same machine: the API, the raw-pg route
//    replaying the captured statements, and pgbench running them (as the app role, RLS on).
const server = api(3112);
// The same V8 flags as the API, so the comparison is of the code and not of the young generation.
const raw = startServer('raw', [...API_NODE_FLAGS, join(root, 'bench/servers/raw-pg-cases.mjs')], { ...env, BENCH_QUERIES: queriesFile, PORT: '3113' });
let idleRss;
try {
  await waitFor('http://127.0.0.1:3112/health');
  await waitFor('http://127.0.0.1:3113/raw/my-queue');
  idleRss = { api: rssMiB(server.pid), raw: rssMiB(raw.pid) };
  for (const e of endpoints) {
    const body = await get(`http://127.0.0.1:3113${e.raw}`, headers);
    const n = Array.isArray(body) ? body.length : Array.isArray(body.items) ? body.items.length : 1;
    if (n !== e.items) throw new Error(`raw ${e.name} answered ${n} items, the API ${e.items}`);
    // Rounds alternate API and raw route; each figure is the median of its rounds (p99 of one 10 s
    // run moves by ±30 % on this shared box), the p99s of every round are printed beside it.
    const apiRuns = [];
    const rawRuns = [];
    for (let r = 0; r < rounds; r++) {
      apiRuns.push(await load(`http://127.0.0.1:3112${e.path}`, { seconds, connections, headers, pid: server.pid }));
      rawRuns.push(await load(`http://127.0.0.1:3113${e.raw}`, { seconds, connections, headers, pid: raw.pid }));
    }
    e.api = { ...medianRun(apiRuns), rss: rssMiB(server.pid) };
    e.raw = { ...medianRun(rawRuns), rss: rssMiB(raw.pid) };
    e.pgbench = pgbench(e);
  }
} finally {
  // Never leave the servers behind, also when a check above fails.
  await stop(server);
  await stop(raw);
}

// 3. Plans of every data query, prepared as the API runs it, as the app role inside the tenant transaction.
const plans = await explainAll(endpoints);

const rows = [];
for (const e of endpoints) {
  const label = `${e.name} (${e.items})`;
  rows.push({ endpoint: label, target: 'API (NestJS+TypeORM)', ...fmt(e.api), rss_mib: `${e.api.rss.toFixed(0)} (idle ${idleRss.api.toFixed(0)})` });
  rows.push({ endpoint: '', target: 'raw pg, same SQL', ...fmt(e.raw), rss_mib: `${e.raw.rss.toFixed(0)} (idle ${idleRss.raw.toFixed(0)})` });
  rows.push({ endpoint: '', target: `pgbench -M ${pgbenchMode}`, ...fmt(e.pgbench), rss_mib: '-' });
}
const loadAfter = loadavg();
console.log(`\nPlans (EXPLAIN ANALYZE, BUFFERS of the prepared statement after six executions; as reinstate_app with app.tenant_id set):`);
for (const p of plans) console.log(`\n— ${p.endpoint}: ${p.seq ? '*** SEQ SCAN ***' : 'index scans only'}\n${p.plan}`);
console.log(`\nCase endpoints — ${DATABASE}, ${connections} connections / ${pgbenchClients} pgbench clients, ${rounds} × ${seconds}s each (medians), ${processes} API (and raw) process${processes === 1 ? '' : 'es'}, Node ${process.version}`);
console.log(`load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')} (other processes share the 2 cores)\n`);
console.log(table(rows));
console.log('');
console.log(
  table(
    endpoints.map((e) => ({
      endpoint: e.name,
      'API ÷ raw pg (goal ≥ 0.7)': (e.api.rps / e.raw.rps).toFixed(3),
      'raw ÷ API CPU per request': (e.raw.cpuMs / e.api.cpuMs).toFixed(3),
      'API ÷ pgbench': (e.api.rps / e.pgbench.rps).toFixed(3),
      'API p99 < 50 ms': e.api.p99 < 50 ? 'yes' : 'NO',
      plans: plans.filter((p) => p.name === e.name).every((p) => !p.seq) ? 'index scans' : 'SEQ SCAN',
    })),
  ),
);
rmSync(work, { recursive: true, force: true });

function pgbench(e) {
  // Each statement's $n becomes a pgbench variable s<i>p<n>, set with -D to the captured value
  // (pgbench binds it as a parameter under -M prepared/extended); -D cannot say '', so that is inlined.
  const defs = [];
  const script = e.statements
    .map((s, i) => {
      const text = s.text.replace(/\$(\d+)/g, (_, n) => {
        const v = s.values[Number(n) - 1];
        if (v === '') return "''";
        defs.push('-D', `s${i}p${n}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
        return `:s${i}p${n}`;
      });
      return `${text};\n`;
    })
    .join('');
  const file = join(work, `${e.name}.sql`);
  writeFileSync(file, script);
  const url = new URL(u.appUrl);
  const args = ['-n', '-h', url.hostname, '-p', url.port || '5432', '-U', url.username, '-M', pgbenchMode, '-f', file, ...defs];
  const clients = ['-c', String(pgbenchClients), '-j', '2'];
  execFileSync('pgbench', [...args, ...clients, '-T', '2', DATABASE], { stdio: 'pipe' }); // warm-up
  const logDir = mkdtempSync(join(work, `pgb-${e.name}-`));
  const out = execFileSync('pgbench', [...args, ...clients, '-T', String(seconds), '-l', `--log-prefix=${join(logDir, 'tx')}`, DATABASE], { encoding: 'utf8' });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
  if (!tps || failed > 0) throw new Error(`pgbench ${e.name}: ${out}`);
  // Per-transaction log: "client tx latency_us script epoch us"; percentiles over all of them.
  const lat = readdirSync(logDir)
    .flatMap((f) => readFileSync(join(logDir, f), 'utf8').trim().split('\n'))
    .map((l) => Number(l.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  return { rps: tps, p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)], total: lat.length };
}

/**
 * Plans of every data query as the app role inside the tenant transaction — of the prepared
 * statement, as the API runs it: PREPAREd, executed six times (PostgreSQL then chooses between
 * a generic and a custom plan), then EXPLAIN (ANALYZE, BUFFERS) EXECUTE.
 */
async function explainAll(list) {
  const c = new pg.Client({ connectionString: u.appUrl });
  await c.connect();
  const out = [];
  const literal = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : c.escapeLiteral(typeof v === 'string' ? v : JSON.stringify(v)));
  try {
    for (const e of list) {
      const data = e.statements.filter((s) => !/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text) && !/\bset_config\(/.test(s.text));
      const setup = e.statements.find((s) => /set_config/.test(s.text));
      await c.query('BEGIN');
      await c.query(setup.text, setup.values);
      for (const [i, s] of data.entries()) {
        const name = `bench_${e.name}_${i}`;
        await c.query(`PREPARE ${name} AS ${s.text}`);
        const execute = `EXECUTE ${name}${s.values?.length ? `(${s.values.map(literal).join(', ')})` : ''}`;
        for (let k = 0; k < 6; k++) await c.query(execute);
        const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
        const plan = r.rows.map((x) => `    ${x['QUERY PLAN']}`).join('\n');
        out.push({ name: e.name, endpoint: `${e.name}: ${oneLine(s.text).slice(0, 90)}…`, plan, seq: /Seq Scan/.test(plan) });
      }
      await c.query('ROLLBACK');
    }
  } finally {
    await c.end();
  }
  return out;
}

/** Median of each figure over the rounds; `p99s` keeps every round's p99. */
function medianRun(runs) {
  const med = (f) => {
    const v = runs.map(f).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  return { rps: med((r) => r.rps), p50: med((r) => r.p50), p99: med((r) => r.p99), total: runs.reduce((a, r) => a + r.total, 0), cpuMs: med((r) => r.cpuMs), p99s: runs.map((r) => r.p99) };
}

function fmt(r) {
  return {
    req_s: r.rps.toFixed(0),
    p50_ms: r.p50.toFixed(1),
    p99_ms: r.p99.toFixed(1),
    p99_rounds: r.p99s ? r.p99s.map((x) => x.toFixed(0)).join(' ') : '-',
    requests: r.total,
    cpu_ms_req: r.cpuMs == null ? '-' : r.cpuMs.toFixed(3),
  };
}

function oneLine(sql) {
  return sql.replace(/\s+/g, ' ').trim();
}

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

async function get(url, h) {
  const res = await fetch(url, { headers: h });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}
