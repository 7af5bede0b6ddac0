// Saving a revision of a 30-section, ~20,000-character Japanese plan: one POST that validates,
// runs the plan checks, stores the revision and returns the diff to its base. Measured end to
// end over HTTP (auth, RLS transaction, plan lock included), then the pure parts alone.
//   npm run bench:plans   (BENCH_SAVES=300 saves per writer; BENCH_WRITERS=1,4: one pass per count of plans saved in parallel)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { API_NODE_FLAGS, apiEnv, rssMiB, startServer, stop, table, waitFor } from './lib/harness.mjs';
import { benchDatabase } from './lib/database.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const saves = Number(process.env.BENCH_SAVES ?? 300);
const writerCounts = (process.env.BENCH_WRITERS ?? '1,4').split(',').map(Number);
const port = 3111;
const base = `http://127.0.0.1:${port}/api/v1`;

/** 30 sections, ~20,000 characters: sentences with bullets, dates and ASINs, like a real plan. */
function planSections(variant) {
  const sentence = (i, j) => `・2026年10月${(j % 28) + 1}日、出品担当者が仕入先${i}の請求書とSKU対応表を照合し、ASIN B08ABC${String(1000 + j).slice(-4)} の在庫${j * 3}点を確認しました。`;
  const kinds = ['summary', 'root_cause', 'root_cause', 'corrective_actions', 'preventive_measures', 'fba_stock', 'supporting_documents'];
  return Array.from({ length: 30 }, (_, i) => {
    const kind = kinds[i] ?? 'free';
    const lines = Array.from({ length: 11 }, (_, j) => sentence(i, j + (i === variant % 30 ? 1 : 0)));
    return {
      id: `s${i}`,
      kind,
      title: `第${i + 1}項`,
      body: lines.join('\n'),
      ...(kind === 'root_cause' ? { rootCause: { when: '2026年10月2日', where: '自社倉庫', who: '出品担当者', what: '対応表の未更新', why: '手順書がなかった', how: '既存SKUへの紐づけ' } } : {}),
    };
  });
}

async function call(method, path, token, body) {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const db = await benchDatabase('reinstate_bench_plans');
const env = apiEnv(db, { QUEUE_PREFIX: '{bench-plans}', PORT: String(port) });
const api = startServer('api', [...API_NODE_FLAGS, join(root, 'apps/api/dist/main.js')], env);
try {
  await waitFor(`http://127.0.0.1:${port}/health`);
  const { accessToken } = await call('POST', '/auth/signup', null, { tenantName: 'Bench', displayName: 'Bench', email: `bench-${Date.now()}@example.test`, password: 'bench-password-123' });
  const client = await call('POST', '/clients', accessToken, { companyName: 'ベンチ物販', usesFba: true });
  const rows = [];
  let chars = 0;
  for (const writers of writerCounts) {
    const plans = [];
    for (let w = 0; w < writers; w++) {
      const { case: c } = await call('POST', '/cases', accessToken, { clientId: client.id, title: `Bench ${writers}/${w}`, asins: ['B08ABC1001'] });
      await call('POST', `/cases/${c.id}/plan-of-action`, accessToken, { language: 'ja' });
      plans.push(c.id);
    }
    chars = planSections(0).reduce((n, s) => n + s.body.length + s.title.length, 0);
    // Warm-up, then each writer saves its own plan `saves` times, one edit per save.
    for (const caseId of plans) await call('POST', `/cases/${caseId}/plan-of-action/revisions`, accessToken, { version: 1, sections: planSections(0) });
    const rssBefore = rssMiB(api.pid);
    const latencies = [];
    let bytes = 0;
    const started = performance.now();
    await Promise.all(
      plans.map(async (caseId) => {
        for (let i = 0; i < saves; i++) {
          const t0 = performance.now();
          const saved = await call('POST', `/cases/${caseId}/plan-of-action/revisions`, accessToken, { version: i + 2, sections: planSections(i + 1) });
          latencies.push(performance.now() - t0);
          bytes += JSON.stringify(saved).length;
          if (!saved.changes || saved.revision.number !== i + 3) throw new Error('unexpected save result');
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    rows.push({
      target: `save + checks + diff, ${writers} writer(s)`,
      saves_s: (latencies.length / seconds).toFixed(1),
      p50_ms: percentile(latencies, 50).toFixed(1),
      p99_ms: percentile(latencies, 99).toFixed(1),
      max_ms: latencies[latencies.length - 1].toFixed(1),
      response_kb: (bytes / latencies.length / 1024).toFixed(0),
      rss_mib: `${rssMiB(api.pid).toFixed(0)} (before ${rssBefore.toFixed(0)})`,
    });
  }

  // The pure parts alone, in this process: checks + diff of the same plan.
  const { checkPlan, diffPlans } = require(join(root, 'libs/plans/dist/index.js'));
  const pure = [];
  for (let i = 0; i < 300; i++) {
    const before = { language: 'ja', sections: planSections(i) };
    const after = { language: 'ja', sections: planSections(i + 1) };
    const t0 = performance.now();
    checkPlan(after, { usesFba: true, uploadedDocumentIds: [], noticeAsins: ['B08ABC1001'] });
    diffPlans(before, after);
    pure.push(performance.now() - t0);
  }
  pure.sort((a, b) => a - b);

  rows.push({ target: 'checkPlan + diffPlans in process', saves_s: '', p50_ms: percentile(pure, 50).toFixed(1), p99_ms: percentile(pure, 99).toFixed(1), max_ms: pure[pure.length - 1].toFixed(1), response_kb: '', rss_mib: '' });
  console.log(`\nPOST …/plan-of-action/revisions: 30 sections, ${chars} characters, ${saves} saves per writer; Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  console.log(table(rows));
  console.log(`\ngoal (issue #6): p99 < 100 ms for one writer's save → ${Number(rows[0].p99_ms) < 100 ? 'met' : 'NOT met'}`);
} finally {
  await stop(api);
  await db.drop();
}
