import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

/** A statement and its bind values. */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** A statement issued after its read's transaction was already committed. */
export class LateReadStatementError extends Error {
  constructor() {
    super(
      'A statement was issued inside TenantDb.read() after the read was sent: issue every statement ' +
        'before awaiting any (start them together, e.g. with Promise.all), or use TenantDb.run().',
    );
    this.name = 'LateReadStatementError';
  }
}

const names = new Map<string, string>();
const MAX_NAMES = 5_000;

/**
 * The prepared statement's name for a text: the same text gets the same name in every process,
 * so PostgreSQL parses and plans it once per connection. Names are hashes, not counters, so two
 * texts can never share one (pg refuses a name reused for another text).
 */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `r_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  return name;
}

interface PipelineClient {
  pipeline: boolean;
  connection: { stream: { cork(): void; uncork(): void } };
  getTransactionStatus(): string | null;
}

const noop = () => undefined;

/**
 * One read-only transaction written to the connection at once: BEGIN, the scope statement, the
 * statements issued while `issue` runs synchronously, COMMIT — pg's pipeline mode with the socket
 * corked, so they leave in one write and the server answers them back to back. Statements are
 * named (prepared once per connection). Each keeps its own Sync, so a failing statement makes
 * the ones after it fail and COMMIT roll back; the connection is clean either way.
 */
export class PipelinedRead {
  open = true;
  private readonly pending: Promise<unknown>[] = [];

  private constructor(private readonly client: PoolClient) {}

  /** Runs `issue` inside a pipelined transaction on a connection of `pool`. */
  static async run<T>(pool: Pool, scopeStatement: SqlQuery, issue: (read: PipelinedRead) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const raw = client as unknown as PipelineClient;
    const read = new PipelinedRead(client);
    raw.pipeline = true;
    const stream = raw.connection.stream;
    stream.cork();
    let result: Promise<T>;
    let control: Promise<unknown>;
    try {
      const begin = client.query('BEGIN READ ONLY');
      const scope = read.select(scopeStatement);
      try {
        result = issue(read);
      } catch (err) {
        result = Promise.reject(err);
      }
      read.open = false;
      const commit = client.query('COMMIT');
      control = Promise.all([begin, scope, commit]);
    } finally {
      read.open = false;
      stream.uncork();
    }
    result.catch(noop);
    control.catch(noop);
    // Every statement must be answered before the connection goes back to the pool.
    await Promise.allSettled([control, ...read.pending]);
    raw.pipeline = false;
    let broken: Error | undefined;
    try {
      await control;
    } catch (err) {
      broken = err as Error;
    }
    // A connection left inside a transaction (or broken) is destroyed rather than pooled.
    client.release(broken ?? (raw.getTransactionStatus() === 'I' ? undefined : new Error('pipelined read left a transaction open')));
    if (broken) throw broken;
    return result;
  }

  /** Issues one statement (named); only while the read is being issued. */
  select<R>(q: SqlQuery): Promise<R[]> {
    if (!this.open) return Promise.reject(new LateReadStatementError());
    const p = this.client.query({ name: statementName(q.text), text: q.text, values: q.values }).then((r) => r.rows as R[]);
    p.catch(noop);
    this.pending.push(p);
    return p;
  }
}
