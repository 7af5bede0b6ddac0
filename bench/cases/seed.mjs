// Seeds the case benchmark's database: 1,000 tenants × 1,000 cases (env-overridable), with
// admins, consultants (memberships + profiles), 100–300 clients each (plans, memberships, a few
// client users), timeline events and one notice per case. Set-based SQL as the superuser, in a
// few big transactions; an existing seed of the same shape is reused (`--force` re-seeds).
//   node bench/cases/seed.mjs [--force]
// Every seeded user has the password BENCH_PASSWORD; the accounts the benchmark logs in with are
// in KNOWN below (tenant 1: 11 consultants, 153 clients — a middle-sized consultancy).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const { ensureDatabase, runMigrations, dropDatabase, withDatabase } = require('@reinstate/platform');

export const DATABASE = process.env.BENCH_CASES_DATABASE ?? 'reinstate_bench_cases';
export const TENANTS = Number(process.env.BENCH_TENANTS ?? 1000);
export const CASES_PER_TENANT = Number(process.env.BENCH_CASES_PER_TENANT ?? 1000);
export const BENCH_PASSWORD = 'bench-password-123';
const TENANT_1 = 't0001.bench.test';
export const KNOWN = {
  admin: `admin01@${TENANT_1}`,
  consultant: `consultant01@${TENANT_1}`,
  client: `client01@${TENANT_1}`,
};
/** Bump when the seed's shape changes, so an older seed is not silently reused. */
const SEED_VERSION = 1;
const marker = `bench-cases seed v${SEED_VERSION}: tenants=${TENANTS} cases=${CASES_PER_TENANT}`;

const CATEGORIES = [
  ['ip_complaint', 20, '知的財産権の申し立て'],
  ['authenticity', 18, '真贋に関する苦情'],
  ['condition', 8, '商品の状態'],
  ['late_shipment', 10, '出荷遅延率'],
  ['cancellation', 5, '注文キャンセル率'],
  ['customer_service', 4, 'カスタマーサービス'],
  ['pricing', 4, '価格設定'],
  ['listing_accuracy', 8, '出品情報の不正確さ'],
  ['review_manipulation', 6, 'レビューの不正操作'],
  ['related_accounts', 6, '関連アカウント'],
  ['restricted_product', 6, '制限対象商品'],
  ['account_security', 3, 'アカウントのセキュリティ'],
  ['other', 2, 'その他'],
];
const OPEN_STATUSES = [
  ['intake', 8],
  ['triage', 8],
  ['drafting', 20],
  ['internal_review', 10],
  ['client_review', 10],
  ['ready_to_submit', 5],
  ['submitted', 10],
  ['awaiting_reply', 17],
  ['more_info_requested', 12],
];
const ENDED_STATUSES = [
  ['reinstated', 55],
  ['rejected', 15],
  ['closed', 30],
];
/** Status changes a case in this status went through (the timeline's length). */
const STATUS_STEPS = { intake: 0, triage: 1, drafting: 2, internal_review: 3, client_review: 3, ready_to_submit: 3, submitted: 3, awaiting_reply: 3, more_info_requested: 3, reinstated: 3, rejected: 3, closed: 2 };
const stepsOf = (col) => `(CASE ${col} ${Object.entries(STATUS_STEPS).map(([s, k]) => `WHEN ${lit(s)} THEN ${k}`).join(' ')} END)`;

const lit = (s) => (s === null ? 'NULL' : `'${String(s).replace(/'/g, "''")}'`);
/** CASE expression picking a value by weight from `r`, a uniform random in [0, 1) computed once (a column, not random() itself). */
function pick(r, weighted) {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const arms = weighted.slice(0, -1).map(([v, w]) => `WHEN ${r} < ${((acc += w) / total).toFixed(6)} THEN ${lit(v)}`);
  return `(CASE ${arms.join(' ')} ELSE ${lit(weighted.at(-1)[0])} END)`;
}
/** A UUIDv7 (RFC 9562) for a timestamp: 48-bit milliseconds, version 7, random rest (variant kept from gen_random_uuid). */
const uuid7 = (ts) => `(lpad(to_hex((extract(epoch FROM ${ts}) * 1000)::bigint), 12, '0') || '7' || right(replace(gen_random_uuid()::text, '-', ''), 19))::uuid`;

export function urls() {
  const admin = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const asRole = (role) => {
    const u = new URL(withDatabase(admin, DATABASE));
    u.username = role;
    u.password = '';
    return u.toString();
  };
  return { adminUrl: admin, superUrl: withDatabase(admin, DATABASE), ownerUrl: asRole('reinstate_owner'), appUrl: asRole('reinstate_app') };
}

/** Creates, migrates and seeds the database unless a seed of this shape is already there. */
export async function seedCases({ force = false, log = console.log } = {}) {
  const u = urls();
  const existing = force ? null : await currentMarker(u);
  if (existing === marker) {
    const ran = await runMigrations(u.ownerUrl);
    if (ran.length > 0) log(`seed reused; ran new migrations ${ran.join(', ')}`);
    else log(`seed reused (${marker}); --force to re-seed`);
    await withClient(u.superUrl, (c) => topUp(c, log));
    return u;
  }
  log(existing ? `existing seed "${existing}" differs; re-seeding` : `seeding ${DATABASE}: ${marker}`);
  await dropDatabase(u.adminUrl, DATABASE);
  await ensureDatabase(u.adminUrl, DATABASE);
  await runMigrations(u.ownerUrl);
  const argon2 = require('argon2');
  // OWASP minimum, as the app's PasswordHasher; one hash shared by every seeded user.
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const { readNotice } = require('@reinstate/cases');
  const { DEMO_NOTICE } = require(join(root, 'apps/cli/dist/demo-notice.js'));
  const reading = readNotice(DEMO_NOTICE, { receivedAt: new Date('2025-01-06T01:00:00Z'), timeZone: 'Asia/Tokyo' });

  const started = Date.now();
  await withClient(u.superUrl, async (c) => {
    // Superuser: RLS does not apply. Generated rows are consistent by construction, so the
    // bulk load skips FK triggers (replica role) and builds secondary indexes afterwards.
    await c.query(`SET synchronous_commit = off`);
    await c.query(`SET maintenance_work_mem = '512MB'`);
    await c.query(`SET work_mem = '64MB'`);
    await c.query(`SET session_replication_role = replica`);
    const step = async (name, sql, params) => {
      const t0 = Date.now();
      const r = await c.query(sql, params);
      const rows = Array.isArray(r) ? r[0].rowCount : r.rowCount;
      log(`  ${name.padEnd(28)} ${String(rows ?? '').padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    };
    await c.query('BEGIN');
    await step('plan (temp tables)', planSql());
    await step('bench staff', staffSql());
    await step('bench clients', clientsSql());
    await step('tenants', `INSERT INTO tenants (id, name, time_zone, default_locale, created_at, updated_at)
      SELECT id, format('ベンチ・コンサルティング %s', lpad(t::text, 4, '0')), 'Asia/Tokyo', 'ja', created_at, created_at FROM bt`);
    await step('users', `INSERT INTO users (id, email, password_hash, display_name, locale, created_at, updated_at)
      SELECT user_id, email, $1, display_name, 'ja', created_at, created_at FROM bs`, [hash]);
    await step('memberships', `INSERT INTO memberships (tenant_id, id, user_id, role, status, created_at, updated_at)
      SELECT tenant_id, membership_id, user_id, role, 'active', created_at, created_at FROM bs`);
    await step('consultant_profiles', `INSERT INTO consultant_profiles (tenant_id, membership_id, languages, categories, away, last_assigned_at, updated_at)
      SELECT tenant_id, membership_id, CASE WHEN r1 < 0.3 THEN '{ja,en}'::text[] ELSE '{ja}'::text[] END,
             ARRAY[${pick('r2', CATEGORIES)}], r3 < 0.05, now() - r4 * interval '3 days', created_at
        FROM (SELECT *, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM bs WHERE role = 'consultant' OFFSET 0) bs`);
    await step('clients', `INSERT INTO clients (tenant_id, id, company_name, marketplace, seller_id, store_name, uses_fba, preferred_language, contact_phone, internal_note, created_at, updated_at, version)
      SELECT tenant_id, id, format('株式会社サンプル商会 %s-%s', t, k), 'amazon.co.jp', upper('A' || substr(md5(t || '-' || k), 1, 13)),
             format('サンプルストア%s', k), random() < 0.6, CASE WHEN random() < 0.1 THEN 'en' ELSE 'ja' END, '03-1234-5678',
             CASE WHEN random() < 0.2 THEN '紹介経由。連絡は午後を希望。' END, created_at, created_at, 1
        FROM bc`);
    await step('client_users', `INSERT INTO client_users (tenant_id, client_id, membership_id, created_at)
      SELECT bs.tenant_id, bc.id, bs.membership_id, bs.created_at FROM bs JOIN bc ON bc.t = bs.t AND bc.k = bs.k WHERE bs.role = 'client'`);
    await step('membership_plans', `INSERT INTO membership_plans (tenant_id, id, name_ja, name_en, tier, term_days, emergency_support, max_open_cases, emergency_response_minutes, active, created_at, updated_at)
      SELECT id, CASE tier WHEN 'trial' THEN trial_plan ELSE full_plan END, CASE tier WHEN 'trial' THEN '無料体験' ELSE '正会員' END,
             CASE tier WHEN 'trial' THEN 'Free trial' ELSE 'Full membership' END, tier, CASE tier WHEN 'trial' THEN 14 ELSE 365 END,
             tier = 'full', CASE tier WHEN 'trial' THEN 1 END, 60, true, created_at, created_at
        FROM bt, unnest(ARRAY['trial', 'full']) tier`);
    await step('client_memberships', `INSERT INTO client_memberships (tenant_id, id, client_id, plan_id, starts_at, ends_at, status, created_by, created_at)
      SELECT bc.tenant_id, ${uuid7('bc.created_at')}, bc.id, CASE WHEN trial THEN bt.trial_plan ELSE bt.full_plan END, bc.created_at,
             now() + (CASE WHEN trial THEN 7 ELSE 200 END) * random() * interval '1 day', 'active', bt.admin_membership, bc.created_at
        FROM (SELECT *, random() < 0.15 AS trial FROM bc OFFSET 0) bc JOIN bt ON bt.t = bc.t`);
    await step('case_counters', `INSERT INTO case_counters (tenant_id, last_number) SELECT id, ${CASES_PER_TENANT} FROM bt`);
    await c.query('COMMIT');

    const dropped = await dropSecondaryIndexes(c, ['cases', 'case_events', 'notices']);
    await c.query('BEGIN');
    await step('cases', casesSql());
    await c.query('COMMIT');
    await c.query('BEGIN');
    await step('case_events', eventsSql());
    await c.query('COMMIT');
    await c.query('BEGIN');
    await step('notices', noticesSql(), [DEMO_NOTICE, JSON.stringify(reading), reading.subject?.value ?? null, reading.from?.value ?? null]);
    await c.query('COMMIT');
    for (const [name, def] of dropped) await step(`index ${name}`, def);
    await c.query(`SET session_replication_role = origin`);
    const t0 = Date.now();
    await topUp(c, log);
    await c.query('VACUUM ANALYZE');
    log(`  ${'VACUUM ANALYZE'.padEnd(28)} ${''.padStart(9)}       ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await orphanCheck(c);
    const counts = await c.query(`SELECT s.relname, s.n_live_tup::bigint AS rows, pg_size_pretty(pg_total_relation_size(s.relid)) AS size
      FROM pg_stat_user_tables s JOIN pg_class k ON k.oid = s.relid WHERE n_live_tup > 0 AND k.relpersistence = 'p' ORDER BY pg_total_relation_size(s.relid) DESC`);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
    for (const r of counts.rows) log(`  ${r.relname.padEnd(22)} ${String(r.rows).padStart(9)}  ${r.size}`);
    // Last: only a complete seed is marked reusable.
    await c.query(`COMMENT ON DATABASE ${DATABASE} IS ${lit(marker)}`);
  });
  return u;
}

/**
 * Rows of tables that came after a seed was made, added in place so an older seed stays usable:
 * the service clock's pause history (a closed review pause on ~40 % of the cases that reached
 * client review, plus the open one of cases there now). Then ANALYZE, so plans see real sizes.
 */
async function topUp(c, log) {
  const { rows } = await c.query('SELECT EXISTS (SELECT 1 FROM service_clock_pauses) AS seeded');
  if (!rows[0].seeded) {
    const t0 = Date.now();
    const r = await c.query(`
      INSERT INTO service_clock_pauses (tenant_id, id, case_id, reason, started_at, ended_at)
      SELECT tenant_id, gen_random_uuid(), id, 'client_review', created_at + interval '3 days',
             CASE WHEN status = 'client_review' THEN NULL ELSE created_at + interval '5 days' END
        FROM cases
       WHERE status = 'client_review' OR (status IN ('ready_to_submit', 'submitted', 'awaiting_reply', 'reinstated', 'rejected') AND hashtext(id::text) % 5 < 2)`);
    log(`  ${'service clock pauses'.padEnd(28)} ${String(r.rowCount).padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await c.query('ANALYZE');
}

async function currentMarker(u) {
  const c = new pg.Client({ connectionString: u.adminUrl });
  await c.connect();
  try {
    const r = await c.query(`SELECT shobj_description(oid, 'pg_database') AS m FROM pg_database WHERE datname = $1`, [DATABASE]);
    return r.rows[0]?.m ?? null;
  } finally {
    await c.end();
  }
}

async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The session's plan of the seed: tenants (bt), their people (bs) and clients (bc), as temp tables. */
function planSql() {
  return `
    CREATE TEMP TABLE bt ON COMMIT PRESERVE ROWS AS
    SELECT t, ${uuid7("now() - interval '3 years' + t * interval '1 minute'")} AS id,
           now() - interval '3 years' + t * interval '1 minute' AS created_at,
           4 + (t * 7) % 13 AS n_consultants,           -- 4..16 (tenant 1: 11)
           100 + (t * 53) % 201 AS n_clients,           -- 100..300 (tenant 1: 153)
           gen_random_uuid() AS trial_plan, gen_random_uuid() AS full_plan, NULL::uuid AS admin_membership
      FROM generate_series(1, ${TENANTS}) t;
    ANALYZE bt`;
}

function staffSql() {
  // Two admins, the consultants, and three client users (of clients 1..3) per tenant.
  return `
    CREATE TEMP TABLE bs ON COMMIT PRESERVE ROWS AS
    SELECT bt.t, bt.id AS tenant_id, p.role, p.k, bt.created_at + p.ord * interval '1 second' AS created_at,
           format('%s%s@t%s.bench.test', p.role, lpad(p.k::text, 2, '0'), lpad(bt.t::text, 4, '0')) AS email,
           CASE p.role WHEN 'admin' THEN '管理者 ' WHEN 'consultant' THEN 'コンサルタント ' ELSE 'クライアント ' END || p.k AS display_name,
           ${uuid7('bt.created_at')} AS user_id, ${uuid7('bt.created_at')} AS membership_id
      FROM bt CROSS JOIN LATERAL (
        SELECT 'admin' AS role, k, k AS ord FROM generate_series(1, 2) k
        UNION ALL SELECT 'consultant', k, 2 + k FROM generate_series(1, bt.n_consultants) k
        UNION ALL SELECT 'client', k, 100 + k FROM generate_series(1, 3) k) p;
    CREATE INDEX ON bs (t, role, k);
    UPDATE bt SET admin_membership = bs.membership_id FROM bs WHERE bs.t = bt.t AND bs.role = 'admin' AND bs.k = 1;
    ANALYZE bt;
    ANALYZE bs`;
}

function clientsSql() {
  return `
    CREATE TEMP TABLE bc ON COMMIT PRESERVE ROWS AS
    SELECT bt.t, bt.id AS tenant_id, k, created, ${uuid7('created')} AS id, created AS created_at
      FROM bt CROSS JOIN LATERAL generate_series(1, bt.n_clients) k
      CROSS JOIN LATERAL (SELECT now() - interval '800 days' + (k::float / bt.n_clients) * interval '790 days' AS created) x;
    CREATE INDEX ON bc (t, k);
    ANALYZE bc`;
}

/**
 * 1,000 cases per tenant over the last two years, inserted in time order across tenants (a
 * tenant's cases are spread over the heap, as in life). Older cases have mostly ended; open ones
 * have a lead (except half of those still at intake) and most a marketplace deadline near now.
 */
function casesSql() {
  const n = CASES_PER_TENANT;
  const endedShare = `(CASE WHEN age > interval '180 days' THEN 0.92 WHEN age > interval '60 days' THEN 0.6 WHEN age > interval '14 days' THEN 0.2 ELSE 0.02 END)`;
  const labels = `(CASE x.c1 ${CATEGORIES.map(([v, , ja]) => `WHEN ${lit(v)} THEN ${lit(ja)}`).join(' ')} END)`;
  // Three levels, each fenced with OFFSET 0 so the planner cannot inline a random() twice:
  // z draws the randoms, s turns them into picks, the outer query joins people and clients.
  return `
    INSERT INTO cases (tenant_id, id, number, client_id, title, description, internal_note, marketplace, severity, categories,
                       sender_department, asins, marketplace_deadline, unsuccessful_appeals, appeal_limit, account_health_rating,
                       order_defect_rate, cancellation_rate, late_shipment_rate, valid_tracking_rate, status, close_reason, priority,
                       lead_membership_id, opened_by, opened_via, intake_confirmed_at, intake_confirmed_by, created_at, updated_at, version)
    SELECT x.tenant_id, ${uuid7('x.created_at')}, x.i, bc.id,
           format('%s（案件 %s）', ${labels}, x.i),
           CASE WHEN x.r[1] < 0.5 THEN 'アカウントヘルスに警告が表示され、出品が停止されました。仕入先の請求書は手元にあります。' END,
           CASE WHEN x.r[2] < 0.3 THEN '前回の改善計画書は根本原因の分析が不十分とされた。仕入先との取引記録を再確認する。' END,
           CASE WHEN x.r[3] < 0.97 THEN 'amazon.co.jp' ELSE 'amazon.com' END,
           x.severity,
           CASE WHEN x.r[4] < 0.3 AND x.c2 <> x.c1 THEN ARRAY[x.c1, x.c2] ELSE ARRAY[x.c1] END,
           x.department,
           ARRAY(SELECT 'B0' || upper(substr(md5(x.r[5]::text || g), 1, 8)) FROM generate_series(1, x.n_asins) g),
           CASE WHEN x.open AND x.r[6] < 0.8 THEN now() + (x.r[6] * 44 - 7) * interval '1 day'
                WHEN NOT x.open AND x.r[6] < 0.6 THEN x.created_at + interval '17 days' END,
           CASE WHEN x.status IN ('submitted', 'awaiting_reply', 'more_info_requested', 'reinstated', 'rejected') THEN floor(x.r[7] * 3)::int ELSE 0 END,
           CASE WHEN x.r[8] < 0.1 THEN 2 END,
           CASE WHEN x.r[9] < 0.6 THEN 100 + floor(x.r[9] * 1500)::int END,
           CASE WHEN x.r[10] < 0.5 THEN round((x.r[10] * 6)::numeric, 3) END,
           CASE WHEN x.r[10] < 0.5 THEN round((x.r[10] * 10)::numeric, 3) END,
           CASE WHEN x.r[11] < 0.5 THEN round((x.r[11] * 24)::numeric, 3) END,
           CASE WHEN x.r[11] < 0.5 THEN round((90 + x.r[11] * 20)::numeric, 3) END,
           x.status,
           CASE WHEN x.status = 'closed' THEN ${pick('x.r[12]', [['withdrawn', 50], ['lost', 35], ['duplicate', 15]])} END,
           x.priority,
           lead.membership_id,
           bt.admin_membership, 'staff',
           CASE WHEN x.status <> 'intake' THEN x.created_at + interval '2 hours' END,
           CASE WHEN x.status <> 'intake' THEN coalesce(lead.membership_id, bt.admin_membership) END,
           x.created_at, least(now(), x.created_at + x.r[13] * interval '20 days'),
           1 + ${stepsOf('x.status')}
      FROM (
        SELECT z.*,
               CASE WHEN z.open THEN ${pick('z.r[14]', OPEN_STATUSES)} ELSE ${pick('z.r[14]', ENDED_STATUSES)} END AS status,
               ${pick('z.r[15]', CATEGORIES)} AS c1,
               ${pick('z.r[16]', CATEGORIES)} AS c2,
               CASE WHEN z.r[17] < 0.05 THEN NULL ELSE ${pick('z.r[17]', [['warning', 25], ['listing_removal', 25], ['suspension', 40], ['deactivation', 10]])} END AS severity,
               ${pick('z.r[18]', [['account_specialist', 60], ['account_health_support', 20], ['technical_support', 5], [null, 15]])} AS department,
               ${pick('z.r[19]', [['low', 15], ['normal', 60], ['high', 20], ['critical', 5]])} AS priority,
               CASE WHEN z.r[20] < 0.4 THEN 0 ELSE 1 + floor(z.r[20] * 3)::int END AS n_asins,
               1 + floor(z.n_clients * power(z.r[21], 1.5))::int AS client_k,
               1 + floor(z.r[22] * z.n_consultants)::int AS consultant_k,
               z.r[23] < 0.5 AS unassigned_if_intake
          FROM (
            SELECT bt.t, bt.id AS tenant_id, bt.n_clients, bt.n_consultants, i, ts AS created_at,
                   random() >= ${endedShare.replace(/age/g, '(now() - ts)')} AS open,
                   ARRAY(SELECT random() FROM generate_series(1, 23 + 0 * i)) AS r
              FROM bt CROSS JOIN LATERAL generate_series(1, ${n}) i
              CROSS JOIN LATERAL (SELECT now() - interval '730 days' * (1 - (i - 1 + random()) / ${n}) AS ts) z
            OFFSET 0
          ) z
        OFFSET 0
      ) x
      JOIN bt ON bt.t = x.t
      JOIN bc ON bc.t = x.t AND bc.k = x.client_k
      LEFT JOIN bs lead ON lead.t = x.t AND lead.role = 'consultant' AND lead.k = x.consultant_k
                       AND NOT (x.status = 'intake' AND x.unassigned_if_intake)
     ORDER BY x.created_at`;
}

/** The timeline: opened, notice added, assigned (when led), then its status changes. */
function eventsSql() {
  const steps = stepsOf('c.status');
  return `
    INSERT INTO case_events (tenant_id, id, case_id, occurred_at, kind, actor_membership_id, internal, payload)
    SELECT e.tenant_id, ${uuid7('e.at')}, e.case_id, e.at, e.kind, e.actor, e.internal, e.payload
      FROM (
        SELECT c.tenant_id, c.id AS case_id, g,
               least(now(), c.created_at + (g - 1) * (c.updated_at - c.created_at) / greatest(2 + ${steps}, 1)) AS at,
               CASE WHEN g = 1 THEN 'case.opened' WHEN g = 2 THEN 'notice.added' WHEN g = 3 AND c.lead_membership_id IS NOT NULL THEN 'case.assigned'
                    ELSE 'case.status_changed' END AS kind,
               CASE WHEN g = 3 THEN NULL ELSE c.opened_by END AS actor,
               false AS internal,
               CASE WHEN g = 1 THEN jsonb_build_object('via', 'staff', 'number', c.number)
                    WHEN g = 2 THEN jsonb_build_object('subject', 'Amazon.co.jpでの出品用アカウントの停止について', 'severity', c.severity)
                    WHEN g = 3 AND c.lead_membership_id IS NOT NULL THEN jsonb_build_object('lead', c.lead_membership_id, 'automatic', true, 'reason', 'load')
                    ELSE jsonb_build_object('from', 'triage', 'to', c.status, 'closeReason', c.close_reason) END AS payload
          FROM cases c CROSS JOIN LATERAL generate_series(1, 3 + ${steps}) g
         WHERE g <> 3 OR c.lead_membership_id IS NOT NULL
      ) e
     ORDER BY e.at`;
}

function noticesSql() {
  return `
    INSERT INTO notices (tenant_id, id, case_id, source, received_at, subject, from_address, body, document_id, reading, reader_version,
                         confirmed_at, confirmed_by, created_by, created_at)
    SELECT c.tenant_id, ${uuid7('c.created_at')}, c.id, 'paste', c.created_at, $3, $4, $1, NULL, $2::jsonb, 1,
           c.intake_confirmed_at, c.intake_confirmed_by, c.opened_by, c.created_at
      FROM cases c ORDER BY c.created_at`;
}

/** Drops the non-constraint indexes of the tables about to be bulk-loaded; returns their definitions to recreate. */
async function dropSecondaryIndexes(c, tables) {
  const r = await c.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [tables],
  );
  for (const row of r.rows) await c.query(`DROP INDEX ${row.name}`);
  return r.rows.map((row) => [row.name, row.def]);
}

/** FK triggers were off during the load: prove the generated references hold. */
async function orphanCheck(c) {
  const r = await c.query(`SELECT
      (SELECT count(*) FROM cases x WHERE NOT EXISTS (SELECT 1 FROM clients k WHERE k.tenant_id = x.tenant_id AND k.id = x.client_id)) AS case_client,
      (SELECT count(*) FROM cases x WHERE x.lead_membership_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = x.tenant_id AND m.id = x.lead_membership_id)) AS case_lead,
      (SELECT count(*) FROM case_events x WHERE NOT EXISTS (SELECT 1 FROM cases k WHERE k.tenant_id = x.tenant_id AND k.id = x.case_id)) AS event_case,
      (SELECT count(*) FROM notices x WHERE NOT EXISTS (SELECT 1 FROM cases k WHERE k.tenant_id = x.tenant_id AND k.id = x.case_id)) AS notice_case`);
  const bad = Object.entries(r.rows[0]).filter(([, v]) => Number(v) > 0);
  if (bad.length > 0) throw new Error(`seed broke references: ${JSON.stringify(r.rows[0])}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await seedCases({ force: process.argv.includes('--force') });
}
