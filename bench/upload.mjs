// Streams one large upload (default 500 MB) through POST /cases/:id/documents and prints MB/s
// and the API's RSS growth, next to a plain file copy of the same size on the same disk.
//   node bench/upload.mjs          (BENCH_UPLOAD_MB=500)
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS, apiEnv, rssMiB, startServer, stop, table, waitFor } from './lib/harness.mjs';
import { benchDatabase } from './lib/database.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const mb = Number(process.env.BENCH_UPLOAD_MB ?? 500);
const work = mkdtempSync(join(tmpdir(), 'reinstate-bench-upload-'));
const source = join(work, 'big.pdf');

// A PDF header (so content sniffing accepts it) followed by incompressible bytes.
const out = createWriteStream(source);
out.write('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
for (let i = 0; i < mb; i += 1) if (!out.write(randomBytes(1024 * 1024))) await new Promise((r) => out.once('drain', r));
await new Promise((r) => out.end(r));
const size = statSync(source).size;

// The floor: the same bytes copied file to file through a stream.
let t0 = performance.now();
await pipeline(createReadStream(source), createWriteStream(join(work, 'copy.pdf')));
const copySeconds = (performance.now() - t0) / 1000;
rmSync(join(work, 'copy.pdf'));

const db = await benchDatabase('reinstate_bench_upload');
const api = startServer('api', [...API_NODE_FLAGS, join(root, 'apps/api/dist/main.js')], apiEnv(db, {
  PORT: '3111',
  DATA_DIR: join(work, 'data'),
  UPLOAD_LIMIT_BYTES: String(size + 1024 * 1024),
}));
await waitFor('http://127.0.0.1:3111/health');
const base = 'http://127.0.0.1:3111/api/v1';
const json = async (path, body, token) => {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
};
const { accessToken } = await json('/auth/signup', { tenantName: 'Bench', displayName: 'B', email: `b${Date.now()}@example.test`, password: 'bench-password-123' });
const client = await json('/clients', { companyName: 'Bench' }, accessToken);
const opened = await json('/cases', { clientId: client.id, title: 'Big upload' }, accessToken);

const boundary = '----reinstatebench';
async function* multipart(file, name) {
  yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n`);
  yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`);
  for await (const chunk of file) yield chunk;
  yield Buffer.from(`\r\n--${boundary}--\r\n`);
}
const upload = (body) =>
  fetch(`${base}/cases/${opened.case.id}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Readable.from(body),
    duplex: 'half',
  });

// Warm up the upload path (lazy modules, JIT, pools) so the figure is the upload's own growth.
const warm = await upload(multipart([Buffer.from('%PDF-1.7\n'), randomBytes(4 * 1024 * 1024)], 'warm.pdf'));
if (warm.status !== 201) throw new Error(`warm-up upload failed: ${warm.status}`);
await new Promise((r) => setTimeout(r, 500));
const idleRss = rssMiB(api.pid);
let peakRss = idleRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rssMiB(api.pid));
}, 50);

t0 = performance.now();
const res = await upload(multipart(createReadStream(source, { highWaterMark: 256 * 1024 }), 'big.pdf'));
const uploadSeconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
const doc = await res.json();
if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(doc)}`);
await stop(api);
await db.drop();
rmSync(work, { recursive: true, force: true });

const mbs = (s) => (size / 1024 / 1024 / s).toFixed(1);
console.log(`\nUpload of ${(size / 1024 / 1024).toFixed(0)} MiB, Node ${process.version}\n`);
console.log(
  table([
    { path: 'plain stream copy, same disk', seconds: copySeconds.toFixed(2), mib_s: mbs(copySeconds), rss_growth_mib: '-' },
    { path: 'POST /cases/:id/documents', seconds: uploadSeconds.toFixed(2), mib_s: mbs(uploadSeconds), rss_growth_mib: (peakRss - idleRss).toFixed(1) },
  ]),
);
console.log(`\nthroughput ratio upload ÷ copy: ${(copySeconds / uploadSeconds).toFixed(3)}`);
console.log(`API RSS: after a warm-up upload ${idleRss.toFixed(0)} MiB, peak ${peakRss.toFixed(0)} MiB, growth ${(peakRss - idleRss).toFixed(1)} MiB (budget < 64 MiB)`);
console.log(`stored size ${doc.sizeBytes} bytes, sha256 ${doc.sha256.slice(0, 16)}…`);
