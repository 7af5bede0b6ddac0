// The same work as the three case endpoints with nothing but Fastify and pg: verify the JWT, then
// replay the statements the API was seen sending for that endpoint (BENCH_QUERIES, captured by
// bench/cases.mjs: the transaction, set_config, the queries) with the caller's tenant, membership
// and case id bound in, the way the API sends them (pipelined in one write, named prepared
// statements), and answer the rows as camelCase JSON. The API is held against this. With
// API_PROCESSES > 1 it runs as many copies on one port (node:cluster), as the API does.
import cluster from 'node:cluster';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

// The API's own statement names, so both prepare the same statements (that one module only: the
// whole platform library would weigh on this route's RSS).
const { statementName } = createRequire(import.meta.url)('@reinstate/platform/dist/database/pipelined-read.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const secret = process.env.JWT_SECRET;
/** { endpoints: { name: { statements: [{ text, values }] } }, known: { tenantId, userId, membershipId, caseId } } */
const captured = JSON.parse(readFileSync(process.env.BENCH_QUERIES, 'utf8'));
const known = captured.known;
// The answer is the first statement that is neither transaction control nor the tenant's set_config
// (detail runs more after it — the lead's name, the clock's pauses — replayed but not answered).
for (const e of Object.values(captured.endpoints)) for (const s of e.statements) s.data = isData(s.text);

function isData(sql) {
  return !/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(sql) && !/\bset_config\(/.test(sql);
}

function verify(token) {
  const [h, p, s] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
  if (expected !== s) return null;
  return JSON.parse(Buffer.from(p, 'base64url').toString());
}

/** Captured values that were the caller's ids become this caller's ids; the rest stay literal. */
function bind(values, claims, caseId) {
  if (!values) return undefined;
  return values.map((v) => (v === known.tenantId ? claims.tid : v === known.membershipId ? claims.mid : v === known.userId ? claims.sub : v === known.caseId ? caseId : v));
}

/** Column alias → JSON key ("c_lead_membership_id" → "leadMembershipId"), worked out once per alias. */
const keys = new Map();
const keyOf = (k) => {
  let out = keys.get(k);
  if (out === undefined) keys.set(k, (out = k === 'c_tenant_id' ? null : k.replace(/^c_/, '').replace(/_([a-z])/g, (_, ch) => ch.toUpperCase())));
  return out;
};
function present(row) {
  const out = {};
  for (const k in row) {
    const key = keyOf(k);
    if (key !== null) out[key] = row[k];
  }
  return out;
}

for (const e of Object.values(captured.endpoints)) for (const s of e.statements) s.name = s.values ? statementName(s.text) : undefined;

async function replay(statements, claims, caseId) {
  const c = await pool.connect();
  c.pipeline = true;
  const stream = c.connection.stream;
  stream.cork();
  const sent = statements.map((s) => c.query(s.name ? { name: s.name, text: s.text, values: bind(s.values, claims, caseId) } : s.text));
  stream.uncork();
  try {
    const results = await Promise.all(sent);
    return results[statements.findIndex((s) => s.data)].rows.map(present);
  } finally {
    await Promise.allSettled(sent);
    c.pipeline = false;
    c.release();
  }
}

const app = Fastify({ logger: false });
const route = (name) => captured.endpoints[name].statements;
const auth = (req, reply) => {
  const claims = verify(String(req.headers.authorization ?? '').slice(7));
  if (!claims) reply.code(401).send({});
  return claims;
};
/** As the API's keyset page: the query fetched limit + 1 rows; the extra one only says "more". */
function page(rows, sortKey, statements) {
  // The page size the API asked for: the data statement's last bind value is limit + 1.
  const limit = statements.find((s) => s.data).values.at(-1) - 1;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const value = last?.[sortKey];
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([value ? value.toISOString() : null, last.id])).toString('base64url') : null;
  return { items, nextCursor };
}
app.get('/raw/my-queue', async (req, reply) => {
  const claims = auth(req, reply);
  return claims && page(await replay(route('queue'), claims), 'nextDueAt', route('queue'));
});
app.get('/raw/cases', async (req, reply) => {
  const claims = auth(req, reply);
  return claims && page(await replay(route('list'), claims), 'createdAt', route('list'));
});
app.get('/raw/cases/:id', async (req, reply) => {
  const claims = auth(req, reply);
  if (!claims) return;
  const [row] = await replay(route('detail'), claims, req.params.id);
  return row ?? reply.code(404).send({});
});
if (cluster.isPrimary && Number(process.env.API_PROCESSES ?? 1) > 1) {
  for (let i = 0; i < Number(process.env.API_PROCESSES); i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers)) w.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}
