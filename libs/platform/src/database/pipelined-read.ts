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

/** The pg client internals a pipelined read uses; `pipelineClient` checks they are there. */
interface PipelineClient {
  pipeline: boolean;
  connection: { stream: { cork(): void; uncork(): void } };
  getTransactionStatus(): string | null;
}

const noop = () => undefined;
/** Connections tried before giving up when the pool hands out ones left inside a transaction. */
const CHECKOUT_TRIES = 3;

/**
 * The pg internals a pipelined read relies on (pg ≥ 8.23: `pipeline`, the connection's socket,
 * the transaction status). Checked on every checkout, so an upgrade that changes them fails
 * loudly instead of quietly running statements one round trip at a time.
 */
function pipelineClient(client: PoolClient): PipelineClient {
  const raw = client as unknown as Partial<PipelineClient>;
  if (typeof raw.pipeline !== 'boolean' || typeof raw.connection?.stream?.cork !== 'function' || typeof raw.getTransactionStatus !== 'function') {
    throw new Error('PipelinedRead: this pg has no pipeline mode, socket or transaction status where pg 8.23 has them');
  }
  return raw as PipelineClient;
}

export interface PipelinedReadOptions {
  /**
   * Send the statements unnamed (parsed each time) instead of preparing them: for statements
   * planned per run anyway (force_custom_plan), whose many texts — a list's filter combinations —
   * would otherwise pile up as prepared statements on every pooled connection.
   */
  unnamed?: boolean;
}

/**
 * One read-only transaction written to the connection at once: BEGIN, the scope statement, the
 * statements issued while `issue` runs synchronously, COMMIT — pg's pipeline mode with the socket
 * corked, so they leave in one write and the server answers them back to back. Statements are
 * named (prepared once per connection) unless `unnamed`. Each keeps its own Sync, so a failing
 * statement makes the ones after it fail and COMMIT roll back. A connection that broke, or is not
 * back outside a transaction, is destroyed rather than pooled.
 */
export class PipelinedRead {
  open = true;
  private readonly pending: Promise<unknown>[] = [];
  /** Set when the connection failed or pg may have lost track of it (see select()). */
  private broken: Error | undefined;

  private constructor(
    private readonly client: PoolClient,
    private readonly unnamed: boolean,
  ) {}

  /** Runs `issue` inside a pipelined transaction on a connection of `pool`. */
  static async run<T>(pool: Pool, scopeStatement: SqlQuery, issue: (read: PipelinedRead) => Promise<T>, options: PipelinedReadOptions = {}): Promise<T> {
    const client = await PipelinedRead.checkout(pool);
    const read = new PipelinedRead(client, options.unnamed === true);
    // pg-pool drops its own 'error' listener at checkout: without one, a connection that dies
    // mid-read (a restart, a failover) would be an uncaught exception that stops the process.
    const onError = (err: Error) => (read.broken ??= err);
    client.on('error', onError);
    let raw: PipelineClient | undefined;
    let result: Promise<T> | undefined;
    let control: Promise<unknown> = Promise.resolve();
    try {
      raw = pipelineClient(client);
      raw.pipeline = true;
      const stream = raw.connection.stream;
      stream.cork();
      try {
        const begin = client.query('BEGIN READ ONLY');
        const scope = read.select(scopeStatement, true);
        try {
          result = issue(read);
        } catch (err) {
          result = Promise.reject(err as Error);
        }
        control = Promise.all([begin, scope, client.query('COMMIT')]);
      } finally {
        read.open = false;
        stream.uncork();
      }
      result!.catch(noop);
      control.catch(noop);
      // Every statement must be answered before the connection goes back to the pool.
      await Promise.allSettled([control, ...read.pending]);
      await control.catch((err: Error) => (read.broken ??= err));
    } catch (err) {
      read.broken ??= err as Error;
    } finally {
      if (raw) raw.pipeline = false;
      client.removeListener('error', onError);
      const open = raw && raw.getTransactionStatus() !== 'I' ? new Error('pipelined read left a transaction open') : undefined;
      client.release(read.broken ?? open);
    }
    if (read.broken) throw read.broken;
    return result!;
  }

  /** A pooled connection outside any transaction (one left inside another's is destroyed). */
  private static async checkout(pool: Pool): Promise<PoolClient> {
    for (let i = 0; ; i++) {
      const client = await pool.connect();
      let status: string | null;
      try {
        status = pipelineClient(client).getTransactionStatus();
      } catch (err) {
        client.release(err as Error);
        throw err;
      }
      if (status === 'I') return client;
      client.release(new Error('pooled connection inside a transaction'));
      if (i + 1 >= CHECKOUT_TRIES) throw new Error('PipelinedRead: the pool keeps handing out connections inside a transaction');
    }
  }

  /** Issues one statement; only while the read is being issued. */
  select<R>(q: SqlQuery, named = !this.unnamed): Promise<R[]> {
    if (!this.open) return Promise.reject(new LateReadStatementError());
    const config = named ? { name: statementName(q.text), text: q.text, values: q.values } : { text: q.text, values: q.values };
    const p = this.client.query(config).then(
      (r) => r.rows as R[],
      (err: Error & { code?: unknown }) => {
        // No SQLSTATE: the error is pg's, not the server's (a value it could not bind, say) and
        // it may have lost track of the connection's prepared statements: do not pool it again.
        if (typeof err.code !== 'string') this.broken ??= err;
        throw err;
      },
    );
    p.catch(noop);
    this.pending.push(p);
    return p;
  }
}
