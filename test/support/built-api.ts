import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * The built API (apps/api/dist/main.js) as a process of its own, as a deployment runs it, on
 * this run's database. `lines` collects what it writes to standard output.
 */
export interface BuiltApi extends ChildProcess {
  lines: string[];
}

export function startBuiltApi(port: number, env: Record<string, string> = {}): BuiltApi {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      DATABASE_OWNER_URL: process.env.TEST_DATABASE_OWNER_URL,
      DATABASE_POOL_SIZE: '2',
      REDIS_URL: process.env.TEST_REDIS_URL,
      QUEUE_PREFIX: `{rt-${process.env.TEST_RUN_ID}-built-${port}}`,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  return Object.assign(child, { lines });
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}
