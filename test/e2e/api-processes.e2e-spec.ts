import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { exited, freePort, startBuiltApi, type BuiltApi } from '../support/built-api';
import { until } from '../support/wait';

/**
 * The built API with API_PROCESSES=2, as a deployment runs it: copies sharing one port, a dead
 * copy replaced, SIGTERM stopping all of them, and a copy that cannot start stopping the rest.
 */

/** The built API in two copies; `listening` collects the pids its primary reports as serving. */
function startApi(port: number): BuiltApi & { listening: number[] } {
  const child = startBuiltApi(port, { API_PROCESSES: '2' });
  const listening: number[] = [];
  child.stdout!.on('data', (d: Buffer) => {
    for (const m of d.toString().matchAll(/api process (\d+) listening/g)) listening.push(Number(m[1]));
  });
  return Object.assign(child, { listening });
}

/** Child processes of `pid` (Linux /proc). */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function health(port: number): Promise<number> {
  // A fresh connection each time, so the primary hands it to a copy.
  const res = await fetch(`http://127.0.0.1:${port}/health`, { headers: { connection: 'close' } }).catch(() => null);
  return res?.status ?? 0;
}

describe('API_PROCESSES: copies of the API sharing one port', () => {
  let api: (BuiltApi & { listening: number[] }) | undefined;
  afterEach(() => {
    if (api && api.exitCode === null) {
      for (const c of children(api.pid!)) process.kill(c, 'SIGKILL');
      api.kill('SIGKILL');
    }
  });

  it('serves from two copies, replaces one that dies, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    api = startApi(port);
    await until(async () => api!.listening.length === 2, 60_000, 'two copies listening');
    const first = children(api.pid!).sort();
    expect(first).toEqual([...api.listening].sort());
    const answers = await Promise.all(Array.from({ length: 20 }, () => health(port)));
    expect(answers.every((s) => s === 200)).toBe(true);

    process.kill(first[0]!, 'SIGKILL');
    await until(async () => api!.listening.length === 3, 60_000, 'a replacement copy listening');
    const replaced = children(api.pid!);
    expect(replaced.sort()).toEqual([first[1]!, api.listening[2]!].sort());
    await until(async () => (await Promise.all([health(port), health(port), health(port)])).every((s) => s === 200), 60_000, 'all copies answering');

    // Both at once: the primary, left with no copy, still replaces them.
    for (const pid of replaced) process.kill(pid, 'SIGKILL');
    await until(async () => api!.listening.length === 5, 60_000, 'two more replacement copies listening');
    expect(api.exitCode).toBeNull();
    await until(async () => (await health(port)) === 200, 30_000, 'the api answering again');

    api.kill('SIGTERM');
    expect(await exited(api)).toBe(0);
    for (const pid of api.listening) expect(() => process.kill(pid, 0)).toThrow();
  }, 120_000);

  it('stops with an error, rather than restarting forever, when the copies cannot start', async () => {
    // The port is taken: every copy fails to listen.
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    try {
      const port = (blocker.address() as AddressInfo).port;
      api = startApi(port);
      let stderr = '';
      api.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      expect(await exited(api)).toBe(1);
      expect(stderr).toMatch(/exited before it listened/);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 120_000);
});
