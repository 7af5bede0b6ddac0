// The same work as GET /api/v1/me with nothing but Fastify and pg: verify the JWT, open the
// tenant transaction, run the same three queries, sent as the API sends them (BEGIN, set_config,
// the queries and COMMIT pipelined in one write, named prepared statements). The API is held
// against this (DESIGN.md §9).
import { createHmac } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.JWT_SECRET;

function verify(token) {
  const [h, p, s] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
  if (expected !== s) return null;
  return JSON.parse(Buffer.from(p, 'base64url').toString());
}

const app = Fastify({ logger: false });
app.get('/raw-me', async (req, reply) => {
  const claims = verify(String(req.headers.authorization ?? '').slice(7));
  if (!claims) return reply.code(401).send({});
  const c = await pool.connect();
  c.pipeline = true;
  c.connection.stream.cork();
  const q = (name, text, values) => c.query({ name, text, values });
  const sent = [
    c.query('BEGIN READ ONLY'),
    q('scope', "SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)", [claims.tid, claims.sub]),
    q('user', 'SELECT id, email, display_name, locale, created_at, updated_at FROM users WHERE id = $1', [claims.sub]),
    q('tenant', 'SELECT * FROM tenants WHERE id = $1', [claims.tid]),
    q('memberships', `SELECT m.id, m.tenant_id, t.name, m.role FROM memberships m JOIN tenants t ON t.id = m.tenant_id
          WHERE m.user_id = $1 AND m.status = 'active' ORDER BY t.name, m.tenant_id`, [claims.sub]),
    c.query('COMMIT'),
  ];
  c.connection.stream.uncork();
  try {
    const [, , users, tenants, memberships] = await Promise.all(sent);
    const user = users.rows[0];
    return { userId: user.id, email: user.email, role: claims.role, tenant: tenants.rows[0], memberships: memberships.rows };
  } finally {
    await Promise.allSettled(sent);
    c.pipeline = false;
    c.release();
  }
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
