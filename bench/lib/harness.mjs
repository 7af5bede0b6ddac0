// Shared pieces of the benchmarks: start a server process, wait for it, load it, read its RSS.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The API's V8 flags, as `npm start` and the Docker image run it: a young generation sized for
 * JSON answers (16 MiB semi-spaces), and gc() exposed so uploads can free their dead socket
 * chunks as they go (libs/platform BufferGarbage). Keep in step with apps/cli and docker/Dockerfile.
 */
export const API_NODE_FLAGS = (process.env.BENCH_API_NODE_FLAGS ?? '--max-semi-space-size=16 --expose-gc').split(' ').filter(Boolean);

/** The API's environment for a benchmark: production mode, quiet logs, no auth rate limit. */
export function apiEnv(db, extra = {}) {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: '{bench}',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    ...extra,
  };
}

export function startServer(name, args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  child.name = name;
  return child;
}

export async function waitFor(url, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** A process and its descendants (an API of several processes is a primary and its copies). */
export function processTree(pid) {
  let kids = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // gone
  }
  return [pid, ...kids.flatMap(processTree)];
}

/** Resident set size of a process and its descendants in MiB, from /proc (Linux). */
export function rssMiB(pid) {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return kb / 1024;
}

/** CPU time (user + system) a process and its descendants have used, in seconds, from /proc (Linux; 100 ticks/s). */
export function cpuSeconds(pid) {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / 100;
}

/**
 * Loads `url` after a short warm-up. With `pid`, also the server's CPU milliseconds per request
 * over the measured window: on a shared machine that moves far less with other load than req/s.
 */
export async function load(url, { seconds, connections, headers = {}, pid }) {
  // A short warm-up so JIT and pools are settled before measuring.
  await autocannon({ url, connections, duration: 2, headers });
  const cpuBefore = pid ? cpuSeconds(pid) : 0;
  const r = await autocannon({ url, connections, duration: seconds, headers });
  const cpuMs = pid ? ((cpuSeconds(pid) - cpuBefore) * 1000) / r.requests.total : null;
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, cpuMs };
}

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

export function table(rows) {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padEnd(width[i])).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}
