import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { PipelinedRead } from './pipelined-read';

/** A pg client that never answers until its socket "dies": what a restart or a network reset does. */
class DyingClient extends EventEmitter {
  pipeline = false;
  released: unknown = 'not released';
  private readonly waiting: ((err: Error) => void)[] = [];
  connection = { stream: { cork: () => undefined, uncork: () => undefined } };
  getTransactionStatus = () => 'I';
  query(): Promise<unknown> {
    return new Promise((_resolve, reject) => this.waiting.push(reject));
  }
  release(err?: unknown): void {
    this.released = err;
  }
  /** As pg on a dead socket: 'error' on the client (throws when nobody listens), pending queries fail. */
  die(): void {
    const err = new Error('Connection terminated unexpectedly');
    this.emit('error', err);
    for (const reject of this.waiting) reject(err);
  }
}

describe('PipelinedRead', () => {
  it('turns a connection dying mid-read into a failed read and a destroyed connection, never an uncaught error', async () => {
    const client = new DyingClient();
    const pool = { connect: async () => client } as unknown as Pool;
    const read = PipelinedRead.run(pool, { text: 'SELECT 1', values: [] }, (r) => r.select({ text: 'SELECT 2', values: [] }));
    await new Promise((r) => setImmediate(r));
    expect(() => client.die()).not.toThrow();
    await expect(read).rejects.toThrow('Connection terminated unexpectedly');
    expect(client.released).toBeInstanceOf(Error);
    expect(client.pipeline).toBe(false);
    expect(client.listenerCount('error')).toBe(0);
  });

  it('refuses a pg without the pipeline internals it relies on, and gives the connection back', async () => {
    const client = new DyingClient();
    delete (client as { pipeline?: boolean }).pipeline;
    const pool = { connect: async () => client } as unknown as Pool;
    await expect(PipelinedRead.run(pool, { text: 'SELECT 1', values: [] }, async () => 1)).rejects.toThrow(/no pipeline mode/);
    expect(client.released).toBeInstanceOf(Error);
  });
});
